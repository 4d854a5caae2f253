import { createEffect, createMemo, createSignal, createUniqueId, For, Show } from 'solid-js';
import type { DeskStatus, Priority } from '../../../../shared/desk.js';
import type { StaffConversation } from '../../../../shared/staff.js';
import { t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import type { Outcome } from './staff-actions.js';
import { setDeskStatus, setPriority, setTags } from './staff-desk-actions.js';
import { otherViewers } from './staff-rules.js';
import { me } from './staff.store.js';
import { PRIORITY_LIST } from './StaffListFilters.js';
import { names } from './StaffRowDesk.js';
import { StaffTagsEditor } from './StaffTagsEditor.js';
import { AssignForm, SnoozeForm } from './StaffTriageForms.js';

/**
 * The header's row of controls: 44 px targets on a phone (behind the "Actions" disclosure),
 * compact from lg, where the actions and triage controls share one wrapping row.
 */
export const rowButton = 'px-4 lg:min-h-9 lg:px-3 lg:py-2';
const rowSelect = 'min-h-11 rounded-lg border border-line bg-white px-2 text-sm text-ink lg:min-h-9';

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
  // Not a live region: colleagues start and stop typing all the time, and each change would be
  // read out; the list row shows the same line.
  return <p class="w-full text-sm font-medium text-accent-strong empty:hidden lg:order-first">{line()}</p>;
}

/**
 * A select that changes nothing until its Apply button is pressed: arrow keys on a closed select
 * fire `change` in some browsers, and every write is a recorded staff action. Apply is enabled
 * only while the choice differs from the conversation's value; a push of a new value resets it.
 */
function ApplySelect<V extends string>(props: {
  label: string;
  applyLabel: string;
  current: V | '';
  options: readonly { value: V | ''; label: string }[];
  onApply: (value: V) => Promise<void>;
}) {
  const [draft, setDraft] = createSignal<V | ''>(props.current);
  // A memo notifies only when the value changes: a pushed row with the same value (a viewer came,
  // someone typed) must not throw away a choice not yet applied.
  const current = createMemo(() => props.current);
  createEffect(() => {
    const value = current();
    setDraft(() => value);
  });
  const changed = () => draft() !== '' && draft() !== props.current;
  const id = createUniqueId();
  let select: HTMLSelectElement | undefined;
  // The label beside its select, not around it: the select's name is the label alone ("Status").
  return (
    <div class="flex items-center gap-1.5">
      <label for={id} class="text-xs font-semibold text-ink-soft">
        {props.label}
      </label>
      <select
        ref={select}
        id={id}
        class={rowSelect}
        value={draft()}
        onChange={(e) => setDraft(() => e.currentTarget.value as V | '')}
      >
        <For each={props.options}>
          {(o) => (
            <option value={o.value} selected={o.value === draft()}>
              {o.label}
            </option>
          )}
        </For>
      </select>
      <Button
        variant="secondary"
        class={rowButton}
        aria-label={props.applyLabel}
        disabled={!changed()}
        onClick={() => {
          const value = draft();
          // Applied, the button rests (disabled): the focus goes back to the select, not to the page.
          if (value !== '' && changed()) void props.onApply(value).then(() => select?.focus());
        }}
      >
        {t('triage.controls.apply')}
      </Button>
    </div>
  );
}

type OpenStatus = Exclude<DeskStatus, 'resolved' | 'snoozed'>;

/**
 * Assign, status (with snooze), tags and priority of the conversation on screen, and who else is
 * here. From lg its parts join the header's row (`lg:contents`); messages and forms go below it.
 */
export function StaffDeskControls(props: { row: StaffConversation }) {
  type Form = 'assign' | 'snooze';
  const [open, setOpen] = createSignal<Form | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  const openers: Partial<Record<Form, HTMLButtonElement>> = {};
  const chatId = () => props.row.chat.id;
  const closed = () => props.row.chat.status === 'closed';
  const act = async (run: () => Promise<Outcome>) => {
    setProblem(null);
    setProblem(await run());
  };
  const toggle = (form: Form) => setOpen(open() === form ? null : form);
  // A form that closes (done, Cancel or Escape) gives the focus back to the button that opened it.
  const done = (form: Form) => {
    setOpen(null);
    openers[form]?.focus();
  };
  const statusOptions = () => [
    ...(props.row.deskStatus === 'snoozed' ? [{ value: '' as const, label: t('triage.deskStatus.snoozed') }] : []),
    { value: 'open' as const, label: t('triage.deskStatus.open') },
    { value: 'pending' as const, label: t('triage.deskStatus.pending') },
  ];
  return (
    <div class="flex flex-col gap-2 lg:contents">
      <Viewers row={props.row} />
      <div role="group" aria-label={t('triage.controls.label')} class="flex flex-wrap items-center gap-2">
        <Show when={!closed()}>
          <Button
            ref={(el: HTMLButtonElement) => (openers.assign = el)}
            variant="secondary"
            class={rowButton}
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
              class={rowButton}
              onClick={() => void act(() => setDeskStatus(chatId(), 'open'))}
            >
              {t('triage.controls.reopen')}
            </Button>
          }
        >
          <ApplySelect<OpenStatus>
            label={t('triage.controls.status')}
            applyLabel={t('triage.controls.applyStatus')}
            current={props.row.deskStatus === 'snoozed' ? '' : (props.row.deskStatus as OpenStatus)}
            options={statusOptions()}
            onApply={(status) => act(() => setDeskStatus(chatId(), status))}
          />
          <Button
            ref={(el: HTMLButtonElement) => (openers.snooze = el)}
            variant="secondary"
            class={rowButton}
            aria-expanded={open() === 'snooze'}
            onClick={() => toggle('snooze')}
          >
            {t('triage.controls.snooze')}
          </Button>
        </Show>
        <ApplySelect<Priority>
          label={t('triage.controls.priority')}
          applyLabel={t('triage.controls.applyPriority')}
          current={props.row.priority}
          options={PRIORITY_LIST.map((p) => ({ value: p, label: t(`triage.priority.${p}`) }))}
          onApply={(priority) => act(() => setPriority(chatId(), priority))}
        />
        {/* In the group, so from lg the tags share a line with the priority instead of one of their own. */}
        <StaffTagsEditor
          tags={props.row.tags}
          onChange={async (tags) => {
            await act(() => setTags(chatId(), tags));
            return problem();
          }}
        />
      </div>
      <Show when={problem()}>
        <p
          role="alert"
          class="w-full rounded-lg bg-danger-soft px-3 py-2 text-sm font-medium text-danger lg:order-last"
        >
          {problem()}
        </p>
      </Show>
      <Show when={open() === 'assign' && !closed()}>
        <AssignForm row={props.row} onDone={() => done('assign')} />
      </Show>
      <Show when={open() === 'snooze' && !closed()}>
        <SnoozeForm chatId={chatId()} onDone={() => done('snooze')} />
      </Show>
    </div>
  );
}
