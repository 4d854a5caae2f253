import { createSignal, createUniqueId, For, Show } from 'solid-js';
import type { Priority } from '../../../../shared/desk.js';
import type { ASSIGN_NOTE_MAX_LENGTH } from '../../../../shared/desk-triage.js';
import type { StaffConversation } from '../../../../shared/staff.js';
import { t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import { controlClass } from '../../ui/Field.js';
import type { Outcome } from './staff-actions.js';
import { assign, setDeskStatus, setPriority, setTags, snoozePreset } from './staff-desk-actions.js';
import { otherViewers } from './staff-rules.js';
import { me, staffMembers, staffOnline } from './staff.store.js';
import { PRIORITY_LIST } from './StaffListFilters.js';
import { names } from './StaffRowDesk.js';
import { StaffTagsEditor } from './StaffTagsEditor.js';

const NOTE_MAX: typeof ASSIGN_NOTE_MAX_LENGTH = 500;
const small = 'min-h-10 rounded-lg border border-line bg-white px-2 text-sm text-ink';

/** "Ada is viewing", "Bea is typing…": colleagues with this conversation open now ([SEEN1]). */
function Viewers(props: { row: StaffConversation }) {
  const others = () => otherViewers(props.row, me());
  const line = () => {
    const typing = others().filter((v) => v.typing);
    const viewing = others().filter((v) => !v.typing);
    return [
      typing.length ? t('triage.typing', { count: typing.length, names: names(typing) }) : '',
      viewing.length ? t('triage.viewing', { count: viewing.length, names: names(viewing) }) : '',
    ]
      .filter(Boolean)
      .join(' · ');
  };
  return (
    <p role="status" class="text-sm font-medium text-accent-strong empty:hidden">
      {line()}
    </p>
  );
}

function AssignForm(props: {
  row: StaffConversation;
  act: (run: () => Promise<Outcome>) => Promise<void>;
  onDone: () => void;
}) {
  const id = createUniqueId();
  const [to, setTo] = createSignal(String(props.row.assignee?.id ?? me()?.id ?? staffMembers()[0]?.id ?? ''));
  const [note, setNote] = createSignal('');
  const online = (memberId: number) => staffOnline().some((m) => m.id === memberId);
  const send = async (toId: number | null) => {
    await props.act(() => assign(props.row.chat.id, toId, props.row.assignee?.id ?? null, note()));
    props.onDone();
  };
  return (
    <form
      class="space-y-2 rounded-xl border border-line p-3"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        if (to()) void send(Number(to()));
      }}
    >
      <h3 id={`${id}-h`} class="font-semibold text-ink">
        {t('triage.controls.assignHeading')}
      </h3>
      <label class="flex flex-col gap-1 text-sm font-semibold text-ink">
        {t('triage.controls.assignTo')}
        <select class={small} value={to()} onChange={(e) => setTo(e.currentTarget.value)}>
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
        aria-describedby={`${id}-hint`}
        class={controlClass}
      />
      <p id={`${id}-hint`} class="text-xs text-ink-soft">
        {t('triage.controls.noteHint')}
      </p>
      <div class="flex flex-wrap gap-2">
        <Button type="submit" class="min-h-10 px-4">
          {t('triage.controls.confirmAssign')}
        </Button>
        <Show when={me() && props.row.assignee?.id !== me()?.id}>
          <Button variant="secondary" class="min-h-10 px-4" onClick={() => void send(me()!.id)}>
            {t('triage.controls.assignToMe')}
          </Button>
        </Show>
        <Show when={props.row.assignee}>
          <Button variant="secondary" class="min-h-10 px-4" onClick={() => void send(null)}>
            {t('triage.controls.unassign')}
          </Button>
        </Show>
        <Button variant="quiet" class="min-h-10 px-4" onClick={props.onDone}>
          {t('triage.controls.cancel')}
        </Button>
      </div>
    </form>
  );
}

