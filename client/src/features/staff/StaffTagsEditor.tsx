import { createSignal, createUniqueId, For } from 'solid-js';
import type { TAG_MAX_LENGTH, TAGS_MAX } from '../../../../shared/desk-triage.js';
import { t } from '../../i18n/index.js';
import type { Outcome } from './staff-actions.js';

// Typed against the shared limits without importing shared/desk-triage.ts at run time (zod).
const TAGS: typeof TAGS_MAX = 10;
const TAG_LENGTH: typeof TAG_MAX_LENGTH = 32;

/** Tags as chips: Enter adds the typed one, each chip's button (or Backspace in an empty field) removes one. */
export function StaffTagsEditor(props: { tags: readonly string[]; onChange: (tags: string[]) => Promise<Outcome> }) {
  const id = createUniqueId();
  const [draft, setDraft] = createSignal('');
  const save = async (tags: string[]) => {
    if ((await props.onChange(tags)) === null) setDraft('');
  };
  const add = () => {
    const tag = draft().trim().replace(/\s+/g, ' ').toLowerCase();
    if (!tag || props.tags.includes(tag)) return setDraft('');
    void save([...props.tags, tag]);
  };
  return (
    // From lg one line in the header's row: the label beside the chips, the hint only while a tag is
    // typed (it stays the field's description all the time).
    <div class="group w-full space-y-1 lg:flex lg:w-auto lg:items-center lg:gap-2 lg:space-y-0">
      <label for={id} class="block text-xs font-semibold text-ink-soft">
        {t('triage.controls.tags')}
      </label>
      <div class="flex flex-wrap items-center gap-1.5">
        <For each={props.tags}>
          {(tag) => (
            <span class="inline-flex items-center gap-1 rounded-full border border-line bg-white py-0.5 pr-0.5 pl-2 text-sm text-ink">
              {tag}
              <button
                type="button"
                aria-label={t('triage.controls.removeTag', { tag })}
                onClick={() => void save(props.tags.filter((x) => x !== tag))}
                class="inline-flex size-7 items-center justify-center rounded-full hover:bg-mist focus-visible:outline-3 focus-visible:outline-accent"
              >
                <span aria-hidden="true">×</span>
              </button>
            </span>
          )}
        </For>
        <input
          id={id}
          type="text"
          maxLength={TAG_LENGTH}
          disabled={props.tags.length >= TAGS}
          value={draft()}
          placeholder={t('triage.controls.addTag')}
          aria-describedby={`${id}-hint`}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            } else if (e.key === 'Backspace' && !draft() && props.tags.length) void save(props.tags.slice(0, -1));
          }}
          class="min-h-11 w-36 rounded-lg border lg:min-h-9 border-line px-2 text-sm text-ink focus-visible:outline-3 focus-visible:outline-accent"
        />
      </div>
      <p id={`${id}-hint`} class="text-xs text-ink-soft lg:hidden lg:group-focus-within:block">
        {t('triage.controls.addTagHint')}
      </p>
    </div>
  );
}
