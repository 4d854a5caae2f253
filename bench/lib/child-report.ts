/**
 * The server side of a bench child: answers the parent's IPC questions with this process's
 * own figures, so the clients' CPU and memory (in the parent) never pollute them.
 * `memory` collects garbage first (the child runs with --expose-gc) so two readings compare
 * live memory; `cpu` does not, so a reading never adds a collection to the window it closes.
 */
export type ChildQuestion = { type: 'cpu' } | { type: 'memory' };
export type ChildAnswer = { type: 'cpu'; micros: number } | { type: 'memory'; rss: number; heapUsed: number };

export function answerParent(): void {
  if (!process.send) throw new Error('a bench server runs as a child process with an IPC channel');
  process.on('message', (question: ChildQuestion) => {
    if (question.type === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send!({ type: 'cpu', micros: user + system } satisfies ChildAnswer);
    } else if (question.type === 'memory') {
      (globalThis as { gc?: () => void }).gc?.();
      const { rss, heapUsed } = process.memoryUsage();
      process.send!({ type: 'memory', rss, heapUsed } satisfies ChildAnswer);
    }
  });
  // The parent went away (even by SIGKILL): nobody will stop this server, so it stops itself.
  process.on('disconnect', () => process.exit(0));
}
