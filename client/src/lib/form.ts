import { createSignal } from 'solid-js';
import type { z } from 'zod';
import { fieldErrorsOf, type FieldErrors } from '../../../shared/field-errors.js';
import type { AppErrorBody, ClientErrorCode, ClientResult } from '../../../shared/result.js';
import { t } from '../i18n/index.js';
import { errorMessage, fieldMessage } from './errors.js';

/** Per-field and form-level errors plus a busy flag: the state every form here shares. */
export function createFormState() {
  const [fields, setFields] = createSignal<FieldErrors>({});
  const [formError, setFormError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  function reset() {
    setFields({});
    setFormError(null);
  }

  /** Parse with the shared schema; on failure show the fields' words and return null. */
  function validate<S extends z.ZodType>(schema: S, values: unknown): z.output<S> | null {
    const parsed = schema.safeParse(values);
    if (parsed.success) {
      reset();
      return parsed.data;
    }
    setFields(fieldErrorsOf(parsed.error));
    setFormError(t('form.fixFields'));
    return null;
  }

  function showServerError(error: AppErrorBody<ClientErrorCode>) {
    setFields(error.fields ?? {});
    setFormError(errorMessage(error));
  }

  /** Run one submission at a time. */
  async function run(task: () => Promise<void>) {
    if (busy()) return;
    setBusy(true);
    try {
      await task();
    } finally {
      setBusy(false);
    }
  }

  /**
   * The flow every form here follows: validate with the shared schema → send → on failure show
   * the server's words and focus the first bad field → on success `onDone`.
   */
  async function submit<S extends z.ZodType, T>(
    formEl: HTMLFormElement | undefined,
    schema: S,
    values: unknown,
    send: (input: z.output<S>) => Promise<ClientResult<T>>,
    onDone?: (data: T, input: z.output<S>) => void,
  ): Promise<void> {
    const input = validate(schema, values);
    if (input === null) return focusFirstInvalid(formEl);
    await run(async () => {
      const result = await send(input);
      if (!result.ok) {
        showServerError(result.error);
        return focusFirstInvalid(formEl);
      }
      onDone?.(result.data, input);
    });
  }

  /** The words for a field's problem, found here or by the server. */
  const fieldError = (name: string) => {
    const issue = fields()[name];
    return issue && fieldMessage(name, issue);
  };

  return { fieldError, formError, busy, validate, showServerError, reset, run, submit };
}

export type FormState = ReturnType<typeof createFormState>;

/** Read a named control of a form as a string. */
export function formValue(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value : '';
}

/** Move focus to the first field marked invalid, so the message beside it is read out. */
export function focusFirstInvalid(form: HTMLFormElement | undefined): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
