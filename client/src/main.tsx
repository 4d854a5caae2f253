import './styles.css';
import { render } from 'solid-js/web';
import { App } from './app.js';
import { startSession } from './features/account/viewer.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

render(() => <App />, root);
void startSession();
