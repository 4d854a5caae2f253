import { A } from '@solidjs/router';
import { createMemo, For, Index, Match, Switch, type JSX } from 'solid-js';
import { parseMarkdown, type Inline } from './markdown.js';

/**
 * A message's text as DOM nodes built one by one from the parsed subset: text is always
 * inserted as text (Solid creates text nodes), never as HTML, and links are same-site only.
 */
function Inlines(props: { nodes: readonly Inline[] }): JSX.Element {
  return (
    <For each={props.nodes}>
      {(node) => (
        <Switch>
          <Match when={node.type === 'text' && node}>{(n) => n().text}</Match>
          <Match when={node.type === 'br'}>
            <br />
          </Match>
          <Match when={node.type === 'strong' && node}>
            {(n) => (
              <strong class="font-semibold">
                <Inlines nodes={n().children} />
              </strong>
            )}
          </Match>
          <Match when={node.type === 'em' && node}>
            {(n) => (
              <em>
                <Inlines nodes={n().children} />
              </em>
            )}
          </Match>
          <Match when={node.type === 'code' && node}>
            {(n) => <code class="rounded bg-ink/5 px-1 py-0.5 font-mono text-[0.9em]">{n().text}</code>}
          </Match>
          <Match when={node.type === 'link' && node}>
            {(n) => (
              <A href={n().href} class="font-medium text-accent-strong underline underline-offset-2">
                <Inlines nodes={n().children} />
              </A>
            )}
          </Match>
        </Switch>
      )}
    </For>
  );
}

function Items(props: { items: Inline[][]; cursor?: JSX.Element | undefined }) {
  return (
    <For each={props.items}>
      {(item, index) => (
        <li>
          <Inlines nodes={item} />
          {index() === props.items.length - 1 ? props.cursor : null}
        </li>
      )}
    </For>
  );
}

type ParsedBlock = ReturnType<typeof parseMarkdown>[number];

function BlockView(props: { block: ParsedBlock; cursor?: JSX.Element | undefined }) {
  return (
    <Switch>
      <Match when={props.block.type === 'paragraph' && props.block}>
        {(b) => (
          <p>
            <Inlines nodes={b().children} />
            {props.cursor}
          </p>
        )}
      </Match>
      <Match when={props.block.type === 'list' && props.block}>
        {(b) => (
          <>
            {b().ordered ? (
              <ol start={b().start} class="list-decimal space-y-1 pl-5">
                <Items items={b().items} cursor={props.cursor} />
              </ol>
            ) : (
              <ul class="list-disc space-y-1 pl-5">
                <Items items={b().items} cursor={props.cursor} />
              </ul>
            )}
          </>
        )}
      </Match>
    </Switch>
  );
}

/** `cursor` (while streaming) follows the last word. */
export function Markdown(props: { source: string; cursor?: JSX.Element }) {
  const blocks = createMemo(() => parseMarkdown(props.source));
  return (
    <div class="space-y-2 break-words">
      <Index each={blocks()}>
        {(block, index) => (
          <BlockView block={block()} cursor={index === blocks().length - 1 ? props.cursor : undefined} />
        )}
      </Index>
      {blocks().length === 0 ? props.cursor : null}
    </div>
  );
}
