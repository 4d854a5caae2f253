import './zod-without-eval.js';
import './styles.css';
import { render } from 'solid-js/web';
import { App } from './app.js';
import { startSession } from './features/account/viewer.js';
import { startCart } from './features/cart/cart.store.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

render(() => <App />, root);
// The cart listens before the socket first connects, so the first connect loads it.
startCart();
void startSession();
