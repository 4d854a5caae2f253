import { test } from './fixtures.js';
import { savedAddressJourney } from './saved-address-journey.js';

// Two checkouts and two visits to the account page: a loaded machine needs the time.
test.describe.configure({ timeout: 150_000 });

test('[BOOK9] an address saved on the account page is chosen at checkout; a new one saved at checkout shows on the account page', async ({
  page,
  baseURL,
  shopper: _signedIn,
}) => {
  await savedAddressJourney(page, baseURL!, async (name, part) => {
    if (process.env.E2E_SHOTS)
      await part.screenshot({ path: `${process.env.E2E_SHOTS}/saved-address-${name}-1280.png` });
  });
});
