import { createSignal, createUniqueId, Show } from 'solid-js';
import { t } from '../../i18n/index.js';
import { errorMessage, fieldMessages } from '../../lib/errors.js';
import { request } from '../../lib/socket.js';
import { Button } from '../../ui/Button.js';
import { TextField } from '../../ui/Field.js';
import { currentUser } from '../account/viewer.js';
import { chatMessages } from './chat.store.js';

const TOOL =
  'inline-flex min-h-9 items-center rounded-full border border-line px-3 text-xs font-semibold text-ink hover:border-ink/40 hover:bg-mist';

/**
 * "Email transcript" for the conversation shown (chat:email-transcript): a signed-in shopper
 * confirms their account's address; a guest types one. The answer (or why not) is announced.
 */
export function EmailTranscript(props: { chatId: number }) {
  const [open, setOpen] = createSignal(false);
  const [email, setEmail] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [fieldError, setFieldError] = createSignal<string>();
  const [status, setStatus] = createSignal('');
  const [problem, setProblem] = createSignal('');
  const headingId = createUniqueId();
  let toggle: HTMLButtonElement | undefined;

  function close() {
    setOpen(false);
    toggle?.focus();
  }

  async function send(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem('');
    setFieldError(undefined);
    const res = await request('chat:email-transcript', {
      chatId: props.chatId,
      ...(currentUser() ? {} : { email: email() }),
    });
    setBusy(false);
    if (!res.ok) {
      const field = fieldMessages(res.error.fields).email;
      if (field) setFieldError(field);
      else setProblem(errorMessage(res.error));
      return;
    }
    setStatus(t('mail.transcript.sent', { email: res.data.to }));
    close();
  }

  return (
    <Show when={chatMessages().length > 0}>
      <button
        ref={toggle}
        type="button"
        class={TOOL}
        aria-expanded={open()}
        onClick={() => {
          setStatus('');
          setOpen(!open());
        }}
      >
        {t('mail.transcript.open')}
      </button>
      <Show when={open()}>
        <form
          aria-labelledby={headingId}
          noValidate
          onSubmit={(e) => void send(e)}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.stopPropagation();
            close();
          }}
          class="basis-full space-y-2 rounded-xl border border-line bg-mist/60 p-3"
        >
          <p id={headingId} class="text-sm font-semibold text-ink">
            {t('mail.transcript.heading')}
          </p>
          <Show when={!currentUser()}>
            <TextField
              label={t('mail.transcript.email')}
              name="email"
              type="email"
              autocomplete="email"
              hint={t('mail.transcript.hint')}
              error={fieldError()}
              value={email()}
              onInput={(e) => {
                setEmail(e.currentTarget.value);
                setFieldError(undefined);
              }}
            />
          </Show>
          <Show when={problem()}>
            <p class="text-sm font-medium text-danger">{problem()}</p>
          </Show>
          <div class="flex flex-wrap gap-2">
            <Button type="submit" busy={busy()} class="min-h-9 px-4">
              {currentUser() ? t('mail.transcript.sendTo', { email: currentUser()!.email }) : t('mail.transcript.send')}
            </Button>
            <Button variant="quiet" class="min-h-9 px-2" onClick={close}>
              {t('mail.transcript.cancel')}
            </Button>
          </div>
        </form>
      </Show>
      <p role="status" class="basis-full text-xs text-ink-soft empty:hidden">
        {status()}
      </p>
    </Show>
  );
}
