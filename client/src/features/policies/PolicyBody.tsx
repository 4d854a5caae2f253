import { For, Match, Switch } from 'solid-js';
import type { PolicyBlock, PolicySection } from '../../i18n/policies.js';

function Block(props: { block: PolicyBlock }) {
  const block = props.block;
  if (typeof block === 'string') return <p class="leading-7 text-ink-soft">{block}</p>;
  return (
    <Switch>
      <Match when={'list' in block && block}>
        {(list) => (
          <ul class="list-disc space-y-2 pl-5 leading-7 text-ink-soft marker:text-accent">
            <For each={list().list}>{(item) => <li>{item}</li>}</For>
          </ul>
        )}
      </Match>
      <Match when={'steps' in block && block}>
        {(steps) => (
          <ol class="list-decimal space-y-2 pl-5 leading-7 text-ink-soft marker:font-semibold marker:text-ink">
            <For each={steps().steps}>{(item) => <li>{item}</li>}</For>
          </ol>
        )}
      </Match>
      <Match when={'table' in block && block}>{(table) => <PolicyTable table={table().table} />}</Match>
    </Switch>
  );
}

function PolicyTable(props: { table: Extract<PolicyBlock, { table: unknown }>['table'] }) {
  return (
    <div class="overflow-x-auto rounded-xl border border-line">
      <table class="w-full min-w-[32rem] text-left text-sm">
        <caption class="caption-bottom px-4 py-3 text-left text-ink-soft">{props.table.caption}</caption>
        <thead class="bg-mist">
          <tr>
            <For each={props.table.head}>
              {(cell) => (
                <th scope="col" class="px-4 py-3 font-semibold text-ink">
                  {cell}
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody class="divide-y divide-line">
          <For each={props.table.rows}>
            {(row) => (
              <tr>
                <For each={row}>
                  {(cell, index) =>
                    index() === 0 ? (
                      <th scope="row" class="px-4 py-3 font-semibold text-ink">
                        {cell}
                      </th>
                    ) : (
                      <td class="px-4 py-3 text-ink-soft">{cell}</td>
                    )
                  }
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

export function PolicySectionView(props: { section: PolicySection }) {
  return (
    <section aria-labelledby={props.section.id} class="scroll-mt-40 space-y-4">
      <h2 id={props.section.id} class="text-2xl font-semibold tracking-tight text-ink">
        {props.section.heading}
      </h2>
      <For each={props.section.blocks}>{(block) => <Block block={block} />}</For>
    </section>
  );
}
