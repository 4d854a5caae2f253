/** A labelled checkbox with a 44 px tall target; the whole label toggles it. */
export function Checkbox(props: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label class="flex min-h-11 cursor-pointer items-center gap-3 text-base text-ink">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
        class="size-5 shrink-0 accent-ink"
      />
      {props.label}
    </label>
  );
}
