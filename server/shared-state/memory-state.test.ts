import { createMemoryState } from './memory-state.js';
import { sharedStateContract } from './shared-state.contract.js';

sharedStateContract('memory', async () => createMemoryState());
