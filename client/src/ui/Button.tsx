import { Show, splitProps, type JSX } from 'solid-js';

type Variant = 'primary' | 'secondary' | 'danger' | 'quiet';

const VARIANTS: Record<Variant, string> = {
  primary: 'bg-ink text-white hover:bg-ink-soft',
  secondary: 'border border-ink/20 bg-white text-ink hover:border-ink hover:bg-mist',
  danger: 'bg-danger text-white hover:bg-danger/90',
  quiet: 'text-ink underline-offset-4 hover:underline',
};

export const buttonClass = (variant: Variant = 'primary') =>
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-full px-5 py-2.5 text-sm font-semibold ' +
  'transition-colors disabled:opacity-60 ' +
  VARIANTS[variant];

type ButtonProps = JSX.ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: Variant;
  /** Shows a spinner and blocks repeat clicks; the accessible name stays the same. */
  busy?: boolean;
};

export function Button(props: ButtonProps) {
  const [own, rest] = splitProps(props, ['variant', 'busy', 'class', 'children', 'type', 'disabled']);
  return (
    <button
      type={own.type ?? 'button'}
      {...rest}
      disabled={own.disabled || own.busy}
      aria-busy={own.busy ? 'true' : undefined}
      class={`${buttonClass(own.variant)} ${own.class ?? ''}`}
    >
      <Show when={own.busy}>
        <span
          aria-hidden="true"
          class="size-4 animate-spin rounded-full border-2 border-current border-t-transparent"
        />
      </Show>
      {own.children}
    </button>
  );
}
