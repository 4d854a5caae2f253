/** What start(app) sets going in the one process of a shop (or the leader of several, plus its sweep), in order. */
export const EVERY_JOB = [
  'answer checkpoints',
  'maintenance',
  'session sweep',
  'shared memberships',
  'charge reconciler',
  'fulfilment simulator',
  'snooze waker',
  'mail worker',
];
