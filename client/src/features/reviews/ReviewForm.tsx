import { createSignal } from 'solid-js';
import { REVIEW_BODY_MAX, REVIEW_BODY_MIN, REVIEW_TITLE_MAX, ReviewAddSchema } from '../../../../shared/reviews.js';
import { t } from '../../i18n/index.js';
import { createFormState } from '../../lib/form.js';
import { Button } from '../../ui/Button.js';
import { TextAreaField, TextField } from '../../ui/Field.js';
import { FormAlert } from '../../ui/Messages.js';
import type { ReviewsStore } from './reviews.store.js';
import { StarRatingInput } from './StarRatingInput.js';

/** Rating, optional title and the review, checked with the server's own schema before sending. */
export function ReviewForm(props: { store: ReviewsStore; postingAs: string; onPosted: () => void }) {
  const form = createFormState();
  const [rating, setRating] = createSignal<number | null>(null);
  const [title, setTitle] = createSignal('');
  const [body, setBody] = createSignal('');
  // Counted as the server counts: line breaks as one character, the ends trimmed.
  const length = () => body().replace(/\r\n?/g, '\n').trim().length;
  let formEl: HTMLFormElement | undefined;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const values = { productId: props.store.productId, rating: rating() ?? undefined, title: title(), body: body() };
    await form.submit(
      formEl,
      ReviewAddSchema,
      values,
      (input) => props.store.add(input),
      () => props.onPosted(),
    );
  }

  return (
    <form ref={formEl} onSubmit={submit} noValidate class="space-y-5">
      <p class="text-sm text-ink-soft">{t('reviews.write.postingAs', { name: props.postingAs })}</p>
      <FormAlert message={form.formError()} />
      <StarRatingInput value={rating()} onChange={setRating} error={form.fieldError('rating')} />
      <TextField
        label={t('reviews.write.title')}
        name="title"
        hint={t('reviews.write.titleHint', { max: REVIEW_TITLE_MAX })}
        value={title()}
        onInput={(e) => setTitle(e.currentTarget.value)}
        error={form.fieldError('title')}
      />
      <TextAreaField
        label={t('reviews.write.review')}
        name="body"
        rows={5}
        hint={t('reviews.write.counter', { count: length(), max: REVIEW_BODY_MAX, min: REVIEW_BODY_MIN })}
        value={body()}
        onInput={(e) => setBody(e.currentTarget.value)}
        error={form.fieldError('body')}
      />
      <Button type="submit" busy={form.busy()} class="w-full sm:w-auto">
        {t('reviews.write.submit')}
      </Button>
    </form>
  );
}
