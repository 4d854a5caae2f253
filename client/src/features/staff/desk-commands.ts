import { getOwner, onCleanup } from 'solid-js';

/**
 * What a shortcut asks of a component that owns the thing ([SHELL3]): the reply box focuses
 * itself, the actions take over or open the close form, the search box (when there is one)
 * takes focus. A component registers while it is mounted; the last one registered answers, so
 * a note mode or a search box added later takes over by registering too.
 */
export type DeskCommand = 'focus-reply' | 'write-note' | 'focus-search' | 'take-over' | 'hand-back' | 'close';

const handlers = new Map<DeskCommand, (() => void)[]>();

/** Answer `command` while the calling component is mounted. */
export function onDeskCommand(command: DeskCommand, run: () => void): void {
  const list = handlers.get(command) ?? [];
  handlers.set(command, [...list, run]);
  if (getOwner())
    onCleanup(() =>
      handlers.set(
        command,
        (handlers.get(command) ?? []).filter((h) => h !== run),
      ),
    );
}

/** Run the newest handler of `command`; false when nothing on screen answers it. */
export function runDeskCommand(command: DeskCommand): boolean {
  const run = handlers.get(command)?.at(-1);
  run?.();
  return run !== undefined;
}

/** The hook the search box fills: `/` focuses it (until then the shell focuses the list). */
export const focusSearch = (): boolean => runDeskCommand('focus-search');
/** The hook the note mode fills: `n` opens the reply box as a note (until then it focuses the reply). */
export const writeNote = (): boolean => runDeskCommand('write-note');

let listOrder: () => readonly number[] = () => [];
/** The list says which conversations it shows, in its order: j/k step through them. */
export function provideListOrder(order: () => readonly number[]): void {
  listOrder = order;
  if (!getOwner()) return;
  onCleanup(() => {
    if (listOrder === order) listOrder = () => [];
  });
}
export const shownOrder = () => listOrder();
