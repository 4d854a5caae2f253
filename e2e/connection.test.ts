import type { WebSocketRoute } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { PAGES, expectOnPage } from './pages/site-pages.js';
import { SocketSpy, UNTIL_IT_HAPPENS } from './socket-spy.js';

const OFFLINE = 'You are offline. We will reconnect when you are back.';
const CONNECTION_NOTICE = /^(Connecting…|Reconnecting…|You are offline\. We will reconnect when you are back\.)$/;

test('losing the connection is shown, and the notice goes once the shop is reachable again', async ({
  page,
  context,
}) => {
  const spy = new SocketSpy(page);
  // Page time runs normally, but can be jumped ahead to fire the indicator's delayed notices.
  await page.clock.install();
  // Pass the socket through, keeping a handle to cut it: going offline alone leaves an open
  // WebSocket standing, just as a real network drop does until the heartbeat notices.
  const sockets: WebSocketRoute[] = [];
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    ws.connectToServer();
    sockets.push(ws);
  });
  await page.goto('/');
  await expectOnPage(page, PAGES.home);
  await expect.poll(() => spy.connects(), UNTIL_IT_HAPPENS).toBe(1);
  // Cut only once the connection runs on the WebSocket, not on the long-polling it starts with.
  await expect.poll(() => spy.upgrades(), UNTIL_IT_HAPPENS).toBe(1);
  const notice = page.getByRole('status').getByText(CONNECTION_NOTICE);
  await expect(notice).toHaveCount(0);

  expect(sockets).toHaveLength(1);
  await context.setOffline(true);
  await sockets[0]!.close();
  await expect(notice).toHaveText(OFFLINE);

  await context.setOffline(false);
  // A new connection is made and accepted (the client's backoff can take a few seconds); the
  // notice is gone and none is pending: "Reconnecting…" would show after 1 s, "Connecting…" after 3 s.
  await expect.poll(() => spy.connects(), UNTIL_IT_HAPPENS).toBe(2);
  await expect(notice).toHaveCount(0);
  await page.clock.fastForward(5_000);
  await expect(notice).toHaveCount(0);
});
