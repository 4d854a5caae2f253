import { test } from './fixtures.js';
import { expectNoHorizontalScroll } from './pages/site-pages.js';
import { savedAddressJourney } from './saved-address-journey.js';

// Two checkouts and two visits to the account page: a loaded machine needs the time.
test.describe.configure({ timeout: 150_000 });

test('[BOOK9] on a phone: the address book and the choice at checkout fit the screen, and the journey works', async ({
  page,
  baseURL,
  shopper: _signedIn,
}) => {
  await savedAddressJourney(page, baseURL!, async (name, part) => {
    await expectNoHorizontalScroll(page);
    if (process.env.E2E_SHOTS)
      await part.screenshot({ path: `${process.env.E2E_SHOTS}/saved-address-${name}-375.png` });
  });
});
