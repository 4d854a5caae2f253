/** The VisionX mark: a phone outline whose lower module slides out, because every part can. */
export function LogoMark(props: { class?: string }) {
  return (
    <svg viewBox="0 0 32 32" class={props.class} aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="#0b0c0e" />
      <rect x="9" y="5" width="14" height="22" rx="3.5" fill="none" stroke="#ffffff" stroke-width="2" />
      <rect x="12" y="8.5" width="8" height="6" rx="1.5" fill="#ffffff" />
      <rect x="15" y="16.5" width="8" height="7" rx="1.5" fill="#2fbf8a" />
    </svg>
  );
}

/** Mark plus wordmark; the wordmark hides on the narrowest screens when `compact`. */
export function Logo(props: { compact?: boolean }) {
  return (
    <span class="inline-flex items-center gap-2">
      <LogoMark class="size-8 shrink-0" />
      <span
        aria-hidden="true"
        class={`text-xl font-bold tracking-tight text-ink ${props.compact ? 'hidden min-[420px]:inline' : ''}`}
      >
        Vision<span class="text-accent">X</span>
      </span>
    </span>
  );
}