function SnoozeForm(props: {
  chatId: number;
  act: (run: () => Promise<Outcome>) => Promise<void>;
  onDone: () => void;
}) {
  const id = createUniqueId();
  const [custom, setCustom] = createSignal('');
  const snooze = async (iso: string) => {
    await props.act(() => setDeskStatus(props.chatId, 'snoozed', iso));
    props.onDone();
  };
  return (
    <form
      class="flex flex-wrap items-end gap-2 rounded-xl border border-line p-3"
      aria-label={t('triage.controls.snoozeHeading')}
      onSubmit={(e) => {
        e.preventDefault();
        if (custom()) void snooze(new Date(custom()).toISOString());
      }}
    >
      <Button variant="secondary" class="min-h-10 px-4" onClick={() => void snooze(snoozePreset('hour'))}>
        {t('triage.controls.inAnHour')}
      </Button>
      <Button variant="secondary" class="min-h-10 px-4" onClick={() => void snooze(snoozePreset('tomorrow'))}>
        {t('triage.controls.tomorrow')}
      </Button>
      <label for={id} class="flex flex-col text-xs font-semibold text-ink-soft">
        {t('triage.controls.custom')}
        <input
          id={id}
          type="datetime-local"
          class={small}
          value={custom()}
          onInput={(e) => setCustom(e.currentTarget.value)}
        />
      </label>
      <Button type="submit" class="min-h-10 px-4" disabled={!custom()}>
        {t('triage.controls.confirmSnooze')}
      </Button>
    </form>
  );
}

/** Assign, status (with snooze), tags and priority of the conversation on screen, and who else is here. */
export function StaffDeskControls(props: { row: StaffConversation }) {
  const [open, setOpen] = createSignal<'assign' | 'snooze' | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  const chatId = () => props.row.chat.id;
  const closed = () => props.row.chat.status === 'closed';
  const act = async (run: () => Promise<Outcome>) => {
    setProblem(null);
    setProblem(await run());
  };
  const toggle = (form: 'assign' | 'snooze') => setOpen(open() === form ? null : form);
  return (
    <div class="space-y-2">
      <Viewers row={props.row} />
      <div role="group" aria-label={t('triage.controls.label')} class="flex flex-wrap items-end gap-2">
        <Show when={!closed()}>
          <Button
            variant="secondary"
            class="min-h-10 px-4"
            aria-expanded={open() === 'assign'}
            onClick={() => toggle('assign')}
          >
            {t('triage.controls.assign')}
          </Button>
        </Show>
        <Show
          when={!closed()}
          fallback={
            <Button
              variant="secondary"
              class="min-h-10 px-4"
              onClick={() => void act(() => setDeskStatus(chatId(), 'open'))}
            >
              {t('triage.controls.reopen')}
            </Button>
          }
        >
          <label class="flex flex-col text-xs font-semibold text-ink-soft">
            {t('triage.controls.status')}
            <select
              class={small}
              value={props.row.deskStatus === 'snoozed' ? '' : props.row.deskStatus}
              onChange={(e) => void act(() => setDeskStatus(chatId(), e.currentTarget.value as 'open' | 'pending'))}
            >
              <Show when={props.row.deskStatus === 'snoozed'}>
                <option value="">{t('triage.deskStatus.snoozed')}</option>
              </Show>
              <option value="open">{t('triage.deskStatus.open')}</option>
              <option value="pending">{t('triage.deskStatus.pending')}</option>
            </select>
          </label>
          <Button
            variant="secondary"
            class="min-h-10 px-4"
            aria-expanded={open() === 'snooze'}
            onClick={() => toggle('snooze')}
          >
            {t('triage.controls.snooze')}
          </Button>
        </Show>
        <label class="flex flex-col text-xs font-semibold text-ink-soft">
          {t('triage.controls.priority')}
          <select
            class={small}
            value={props.row.priority}
            onChange={(e) => void act(() => setPriority(chatId(), e.currentTarget.value as Priority))}
          >
            <For each={PRIORITY_LIST}>
              {(p) => (
                <option value={p} selected={p === props.row.priority}>
                  {t(`triage.priority.${p}`)}
                </option>
              )}
            </For>
          </select>
        </label>
      </div>
      <StaffTagsEditor
        tags={props.row.tags}
        onChange={async (tags) => {
          await act(() => setTags(chatId(), tags));
          return problem();
        }}
      />
      <Show when={problem()}>
        <p role="alert" class="rounded-lg bg-danger-soft px-3 py-2 text-sm font-medium text-danger">
          {problem()}
        </p>
      </Show>
      <Show when={open() === 'assign' && !closed()}>
        <AssignForm row={props.row} act={act} onDone={() => setOpen(null)} />
      </Show>
      <Show when={open() === 'snooze' && !closed()}>
        <SnoozeForm chatId={chatId()} act={act} onDone={() => setOpen(null)} />
      </Show>
    </div>
  );
}
