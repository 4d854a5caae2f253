import { Show, type JSX } from 'solid-js';

/** The standard page frame: one h1, an optional lead, then the content. */
export function Page(props: { heading: string; lead?: string | undefined; narrow?: boolean; children?: JSX.Element }) {
  return (
    <div class={`mx-auto px-4 pt-12 pb-8 sm:px-6 sm:pt-16 ${props.narrow ? 'max-w-xl' : 'max-w-6xl'}`}>
      <h1 class="text-4xl font-bold tracking-tight text-balance text-ink sm:text-5xl">{props.heading}</h1>
      <Show when={props.lead}>
        <p class="mt-4 max-w-2xl text-lg leading-8 text-pretty text-ink-soft">{props.lead}</p>
      </Show>
      <div class="mt-10">{props.children}</div>
    </div>
  );
}

/** A titled block inside a page. */
export function Card(props: { heading: string; id: string; tone?: 'danger'; children?: JSX.Element }) {
  return (
    <section
      aria-labelledby={props.id}
      class={`rounded-2xl border p-6 sm:p-8 ${props.tone === 'danger' ? 'border-danger/30' : 'border-line'}`}
    >
      <h2 id={props.id} class="text-xl font-semibold tracking-tight text-ink">
        {props.heading}
      </h2>
      <div class="mt-4 space-y-5">{props.children}</div>
    </section>
  );
}
