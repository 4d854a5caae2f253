import { createSignal, createUniqueId, For, Match, Show, Switch } from 'solid-js';
import type { RatingCardData } from '../../../../shared/chat.js';
import { RATING_COMMENT_MAX_LENGTH, RATING_SCORES } from '../../../../shared/rating-limits.js';
import { t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import { rateConversation } from './chat.store.js';

const CARD = 'rounded-xl border border-line bg-white p-3 text-sm text-ink shadow-xs';

/** Five real radio inputs ("1 star" … "5 stars") drawn as stars: arrow keys move, the focus ring shows. */
function StarChoice(props: {
  name: string;
  score: number | null;
  onPick: (score: number) => void;
  /** The "choose first" message's id while it shows: each radio is described by it and marked invalid. */
  problemId: string | undefined;
  firstStar: (el: HTMLInputElement) => void;
}) {
  return (
    <div class="flex gap-1">
      <For each={RATING_SCORES}>
        {(score) => (
          <label class="relative">
            <input
              type="radio"
              name={props.name}
              value={score}
              checked={props.score === score}
              ref={(el) => score === RATING_SCORES[0] && props.firstStar(el)}
              aria-invalid={props.problemId ? 'true' : undefined}
              aria-describedby={props.problemId}
              onChange={() => props.onPick(score)}
              class="peer absolute inset-0 size-full cursor-pointer opacity-0"
            />
            <span class="sr-only">{t('chat.rating.stars', { count: score })}</span>
            <span
              aria-hidden="true"
              class={`flex size-11 items-center justify-center rounded-full text-3xl leading-none peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent ${
                props.score !== null && score <= props.score ? 'text-amber-500' : 'text-line'
              }`}
            >
              ★
            </span>
          </label>
        )}
      </For>
    </div>
  );
}

function RatingForm(props: { messageId: number }) {
  const name = createUniqueId();
  const commentId = createUniqueId();
  const hintId = createUniqueId();
  const [score, setScore] = createSignal<number | null>(null);
  const [comment, setComment] = createSignal('');
  const [missing, setMissing] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  let firstStar: HTMLInputElement | undefined;
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const chosen = score();
    if (chosen === null) {
      // Said where the shopper is taken: the first star, which the message describes.
      setMissing(true);
      firstStar?.focus();
      return;
    }
    setBusy(true);
    await rateConversation(props.messageId, chosen, comment());
    setBusy(false);
  }
  return (
    <form onSubmit={(e) => void submit(e)} class="space-y-3">
      <fieldset
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the fieldset holds native radio inputs; the role names them as one rating and carries the message as the group's description
        role="radiogroup"
        aria-labelledby={`${name}-legend`}
        aria-describedby={missing() ? `${name}-missing` : undefined}
      >
        <legend id={`${name}-legend`} class="font-semibold">
          {t('chat.rating.legend')}
        </legend>
        <StarChoice
          name={name}
          score={score()}
          problemId={missing() ? `${name}-missing` : undefined}
          firstStar={(el) => (firstStar = el)}
          onPick={(s) => {
            setScore(s);
            setMissing(false);
          }}
        />
        <Show when={missing()}>
          <p id={`${name}-missing`} class="font-medium text-danger">
            {t('chat.rating.chooseScore')}
          </p>
        </Show>
      </fieldset>
      <div class="space-y-1">
        <label for={commentId} class="block font-medium">
          {t('chat.rating.comment')}
        </label>
        <textarea
          id={commentId}
          aria-describedby={hintId}
          maxLength={RATING_COMMENT_MAX_LENGTH}
          rows={2}
          value={comment()}
          onInput={(e) => setComment(e.currentTarget.value)}
          class="block w-full rounded-lg border border-line px-3 py-2 text-base focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-accent"
        />
        <p id={hintId} class="text-xs text-ink-soft">
          {t('chat.rating.commentHint', { max: RATING_COMMENT_MAX_LENGTH })}
        </p>
      </div>
      <Button type="submit" busy={busy()} class="min-h-10 px-4">
        {t('chat.rating.submit')}
      </Button>
    </form>
  );
}

/**
 * The rating card a resolved conversation ends with ([RATE1]): the shopper answers it once; staff
 * (`readOnly`) see it waiting, then the score and comment.
 */
export function RatingCard(props: { card: RatingCardData; messageId: number; readOnly?: boolean }) {
  return (
    <article aria-label={t('chat.rating.legend')} class={`${CARD} border-accent/40`}>
      <Switch>
        <Match when={props.card.state === 'rated'}>
          <p class="font-medium text-accent-strong">
            {props.readOnly
              ? t('chat.rating.staffRated', { score: props.card.score ?? 0 })
              : t('chat.rating.thanks', { score: props.card.score ?? 0 })}
          </p>
          <Show when={props.card.comment}>{(comment) => <q class="mt-1 block text-ink-soft">{comment()}</q>}</Show>
        </Match>
        <Match when={props.readOnly}>
          <p class="font-semibold">{t('chat.rating.legend')}</p>
          <p class="text-ink-soft">{t('chat.rating.awaiting')}</p>
        </Match>
        <Match when={true}>
          <RatingForm messageId={props.messageId} />
        </Match>
      </Switch>
    </article>
  );
}
