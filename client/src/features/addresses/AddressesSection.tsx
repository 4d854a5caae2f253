import { createSignal, For, onMount, Show } from 'solid-js';
import { MAX_SAVED_ADDRESSES, type SavedAddress } from '../../../../shared/addresses.js';
import type { ClientResult } from '../../../../shared/result.js';
import { t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { Button } from '../../ui/Button.js';
import { FormAlert, SuccessNote } from '../../ui/Messages.js';
import { Card } from '../../ui/Page.js';
import { AddressEditor } from './AddressEditor.js';
import { AddressItem } from './AddressItem.js';
import { addressBook, addressBookReady, deleteAddress, makeDefaultAddress, startAddresses } from './addresses.store.js';

/** [BOOK9] The account page's address book: list, add, edit, delete (asked first) and choose the default. */
export function AddressesSection() {
  onMount(startAddresses);
  /** 'new', an address id being edited, or nothing open. */
  const [editing, setEditing] = createSignal<'new' | number | null>(null);
  const [confirming, setConfirming] = createSignal<number | null>(null);
  const [busy, setBusy] = createSignal<number | null>(null);
  const [note, setNote] = createSignal<string | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  let addButton: HTMLButtonElement | undefined;

  const full = () => addressBook().length >= MAX_SAVED_ADDRESSES;

  async function act(a: SavedAddress, call: () => Promise<ClientResult<unknown>>, done: string) {
    setBusy(a.id);
    setNote(null);
    setProblem(null);
    const result = await call();
    setBusy(null);
    setConfirming(null);
    if (result.ok) setNote(done);
    else setProblem(errorMessage(result.error));
    // The item moved or is gone: focus goes on from a place that stays.
    addButton?.focus();
  }

  function closeEditor(saved: boolean) {
    setEditing(null);
    setProblem(null);
    setNote(saved ? t('addresses.saved') : null);
    addButton?.focus();
  }

  return (
    <Card heading={t('addresses.heading')} id="addresses-heading">
      <p class="text-sm leading-6 text-ink-soft">{t('addresses.intro')}</p>
      <SuccessNote message={note()} />
      <FormAlert message={problem()} />
      {/* Space held while the book loads, so its arrival moves little below it. */}
      <Show when={addressBookReady()} fallback={<p class="min-h-24 text-sm text-ink-soft">{t('addresses.loading')}</p>}>
        <Show when={addressBook().length > 0} fallback={<p class="text-sm text-ink-soft">{t('addresses.empty')}</p>}>
          <ul class="space-y-3">
            <For each={addressBook()}>
              {(a) => (
                <Show
                  when={editing() === a.id}
                  fallback={
                    <AddressItem
                      address={a}
                      confirming={confirming() === a.id}
                      busy={busy() === a.id}
                      onEdit={() => setEditing(a.id)}
                      onMakeDefault={() =>
                        act(a, () => makeDefaultAddress(a.id), t('addresses.defaultChanged', { name: a.name }))
                      }
                      onDelete={() => setConfirming(a.id)}
                      onConfirmDelete={() => act(a, () => deleteAddress(a.id), t('addresses.deleted'))}
                      onCancelDelete={() => setConfirming(null)}
                    />
                  }
                >
                  <li>
                    <AddressEditor address={a} onDone={closeEditor} />
                  </li>
                </Show>
              )}
            </For>
          </ul>
        </Show>
        <Show
          when={editing() === 'new'}
          fallback={
            <Show
              when={!full()}
              fallback={<p class="text-sm text-ink-soft">{t('addresses.full', { maximum: MAX_SAVED_ADDRESSES })}</p>}
            >
              <Button ref={addButton} variant="secondary" onClick={() => setEditing('new')}>
                {t('addresses.add')}
              </Button>
            </Show>
          }
        >
          <AddressEditor onDone={closeEditor} />
        </Show>
      </Show>
    </Card>
  );
}
