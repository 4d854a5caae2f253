/** Where the wall time goes, so a slow run says why. */
export function stopwatch() {
  const spent = new Map<string, number[]>();
  const add = (phase: string, ms: number) => spent.set(phase, [...(spent.get(phase) ?? []), ms]);
  const began = performance.now();
  return {
    async time<T>(phase: string, work: () => Promise<T>): Promise<T> {
      const t = performance.now();
      try {
        return await work();
      } finally {
        add(phase, performance.now() - t);
      }
    },
    timeSync<T>(phase: string, work: () => T): T {
      const t = performance.now();
      try {
        return work();
      } finally {
        add(phase, performance.now() - t);
      }
    },
    report: () =>
      `${((performance.now() - began) / 1000).toFixed(1)} s in all; ` +
      [...spent]
        .map(([phase, ms]) => `${phase} ${ms.length}× ${Math.round(ms.reduce((a, b) => a + b, 0) / ms.length)} ms`)
        .join(', '),
  };
}
