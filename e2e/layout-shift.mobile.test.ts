import { measureEveryPage } from './layout-shift-pages.js';

// The mobile project: 375 × 740.
measureEveryPage('375 px');
