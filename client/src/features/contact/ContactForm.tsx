import { createEffect, createSignal, on } from 'solid-js';
import { CONTACT_TOPICS, ContactMessageSchema, type ContactReceipt } from '../../../../shared/contact.js';
import { t } from '../../i18n/index.js';
import { createFormState } from '../../lib/form.js';
import { request } from '../../lib/socket.js';
import { Button } from '../../ui/Button.js';
import { EmailField, SelectField, TextAreaField, TextField } from '../../ui/Field.js';
import { FormAlert } from '../../ui/Messages.js';
import { currentUser } from '../account/viewer.js';

export interface SentMessage {
  receipt: ContactReceipt;
  name: string;
  email: string;
}

const TOPIC_OPTIONS = CONTACT_TOPICS.map((topic) => ({
  value: topic,
  get label() {
    return t(`contact.topics.${topic}`);
  },
}));

export function ContactForm(props: { onSent: (sent: SentMessage) => void }) {
  const form = createFormState();
  const [values, setValues] = createSignal({ name: '', email: '', topic: '', message: '' });
  const set = (field: keyof ReturnType<typeof values>) => (event: { currentTarget: { value: string } }) =>
    setValues({ ...values(), [field]: event.currentTarget.value });
  let formEl: HTMLFormElement | undefined;

  // Fill in who is signed in, without overwriting anything already typed.
  createEffect(
    on(currentUser, (user) => {
      if (!user) return;
      const current = values();
      setValues({ ...current, name: current.name || user.name, email: current.email || user.email });
    }),
  );

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    await form.submit(
      formEl,
      ContactMessageSchema,
      values(),
      (input) => request('contact:send', input),
      (receipt, input) => props.onSent({ receipt, name: input.name, email: input.email }),
    );
  }

  return (
    <form ref={formEl} onSubmit={submit} noValidate class="space-y-6">
      <FormAlert message={form.formError()} />
      <div class="grid gap-6 sm:grid-cols-2">
        <TextField
          label={t('contact.name')}
          name="name"
          autocomplete="name"
          value={values().name}
          onInput={set('name')}
          error={form.fieldError('name')}
        />
        <EmailField
          label={t('contact.email')}
          value={values().email}
          onInput={set('email')}
          error={form.fieldError('email')}
        />
      </div>
      <SelectField
        label={t('contact.topic')}
        name="topic"
        placeholder={t('contact.topicPlaceholder')}
        options={TOPIC_OPTIONS}
        value={values().topic}
        onChange={set('topic')}
        error={form.fieldError('topic')}
      />
      <TextAreaField
        label={t('contact.message')}
        name="message"
        hint={t('contact.messageHint')}
        value={values().message}
        onInput={set('message')}
        error={form.fieldError('message')}
      />
      <Button type="submit" busy={form.busy()}>
        {t('contact.submit')}
      </Button>
    </form>
  );
}
