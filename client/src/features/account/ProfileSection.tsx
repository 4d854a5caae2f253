import { createSignal, Match, Show, Switch } from 'solid-js';
import { formatDate, t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { Button } from '../../ui/Button.js';
import { FormAlert, SuccessNote } from '../../ui/Messages.js';
import { Card } from '../../ui/Page.js';
import { ChangeEmailForm } from './ChangeEmailForm.js';
import { EditNameForm } from './EditNameForm.js';
import { resendVerification } from './profile-api.js';
import { VerificationBadge } from './VerificationBadge.js';
import type { ViewerUser } from './viewer.js';

type Editing = 'name' | 'email' | null;

/** The account page's profile: name and email, each editable, and whether the email is verified. */
export function ProfileSection(props: { user: ViewerUser }) {
  const [editing, setEditing] = createSignal<Editing>(null);
  const [note, setNote] = createSignal<string | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [sending, setSending] = createSignal(false);
  const row = 'grid gap-1 sm:grid-cols-[10rem_1fr]';
  const edit = (what: Editing) => {
    setNote(null);
    setProblem(null);
    setEditing(what);
  };

  async function resend() {
    setSending(true);
    setNote(null);
    const result = await resendVerification();
    setSending(false);
    if (result.ok) setNote(t('profile.resent', { email: result.data.email }));
    setProblem(result.ok ? null : errorMessage(result.error));
  }

  return (
    <Card heading={t('account.profile.heading')} id="profile-heading">
      <SuccessNote message={note()} />
      <FormAlert message={problem()} />
      <Switch>
        <Match when={editing() === 'name'}>
          <EditNameForm
            name={props.user.name}
            onDone={(saved) => {
              edit(null);
              if (saved) setNote(t('profile.nameSaved'));
            }}
          />
        </Match>
        <Match when={editing() === 'email'}>
          <ChangeEmailForm
            onDone={(email) => {
              edit(null);
              if (email) setNote(t('profile.emailChanged', { email }));
            }}
          />
        </Match>
      </Switch>
      <dl class="space-y-3 text-base">
        <div class={row}>
          <dt class="font-semibold text-ink">{t('account.profile.name')}</dt>
          <dd class="text-ink-soft">{props.user.name}</dd>
        </div>
        <div class={row}>
          <dt class="font-semibold text-ink">{t('account.profile.email')}</dt>
          <dd class="flex flex-wrap items-center gap-2 text-ink-soft">
            <span class="break-all">{props.user.email}</span>
            <VerificationBadge verified={props.user.emailVerified} />
          </dd>
        </div>
        <div class={row}>
          <dt class="font-semibold text-ink">{t('account.profile.memberSince')}</dt>
          <dd class="text-ink-soft">
            <time datetime={props.user.createdAt}>{formatDate(props.user.createdAt)}</time>
          </dd>
        </div>
      </dl>
      <Show when={!props.user.emailVerified}>
        <div class="space-y-3 rounded-xl bg-mist p-4">
          <p class="text-sm text-ink-soft">{t('profile.verifyHint')}</p>
          <Button variant="secondary" busy={sending()} onClick={resend}>
            {t('profile.resend')}
          </Button>
        </div>
      </Show>
      <Show when={editing() === null}>
        <div class="flex flex-wrap gap-3">
          <Button variant="secondary" onClick={() => edit('name')}>
            {t('profile.editName')}
          </Button>
          <Button variant="secondary" onClick={() => edit('email')}>
            {t('profile.changeEmail')}
          </Button>
        </div>
      </Show>
    </Card>
  );
}
