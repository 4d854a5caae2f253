import { createUniqueId, For, Show, splitProps, type JSX } from 'solid-js';

export interface ControlAria {
  id: string;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
}

interface FieldShellProps {
  /** A fixed id, for links that lead to the field (an error summary); unique otherwise. */
  id?: string | undefined;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: (aria: ControlAria) => JSX.Element;
}

export const controlClass =
  'block w-full rounded-lg border border-line bg-white px-3.5 py-2.5 text-base text-ink shadow-xs ' +
  'placeholder:text-ink-soft/70 aria-[invalid=true]:border-danger aria-[invalid=true]:bg-danger-soft/40';

/** Label, control, hint and error, wired together with ids for assistive technology. */
export function FieldShell(props: FieldShellProps) {
  const id = props.id ?? createUniqueId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = () =>
    [props.hint ? hintId : null, props.error ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <div class="space-y-1.5">
      <label for={id} class="block text-sm font-semibold text-ink">
        {props.label}
      </label>
      {props.children({
        id,
        get 'aria-invalid'() {
          return props.error ? 'true' : undefined;
        },
        get 'aria-describedby'() {
          return describedBy();
        },
      })}
      <Show when={props.hint}>
        <p id={hintId} class="text-sm text-ink-soft">
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p id={errorId} class="text-sm font-medium text-danger">
          {props.error}
        </p>
      </Show>
    </div>
  );
}

type InputProps = JSX.InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  hint?: string | undefined;
  error?: string | undefined;
};

export function TextField(props: InputProps) {
  const [own, input] = splitProps(props, ['id', 'label', 'hint', 'error', 'class']);
  return (
    <FieldShell id={own.id} label={own.label} hint={own.hint} error={own.error}>
      {(aria) => <input type="text" {...input} {...aria} class={controlClass} />}
    </FieldShell>
  );
}

type TextAreaProps = JSX.TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  name: string;
  hint?: string | undefined;
  error?: string | undefined;
};

export function TextAreaField(props: TextAreaProps) {
  const [own, area] = splitProps(props, ['label', 'hint', 'error', 'class']);
  return (
    <FieldShell label={own.label} hint={own.hint} error={own.error}>
      {(aria) => <textarea rows={6} {...area} {...aria} class={`${controlClass} min-h-32 resize-y`} />}
    </FieldShell>
  );
}

type SelectProps = JSX.SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  placeholder: string;
  options: readonly { value: string; label: string }[];
  hint?: string | undefined;
  error?: string | undefined;
};

export function SelectField(props: SelectProps) {
  const [own, select] = splitProps(props, ['id', 'label', 'hint', 'error', 'class', 'options', 'placeholder']);
  return (
    <FieldShell id={own.id} label={own.label} hint={own.hint} error={own.error}>
      {(aria) => (
        <select {...select} {...aria} class={controlClass}>
          <option value="">{own.placeholder}</option>
          {/* `selected` too: the select's value is set before its options exist, which would not stick. */}
          <For each={own.options}>
            {(option) => (
              <option value={option.value} selected={option.value === select.value}>
                {option.label}
              </option>
            )}
          </For>
        </select>
      )}
    </FieldShell>
  );
}

/** An email field with the keyboard and autofill hints every email input here wants. */
export function EmailField(props: Omit<InputProps, 'name'> & { name?: string }) {
  return <TextField name="email" type="email" autocomplete="email" inputmode="email" {...props} />;
}

/** A password field; `autocomplete` says whether it is the current or a new password. */
export function PasswordField(props: InputProps & { autocomplete: 'current-password' | 'new-password' }) {
  return <TextField type="password" {...props} />;
}

/**
 * A one-time code: the phone offers the code from a text or app (`one-time-code`) and a number
 * pad, unless it is a recovery code (letters too).
 */
export function OneTimeCodeField(props: Omit<InputProps, 'name'> & { recovery?: boolean }) {
  const [own, rest] = splitProps(props, ['recovery']);
  return (
    <TextField
      name="code"
      autocomplete="one-time-code"
      inputmode={own.recovery ? 'text' : 'numeric'}
      autocapitalize="none"
      spellcheck={false}
      maxlength={own.recovery ? 11 : 7}
      {...rest}
    />
  );
}
