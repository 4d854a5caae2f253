/**
 * A process resolving the session secret in each of the given data dirs, as a shop process
 * starting there would; it starts when told, so two of them run side by side. Answers with the
 * secrets in order, an error's message in place of a secret that failed.
 */
import { resolveSessionSecret } from '../secret.js';

process.once('message', (dataDirs: string[]) => {
  const secrets = dataDirs.map((dir) => {
    try {
      return resolveSessionSecret(undefined, dir);
    } catch (err) {
      return `error: ${(err as Error).message}`;
    }
  });
  process.send!(secrets, () => process.exit(0));
});
process.send!('ready');
