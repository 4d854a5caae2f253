import './zod-without-eval.js';
import './styles.css';
import { createEffect, createRoot } from 'solid-js';
import { render } from 'solid-js/web';
import { App } from './app.js';
import { setLocale, startingLocale } from './i18n/index.js';
import { currentUser, startSession } from './features/account/viewer.js';
import { setAddressOwner } from './features/addresses/addresses.store.js';
import { ownerId } from './features/addresses/book-owner.js';
import { startCart } from './features/cart/cart.store.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The page's language first (the server chose it, [LANG1]): a language never shows half-loaded.
void setLocale(startingLocale())
  .catch(() => undefined)
  .then(() => render(() => <App />, root));
// The address book is the viewer's: it is dropped and read again when the tab changes hands.
createRoot(() => createEffect(() => setAddressOwner(ownerId(currentUser()))));
// The cart listens before the socket first connects, so the first connect loads it.
startCart();
void startSession();
