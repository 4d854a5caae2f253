import type { RouteSectionProps } from '@solidjs/router';
import { Suspense } from 'solid-js';
import { PageLoading } from '../ui/PageLoading.js';
import { Announcements } from './Announcements.js';
import { ConnectionIndicator } from './ConnectionIndicator.js';

/**
 * What every screen keeps, the storefront's layout and the staff desk's shell alike: the
 * announcements that belong to no page and the connection state. Both run over the one socket
 * (lib/socket.ts); the layouts below choose their own chrome.
 */
export function AppRoot(props: RouteSectionProps) {
  return (
    <>
      <Suspense fallback={<PageLoading />}>{props.children}</Suspense>
      <Announcements />
      <ConnectionIndicator />
    </>
  );
}
