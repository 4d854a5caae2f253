import { A } from '@solidjs/router';
import { createSignal, createUniqueId, For, Match, Show, Switch } from 'solid-js';
import type {
  CartCardData,
  CartProposalData,
  ChatCard,
  OrderCardData,
  QuickRepliesCardData,
} from '../../../../shared/chat.js';
import { formatPrice, t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { Button } from '../../ui/Button.js';
import { variantText } from './card-format.js';
import { answerProposal, chatIsCurrent, chatMessages, outgoingMessages, streaming } from './chat.store.js';
import { quickRepliesLive } from './quick-replies.js';
import { REPLY_BUTTON, sendReply } from './reply-buttons.js';
import { ProductCard } from './ChatProductCard.js';
import { RatingCard } from './RatingCard.js';

const CARD = 'rounded-xl border border-line bg-white p-3 text-sm text-ink shadow-xs';
const LINK = 'font-semibold text-accent-strong underline underline-offset-2';

function OrderCard(props: { card: OrderCardData }) {
  const id = createUniqueId();
  return (
    <article aria-labelledby={id} class={`${CARD} space-y-1`}>
      <h3 id={id} class="font-semibold">
        {t('chat.cards.order', { number: props.card.number })}
      </h3>
      <p>
        <span class="inline-block rounded-full bg-accent-soft px-2 py-0.5 text-xs font-semibold text-accent-strong">
          {t('chat.cards.orderStatus', { status: t(`orders.status.${props.card.status}`) })}
        </span>
      </p>
      <p class="text-ink-soft">
        {t('chat.cards.orderItems', { count: props.card.itemCount })} ·{' '}
        {t('chat.cards.total', { amount: formatPrice(props.card.totalCents) })}
      </p>
      <A href={`/orders/${encodeURIComponent(props.card.number)}`} class={LINK}>
        {t('chat.cards.viewOrder', { number: props.card.number })}
      </A>
    </article>
  );
}

function CartCard(props: { card: CartCardData }) {
  const id = createUniqueId();
  return (
    <article aria-labelledby={id} class={`${CARD} space-y-1`}>
      <h3 id={id} class="font-semibold">
        {t('chat.cards.cart')} · {t('chat.cards.cartItems', { count: props.card.itemCount })}
      </h3>
      <ul class="text-ink-soft">
        <For each={props.card.lines}>
          {(line) => (
            <li class="flex justify-between gap-2">
              <span class="min-w-0">
                {t('chat.cards.lineQuantity', { quantity: line.quantity, name: line.name })}
                <span class="block text-xs">{variantText(line.colourName, line.storageGb)}</span>
              </span>
              <span class="shrink-0">{formatPrice(line.lineTotalCents)}</span>
            </li>
          )}
        </For>
      </ul>
      <p class="font-medium">{t('chat.cards.cartTotal', { amount: formatPrice(props.card.totalCents) })}</p>
      <A href="/cart" class={LINK}>
        {t('chat.cards.viewCart')}
      </A>
    </article>
  );
}

function ProposalCard(props: { card: CartProposalData; messageId: number; readOnly?: boolean }) {
  const id = createUniqueId();
  const [busy, setBusy] = createSignal<'accept' | 'decline' | null>(null);
  const action = () => props.card.action;
  /** The cart's refusal in words (older cards kept the words themselves). */
  const failure = () => {
    const { failure, note } = props.card;
    return failure ? errorMessage(failure) : (note ?? t('chat.proposal.failed'));
  };
  async function answer(accept: boolean) {
    setBusy(accept ? 'accept' : 'decline');
    await answerProposal(props.messageId, props.card.id, accept);
    setBusy(null);
  }
  return (
    <article aria-labelledby={id} class={`${CARD} space-y-2 border-accent/40`}>
      <h3 id={id} class="font-semibold">
        {t(`chat.proposal.heading.${action()}`)} <span class="sr-only">{props.card.productName}</span>
      </h3>
      <div class="flex gap-3">
        <img src={props.card.image} alt="" class="size-14 shrink-0 rounded-lg bg-mist object-contain" loading="lazy" />
        <div class="min-w-0 flex-1">
          <A href={`/products/${props.card.slug}`} class="font-semibold underline-offset-2 hover:underline">
            {props.card.productName}
          </A>
          <p class="text-ink-soft">{variantText(props.card.colourName, props.card.storageGb)}</p>
          <Show when={action() !== 'remove'}>
            <p>
              {action() === 'add'
                ? t('chat.cards.quantity', { count: props.card.quantity })
                : t('chat.proposal.newQuantity', { count: props.card.quantity })}
              {' · '}
              {t('chat.cards.each', { price: formatPrice(props.card.unitPriceCents) })}
            </p>
            <p class="font-medium">
              {t('chat.cards.total', { amount: formatPrice(props.card.unitPriceCents * props.card.quantity) })}
            </p>
          </Show>
        </div>
      </div>
      <Switch>
        <Match when={props.card.state === 'pending' && props.readOnly}>
          <p class="text-ink-soft">{t('chat.proposal.awaiting')}</p>
        </Match>
        <Match when={props.card.state === 'pending'}>
          <div class="flex flex-wrap gap-2">
            <Button
              busy={busy() === 'accept'}
              disabled={busy() !== null}
              onClick={() => void answer(true)}
              class="min-h-10 px-4"
            >
              {t(`chat.proposal.accept.${action()}`)}
            </Button>
            <Button
              variant="secondary"
              busy={busy() === 'decline'}
              disabled={busy() !== null}
              onClick={() => void answer(false)}
              class="min-h-10 px-4"
            >
              {t(`chat.proposal.decline.${action()}`)}
            </Button>
          </div>
        </Match>
        <Match when={props.card.state === 'accepted'}>
          <p class="font-medium text-accent-strong">✓ {t(`chat.proposal.accepted.${action()}`)}</p>
        </Match>
        <Match when={props.card.state === 'declined'}>
          <p class="text-ink-soft">{t('chat.proposal.declined')}</p>
        </Match>
        <Match when={props.card.state === 'failed'}>
          <p class="font-medium text-danger">{failure()}</p>
        </Match>
      </Switch>
      <Show when={props.card.state !== 'failed' && props.card.note}>
        <p class="text-ink-soft">{props.card.note}</p>
      </Show>
    </article>
  );
}

/**
 * The agent's suggested answers as buttons; a click sends the label as the shopper's message.
 * Only the last message's can be clicked; staff see what was offered as a line [VF12].
 */
function QuickReplies(props: { card: QuickRepliesCardData; messageId: number; readOnly?: boolean }) {
  const live = () =>
    !props.readOnly &&
    quickRepliesLive(chatMessages(), props.messageId, {
      current: chatIsCurrent(),
      streaming: Boolean(streaming()),
      sending: outgoingMessages().length > 0,
    });
  return (
    <Switch>
      <Match when={live()}>
        <div role="group" aria-label={t('chat.quickReplies.label')} class="flex flex-wrap gap-2">
          <For each={props.card.options}>
            {(option) => (
              <button type="button" onClick={(event) => sendReply(event, option)} class={REPLY_BUTTON}>
                {option}
              </button>
            )}
          </For>
        </div>
      </Match>
      <Match when={props.readOnly}>
        <p class="text-xs text-ink-soft">
          {t('chat.quickReplies.offered', { options: props.card.options.join(' · ') })}
        </p>
      </Match>
    </Switch>
  );
}

/** `readOnly`: shown to staff, who watch the shopper's answer but cannot give it. */
export function ChatCardView(props: { card: ChatCard; messageId: number; readOnly?: boolean }) {
  return (
    <Switch>
      <Match when={props.card.kind === 'product' && props.card}>
        {(c) => <ProductCard card={c()} readOnly={props.readOnly} />}
      </Match>
      <Match when={props.card.kind === 'order' && props.card}>{(c) => <OrderCard card={c()} />}</Match>
      <Match when={props.card.kind === 'cart' && props.card}>{(c) => <CartCard card={c()} />}</Match>
      <Match when={props.card.kind === 'cart-proposal' && props.card}>
        {(c) => <ProposalCard card={c()} messageId={props.messageId} readOnly={props.readOnly} />}
      </Match>
      <Match when={props.card.kind === 'rating' && props.card}>
        {(c) => <RatingCard card={c()} messageId={props.messageId} readOnly={props.readOnly} />}
      </Match>
      <Match when={props.card.kind === 'quick-replies' && props.card}>
        {(c) => <QuickReplies card={c()} messageId={props.messageId} readOnly={props.readOnly} />}
      </Match>
    </Switch>
  );
}
