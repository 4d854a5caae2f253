import { existsSync } from 'node:fs';

/**
 * The Chromium that journeys, screenshots and benchmarks launch: CHROMIUM_PATH when set, else
 * Debian's headless shell (`apt-get install -y chromium-headless-shell`), else Debian's full
 * Chromium. The shell is the build Playwright itself runs headless: without the full browser's UI
 * it spends a third less of the machine on the same journeys (docs/PERFORMANCE.md), and pages
 * render and behave the same.
 */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const FULL_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_CHROMIUM;
}
