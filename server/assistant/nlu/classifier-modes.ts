/** Which voices of the intent classifier decide: all three averaged (the default, ADR 022), or one alone (for comparing them). */
export const CLASSIFIER_MODES = ['ensemble', 'nlpjs', 'naive-bayes', 'nearest-neighbours'] as const;
export type ClassifierMode = (typeof CLASSIFIER_MODES)[number];
