import { A } from '@solidjs/router';
import { createSignal, Match, Switch } from 'solid-js';
import { t } from '../../i18n/index.js';
import { SuccessNote } from '../../ui/Messages.js';
import { ReviewForm } from './ReviewForm.js';
import type { ReviewsStore } from './reviews.store.js';

/** The form for a shopper who received the product; for anyone else, why not. */
export function WriteReview(props: { store: ReviewsStore; slug: string }) {
  const [posted, setPosted] = createSignal(false);
  const blocked = () => {
    const e = props.store.eligibility();
    return e && !e.canReview ? e.reason : null;
  };
  const writable = () => {
    const e = props.store.eligibility();
    return e?.canReview ? e : null;
  };
  const signInHref = () => `/signin?next=${encodeURIComponent(`/products/${props.slug}#write-review`)}`;

  return (
    <section id="write-review" aria-labelledby="write-review-heading">
      <h3 id="write-review-heading" class="text-lg font-bold tracking-tight text-ink">
        {t('reviews.write.heading')}
      </h3>
      <div class="mt-3">
        <Switch>
          <Match when={posted()}>
            <SuccessNote message={t('reviews.write.thanks')} />
          </Match>
          <Match when={blocked()}>
            {(reason) => (
              <p class="text-ink-soft">
                {t(`reviews.blocked.${reason()}`)}
                {reason() === 'sign-in' && (
                  <>
                    {' '}
                    <A href={signInHref()} class="font-semibold text-accent underline underline-offset-4">
                      {t('reviews.signIn')}
                    </A>
                  </>
                )}
              </p>
            )}
          </Match>
          <Match when={writable()}>
            {(e) => <ReviewForm store={props.store} postingAs={e().postingAs} onPosted={() => setPosted(true)} />}
          </Match>
          <Match when={true}>
            <p class="text-ink-soft">{t('reviews.write.checking')}</p>
          </Match>
        </Switch>
      </div>
    </section>
  );
}
