import type { EvalCase } from './case-types.js';
import { GUIDE_CASES } from './cases-guide.js';
import { READING_CASES } from './cases-readings.js';
import { SAFETY_CASES } from './cases-safety.js';
import { SHOP_CASES } from './cases-shop.js';

export type { EvalCase, EvalTurn } from './case-types.js';
export const EVAL_CASES: readonly EvalCase[] = [...SHOP_CASES, ...READING_CASES, ...GUIDE_CASES, ...SAFETY_CASES];
