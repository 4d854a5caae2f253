import { createSignal, createUniqueId, For, onMount, Show } from 'solid-js';
import type { SAVED_REPLY_BODY_MAX, SAVED_REPLY_TITLE_MAX, SavedReply } from '../../../../shared/saved-replies.js';
import { SAVED_REPLY_VARIABLES } from '../../../../shared/saved-reply-fill.js';
import { t } from '../../i18n/index.js';
import { errorMessage, fieldMessages } from '../../lib/errors.js';
import { Button } from '../../ui/Button.js';
import { CloseIcon } from '../../ui/CloseIcon.js';
import { TextAreaField, TextField } from '../../ui/Field.js';
import { SidePanel } from '../../ui/SidePanel.js';
import { deleteSavedReply, saveSavedReply, savedReplies, useSavedReplies } from './saved-replies.store.js';

// Typed against the shared limits without importing shared/saved-replies.ts at run time: it brings zod along.
const TITLE_MAX: typeof SAVED_REPLY_TITLE_MAX = 80;
const BODY_MAX: typeof SAVED_REPLY_BODY_MAX = 2000;
const VARIABLE_LIST = SAVED_REPLY_VARIABLES.map((v) => `{{${v}}}`).join(', ');

/** Create or edit one reply; field errors beside their fields (a taken title beside the title). */
function SavedReplyForm(props: { reply: SavedReply | null; onDone: (title: string) => void; onCancel: () => void }) {
  const [busy, setBusy] = createSignal(false);
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [general, setGeneral] = createSignal<string | null>(null);
  let form: HTMLFormElement | undefined;
  onMount(() => form?.querySelector<HTMLInputElement>('input[name="title"]')?.focus());

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(form);
    const input = { title: String(data.get('title') ?? ''), body: String(data.get('body') ?? '') };
    setBusy(true);
    const result = await saveSavedReply(props.reply ? { id: props.reply.id, ...input } : input);
    setBusy(false);
    if (result.ok) return props.onDone(result.data.title);
    const fields = fieldMessages(result.error.fields);
    if (result.error.reason === 'saved_reply_title_taken') fields.title = errorMessage(result.error);
    setErrors(fields);
    setGeneral(Object.keys(fields).length ? null : errorMessage(result.error));
    form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  return (
    <form ref={form} onSubmit={submit} class="space-y-3 rounded-2xl border border-line bg-mist/50 p-4" novalidate>
      <h3 class="font-semibold text-ink">
        {props.reply
          ? t('staffDesk.savedReplies.editing', { title: props.reply.title })
          : t('staffDesk.savedReplies.creating')}
      </h3>
      <TextField
        name="title"
        label={t('staffDesk.savedReplies.title')}
        value={props.reply?.title ?? ''}
        maxLength={TITLE_MAX}
        error={errors().title}
      />
      <TextAreaField
        name="body"
        label={t('staffDesk.savedReplies.body')}
        value={props.reply?.body ?? ''}
        maxLength={BODY_MAX}
        hint={t('staffDesk.savedReplies.variables', { list: VARIABLE_LIST })}
        error={errors().body}
      />
      <Show when={general()}>
        <p role="alert" class="text-sm font-medium text-danger">
          {general()}
        </p>
      </Show>
      <div class="flex flex-wrap gap-2">
        <Button type="submit" busy={busy()}>
          {t('staffDesk.savedReplies.save')}
        </Button>
        <Button variant="secondary" onClick={() => props.onCancel()}>
          {t('staffDesk.savedReplies.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** One reply in the list, with its edit and a delete that asks first. */
function SavedReplyRow(props: { reply: SavedReply; onEdit: () => void; onDeleted: (title: string) => void }) {
  const [confirming, setConfirming] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  let keep: HTMLButtonElement | undefined;
  async function remove() {
    const result = await deleteSavedReply(props.reply.id);
    if (result.ok) props.onDeleted(props.reply.title);
    else setError(errorMessage(result.error));
  }
  return (
    <li class="space-y-2 rounded-2xl border border-line p-3">
      <h3 class="font-semibold break-words text-ink">{props.reply.title}</h3>
      <p class="line-clamp-3 text-sm whitespace-pre-wrap break-words text-ink-soft">{props.reply.body}</p>
      <p class="text-xs text-ink-soft">{t('staffDesk.savedReplies.updatedBy', { name: props.reply.updatedBy })}</p>
      <Show
        when={confirming()}
        fallback={
          <div class="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => props.onEdit()}>
              {t('staffDesk.savedReplies.edit')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setConfirming(true);
                keep?.focus();
              }}
            >
              {t('staffDesk.savedReplies.delete')}
            </Button>
          </div>
        }
      >
        <div
          role="group"
          aria-label={t('staffDesk.savedReplies.confirmDelete', { title: props.reply.title })}
          class="space-y-2"
        >
          <p class="text-sm font-medium text-ink">
            {t('staffDesk.savedReplies.confirmDelete', { title: props.reply.title })}
          </p>
          <div class="flex flex-wrap gap-2">
            <Button variant="danger" onClick={() => void remove()}>
              {t('staffDesk.savedReplies.delete')}
            </Button>
            <Button ref={(el) => (keep = el)} variant="secondary" onClick={() => setConfirming(false)}>
              {t('staffDesk.savedReplies.keep')}
            </Button>
          </div>
        </div>
      </Show>
      <Show when={error()}>
        <p role="alert" class="text-sm font-medium text-danger">
          {error()}
        </p>
      </Show>
    </li>
  );
}

/** The team's saved replies ([SAVED1]): list, create, edit, delete; live as colleagues change them. */
export function SavedRepliesDialog(props: { onClose: () => void }) {
  useSavedReplies();
  const headingId = createUniqueId();
  // null: no form; 'new', or the reply being edited.
  const [editing, setEditing] = createSignal<SavedReply | 'new' | null>(null);
  const [notice, setNotice] = createSignal('');
  let closeButton: HTMLButtonElement | undefined;
  onMount(() => closeButton?.focus());
  const edited = () => {
    const e = editing();
    return e === 'new' ? null : e;
  };
  return (
    <SidePanel labelledBy={headingId} onClose={props.onClose} class="h-full max-w-lg">
      <div class="flex items-center justify-between border-b border-line px-5 py-3">
        <h2 id={headingId} class="text-xl font-bold tracking-tight text-ink">
          {t('staffDesk.savedReplies.heading')}
        </h2>
        <button
          ref={closeButton}
          type="button"
          aria-label={t('staffDesk.savedReplies.close')}
          onClick={() => props.onClose()}
          class="inline-flex size-11 items-center justify-center rounded-full text-ink hover:bg-mist"
        >
          <CloseIcon />
        </button>
      </div>
      <div class="flex-1 space-y-4 overflow-y-auto px-5 py-4">
        <p class="text-sm text-ink-soft">{t('staffDesk.savedReplies.intro')}</p>
        <p role="status" class="text-sm font-medium text-accent-strong empty:hidden">
          {notice()}
        </p>
        <Show
          when={editing()}
          keyed
          fallback={<Button onClick={() => setEditing('new')}>{t('staffDesk.savedReplies.add')}</Button>}
        >
          <SavedReplyForm
            reply={edited()}
            onDone={(title) => {
              setEditing(null);
              setNotice(t('staffDesk.savedReplies.saved', { title }));
            }}
            onCancel={() => setEditing(null)}
          />
        </Show>
        <Show
          when={savedReplies().length > 0}
          fallback={<p class="text-ink-soft">{t('staffDesk.savedReplies.empty')}</p>}
        >
          <ul class="space-y-3">
            <For each={savedReplies()}>
              {(reply) => (
                <SavedReplyRow
                  reply={reply}
                  onEdit={() => setEditing(reply)}
                  onDeleted={(title) => {
                    setNotice(t('staffDesk.savedReplies.deleted', { title }));
                    closeButton?.focus(); // its row is gone
                  }}
                />
              )}
            </For>
          </ul>
        </Show>
      </div>
    </SidePanel>
  );
}
