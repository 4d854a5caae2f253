import { measureEveryPage } from './layout-shift-pages.js';

// Desktop Chrome: 1280 × 720.
measureEveryPage('1280 px');
