import { createSignal, createUniqueId, For, onMount, Show } from 'solid-js';
import type { ASSIGN_NOTE_MAX_LENGTH } from '../../../../shared/desk-triage.js';
import type { StaffConversation } from '../../../../shared/staff.js';
import { t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import { controlClass } from '../../ui/Field.js';
import type { Outcome } from './staff-actions.js';
import { assign, setDeskStatus, snoozePreset } from './staff-desk-actions.js';
import { me, staffMembers, staffOnline } from './staff.store.js';

const NOTE_MAX: typeof ASSIGN_NOTE_MAX_LENGTH = 500;
export const small = 'min-h-10 rounded-lg border border-line bg-white px-2 text-sm text-ink';

/**
 * A triage form's request: busy while it runs; a refusal keeps the form open with what was typed
 * and its words shown by the form; only a success closes it.
 */
function createSubmit(onDone: () => void) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const submit = async (run: () => Promise<Outcome>) => {
    if (busy()) return;
    setBusy(true);
    setError(null);
    const problem = await run();
    setBusy(false);
    if (problem) setError(problem);
    else onDone();
  };
  return { busy, error, submit };
}

/**
 * Escape inside a form cancels it, like its Cancel button. A listener on the form itself (not
 * Solid's delegated one at the document) runs first, and the desk's keys leave a handled key alone.
 */
const escapeCancels = (cancel: () => void) => (e: KeyboardEvent) => {
  if (e.key !== 'Escape') return;
  e.preventDefault();
  cancel();
};

function FormError(props: { id: string; text: string | null }) {
  return (
    <Show when={props.text}>
      <p id={props.id} role="alert" class="w-full rounded-lg bg-danger-soft px-3 py-2 text-sm font-medium text-danger">
        {props.text}
      </p>
    </Show>
  );
}

/** Assign to a colleague (with a note for the team), to me, or to nobody. Opening it focuses "Assign to". */
export function AssignForm(props: { row: StaffConversation; onDone: () => void }) {
  const id = createUniqueId();
  const [to, setTo] = createSignal(String(props.row.assignee?.id ?? me()?.id ?? staffMembers()[0]?.id ?? ''));
  const [note, setNote] = createSignal('');
  const { busy, error, submit } = createSubmit(() => props.onDone());
  let first: HTMLSelectElement | undefined;
  onMount(() => first?.focus());
  const online = (memberId: number) => staffOnline().some((m) => m.id === memberId);
  const send = (toId: number | null) =>
    void submit(() => assign(props.row.chat.id, toId, props.row.assignee?.id ?? null, note()));
  return (
    <form
      class="w-full space-y-2 rounded-xl border border-line p-3 lg:order-last"
      aria-labelledby={`${id}-h`}
      aria-busy={busy() ? 'true' : undefined}
      on:keydown={escapeCancels(() => props.onDone())}
      onSubmit={(e) => {
        e.preventDefault();
        if (to()) send(Number(to()));
      }}
    >
      <h3 id={`${id}-h`} class="font-semibold text-ink">
        {t('triage.controls.assignHeading')}
      </h3>
      <label class="flex flex-col gap-1 text-sm font-semibold text-ink">
        {t('triage.controls.assignTo')}
        <select ref={first} class={small} value={to()} onChange={(e) => setTo(e.currentTarget.value)}>
          <For each={staffMembers()}>
            {(m) => (
              <option value={m.id} selected={String(m.id) === to()}>
                {online(m.id)
                  ? t('triage.controls.online', { name: m.name })
                  : t('triage.controls.offline', { name: m.name })}
              </option>
            )}
          </For>
        </select>
      </label>
      <label for={id} class="block text-sm font-semibold text-ink">
        {t('triage.controls.note')}
      </label>
      <textarea
        id={id}
        rows={2}
        maxLength={NOTE_MAX}
        value={note()}
        onInput={(e) => setNote(e.currentTarget.value)}
        aria-describedby={`${id}-hint${error() ? ` ${id}-error` : ''}`}
        class={controlClass}
      />
      <p id={`${id}-hint`} class="text-xs text-ink-soft">
        {t('triage.controls.noteHint')}
      </p>
      <FormError id={`${id}-error`} text={error()} />
      <div class="flex flex-wrap gap-2">
        <Button type="submit" class="min-h-10 px-4" disabled={busy()}>
          {t('triage.controls.confirmAssign')}
        </Button>
        <Show when={me() && props.row.assignee?.id !== me()?.id}>
          <Button variant="secondary" class="min-h-10 px-4" disabled={busy()} onClick={() => send(me()!.id)}>
            {t('triage.controls.assignToMe')}
          </Button>
        </Show>
        <Show when={props.row.assignee}>
          <Button variant="secondary" class="min-h-10 px-4" disabled={busy()} onClick={() => send(null)}>
            {t('triage.controls.unassign')}
          </Button>
        </Show>
        <Button variant="quiet" class="min-h-10 px-4" onClick={() => props.onDone()}>
          {t('triage.controls.cancel')}
        </Button>
      </div>
    </form>
  );
}

/**
 * Snooze until a preset or a picked time. Opening it focuses the time field, not a preset: an Enter
 * that opened the form and repeats must not snooze; the presets are a Shift+Tab away.
 */
export function SnoozeForm(props: { chatId: number; onDone: () => void }) {
  const id = createUniqueId();
  const [custom, setCustom] = createSignal('');
  const { busy, error, submit } = createSubmit(() => props.onDone());
  let field: HTMLInputElement | undefined;
  onMount(() => field?.focus());
  const snooze = (iso: string) => void submit(() => setDeskStatus(props.chatId, 'snoozed', iso));
  return (
    <form
      class="flex w-full flex-wrap items-end gap-2 rounded-xl border border-line p-3 lg:order-last"
      aria-label={t('triage.controls.snoozeHeading')}
      aria-busy={busy() ? 'true' : undefined}
      on:keydown={escapeCancels(() => props.onDone())}
      onSubmit={(e) => {
        e.preventDefault();
        if (custom()) snooze(new Date(custom()).toISOString());
      }}
    >
      <Button variant="secondary" class="min-h-10 px-4" disabled={busy()} onClick={() => snooze(snoozePreset('hour'))}>
        {t('triage.controls.inAnHour')}
      </Button>
      <Button
        variant="secondary"
        class="min-h-10 px-4"
        disabled={busy()}
        onClick={() => snooze(snoozePreset('tomorrow'))}
      >
        {t('triage.controls.tomorrow')}
      </Button>
      <label for={id} class="flex flex-col text-xs font-semibold text-ink-soft">
        {t('triage.controls.custom')}
        <input
          ref={field}
          id={id}
          type="datetime-local"
          class={small}
          value={custom()}
          aria-describedby={error() ? `${id}-error` : undefined}
          onInput={(e) => setCustom(e.currentTarget.value)}
        />
      </label>
      <Button type="submit" class="min-h-10 px-4" disabled={!custom() || busy()}>
        {t('triage.controls.confirmSnooze')}
      </Button>
      <Button variant="quiet" class="min-h-10 px-4" onClick={() => props.onDone()}>
        {t('triage.controls.cancel')}
      </Button>
      <FormError id={`${id}-error`} text={error()} />
    </form>
  );
}
