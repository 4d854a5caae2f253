import { createSignal, createUniqueId, Match, onMount, Show, Switch } from 'solid-js';
import type { RESOLUTION_MAX_LENGTH, StaffConversation } from '../../../../shared/staff.js';
import { t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import { controlClass } from '../../ui/Field.js';
import { onDeskCommand } from './desk-commands.js';
import { closeConversation, handBack, takeOver, type Outcome } from './staff-actions.js';
import { rowButton } from './StaffDeskControls.js';
import { StaffProposeForm } from './StaffProposeForm.js';

// Typed against the shared limit without importing shared/staff.ts at run time: it brings zod along.
const RESOLUTION_MAX: typeof RESOLUTION_MAX_LENGTH = 500;

function CloseForm(props: { chatId: number; onDone: (problem: Outcome) => void; onCancel: () => void }) {
  const id = createUniqueId();
  const [note, setNote] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  let field: HTMLTextAreaElement | undefined;
  // Opening the form is asking to write the note: the field takes focus (button and `c` alike).
  onMount(() => field?.focus());
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    const problem = await closeConversation(props.chatId, note());
    setBusy(false);
    if (problem) return void setError(problem);
    props.onDone(null);
  }
  return (
    <form
      onSubmit={submit}
      aria-labelledby={`${id}-heading`}
      class="w-full space-y-2 rounded-xl border border-line p-3 lg:order-last"
    >
      <h3 id={`${id}-heading`} class="font-semibold text-ink">
        {t('staff.actions.closeHeading')}
      </h3>
      <label for={id} class="block text-sm font-semibold text-ink">
        {t('staff.actions.resolution')}
      </label>
      <textarea
        ref={field}
        id={id}
        required
        rows={2}
        maxLength={RESOLUTION_MAX}
        value={note()}
        onInput={(e) => setNote(e.currentTarget.value)}
        aria-describedby={`${id}-hint${error() ? ` ${id}-error` : ''}`}
        aria-invalid={error() ? 'true' : undefined}
        class={controlClass}
      />
      <p id={`${id}-hint`} class="text-xs text-ink-soft">
        {t('staff.actions.resolutionHint')}
      </p>
      <Show when={error()}>
        <p id={`${id}-error`} class="text-sm font-medium text-danger">
          {error()}
        </p>
      </Show>
      <div class="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" busy={busy()} class="min-h-10 px-4">
          {t('staff.actions.confirmClose')}
        </Button>
        <Button variant="secondary" class="min-h-10 px-4" onClick={props.onCancel}>
          {t('staff.actions.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Take over, hand back, propose a product, close: what a staff member can do with this conversation now. */
export function StaffActions(props: {
  chatId: number;
  row: StaffConversation;
  mine: boolean;
  /** A form opened (by its button or a key): a folded header shows itself first, so the form's field can take focus. */
  onFormOpened?: () => void;
}) {
  const [open, setOpen] = createSignal<'close' | 'propose' | null>(null);
  const [busy, setBusy] = createSignal<'take' | 'back' | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  const closed = () => props.row.chat.status === 'closed';
  const show = (form: 'close' | 'propose' | null) => {
    if (form) props.onFormOpened?.();
    setOpen(form);
  };
  const toggle = (form: 'close' | 'propose') => show(open() === form ? null : form);

  async function act(kind: 'take' | 'back', run: () => Promise<Outcome>) {
    setBusy(kind);
    setProblem(null);
    setProblem(await run());
    setBusy(null);
  }
  // The keys t, h and c ([SHELL3]) do what the buttons on screen do, only when they are there.
  onDeskCommand('take-over', () => !closed() && !props.mine && void act('take', () => takeOver(props.chatId)));
  onDeskCommand('hand-back', () => !closed() && props.mine && void act('back', () => handBack(props.chatId)));
  onDeskCommand('close', () => !closed() && show('close'));

  return (
    // From lg its parts join the header's one row of controls (`lg:contents`); messages and forms go below it.
    <div class="flex flex-col gap-2 lg:contents">
      <div role="group" aria-label={t('staff.actions.label')} class="flex flex-wrap items-center gap-2">
        <Switch>
          <Match when={closed()}>
            <p class="text-sm font-medium text-ink-soft">{t('staff.actions.closed')}</p>
          </Match>
          <Match when={props.mine}>
            <Button
              variant="secondary"
              class={rowButton}
              busy={busy() === 'back'}
              onClick={() => void act('back', () => handBack(props.chatId))}
            >
              {t('staff.actions.handBack')}
            </Button>
            <Button
              variant="secondary"
              class={rowButton}
              aria-expanded={open() === 'propose'}
              onClick={() => toggle('propose')}
            >
              {t('staff.propose.open')}
            </Button>
          </Match>
          <Match when={true}>
            <Button
              class={rowButton}
              busy={busy() === 'take'}
              onClick={() => void act('take', () => takeOver(props.chatId))}
            >
              {t('staff.actions.takeOver')}
            </Button>
          </Match>
        </Switch>
        <Show when={!closed()}>
          <Button
            variant="secondary"
            class={rowButton}
            aria-expanded={open() === 'close'}
            onClick={() => toggle('close')}
          >
            {t('staff.actions.close')}
          </Button>
        </Show>
      </div>
      <Show when={problem()}>
        <p
          role="alert"
          class="w-full rounded-lg bg-danger-soft px-3 py-2 text-sm font-medium text-danger lg:order-last"
        >
          {problem()}
        </p>
      </Show>
      <Show when={open() === 'close' && !closed()}>
        <CloseForm chatId={props.chatId} onDone={() => setOpen(null)} onCancel={() => setOpen(null)} />
      </Show>
      <Show when={open() === 'propose' && props.mine}>
        <StaffProposeForm chatId={props.chatId} onDone={() => setOpen(null)} onCancel={() => setOpen(null)} />
      </Show>
    </div>
  );
}
