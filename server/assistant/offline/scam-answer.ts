import { plain } from '../../nlu/entities.js';
import { paragraphs } from './format.js';
import { namesOtherShop, OTHER_SHOP, SHARED_WITH_SCAMMER, THIRD_PARTY } from '../understanding/signs.js';
import { OFFERS_SECRET } from '../understanding/before-classifier.js';
import { anyOf, group } from '../../nlu/alternatives.js';

/**
 * [SAFE2] Someone asking for a code, a password, a payment or an address change in VisionX's name:
 * never VisionX. The warning first, then what fits the shopper's situation (from the guide, the
 * payment and shipping policies), then what to do if something was already shared.
 */
const WARNING =
  "**That wasn't VisionX. We never ask for your card's security code (CVC), your password or a one-time code**, by phone, email or text, and we never ask you to change a delivery address or pay a fee outside our checkout.";

/** What the shopper describes, and the fact that answers it. */
const SITUATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          String.raw`call\w*`,
          'rang',
          'rung',
          String.raw`ring\w*`,
          'phoned',
          'phoning',
          'phone call',
          'by phone',
          'on the phone',
          'voicemail',
          'hung up',
          'on the line',
        ],
        String.raw`)\b`,
      ),
      String.raw`\b(anruf\w*|angerufen|appel\w*|llam\w*)\b`,
    ),
    "VisionX has no phone line and never calls you, so a call in VisionX's name is never us. Don't ring back a number they gave you.",
  ],
  [
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'gift ?cards?',
          'tarjetas? (de )?regalo',
          'cartes? cadeaux?',
          'geschenkkarten?',
          String.raw`gutschein\w*`,
          'vouchers?',
          'bitcoin',
          String.raw`crypto\w*`,
          'usdt',
          'tether',
          'wallet',
          'zelle',
          'wire',
          'bank transfer',
          'western union',
          'send (the |it )?(money |difference )?back',
          'pay (it |the difference )?back',
          'overpaid',
          'refunded (me )?too much',
        ],
        String.raw`)\b`,
      ),
    ),
    'VisionX takes payment only by card at checkout: it does not accept gift cards, cryptocurrency or bank transfers. A refund only ever goes back to the card you paid with, and we never ask for any of it back.',
  ],
  [
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'anydesk',
          'teamviewer',
          'remote (access|control|desktop)',
          String.raw`screen ?shar\w*`,
          'control (my|your) (phone|computer|pc|laptop|screen)',
          'install (an |this |their )?app',
          String.raw`download\w*`,
        ],
        String.raw`)\b`,
      ),
    ),
    "VisionX never asks you to install an app or to let anyone control your phone or computer: don't install it. If you already did, remove the app, disconnect from the internet and change your passwords from another device.",
  ],
  [
    /\b(customs|duty|duties|import (fee|tax|charge)s?|zoll|douane|aduana|card machine|at (the|my) door)\b/,
    'Prices for Canada, the UK, Germany and France already include import duties and VAT or GST: there is nothing more to pay at the door or by link.',
  ],
  [
    /\b(trade ?ins?|buy ?back|inspection fee)\b/,
    'A real VisionX trade-in starts from the Contact page: the quote comes from VisionX by email, shipping is free with a prepaid label, and there is never a fee to pay.',
  ],
  [
    /\brefund\w*\b/,
    'A VisionX refund only ever goes back to the original card you paid with: VisionX never asks for another card number to send it.',
  ],
  [
    /\b(return (postage|shipping|label)|postage|deposit|warranty (claim|repair|return))\b/,
    'Warranty repairs are free, and returns and warranty repairs never cost you postage: VisionX emails you a prepaid label. VisionX never asks for a deposit, and never for payment by gift card or outside our checkout.',
  ],
  [
    anyOf(
      '',
      String.raw`\b(codes?)\b.{0,30}\b(text|texts|texted|sms)\b`,
      String.raw`\b(text|texted|sms)\b.{0,30}\bcodes?\b`,
      String.raw`\b(lose|lost|lse) (the|my|your) (authenticator|auth app|app)\b`,
    ),
    'VisionX never sends sign-in codes by text: your two-step codes come only from the authenticator app on your phone, and nobody at VisionX can see or send them. Lost the app? Choose "Use a recovery code" on the code step and type one of the recovery codes you saved.',
  ],
  [
    /\bvx ?[2-9a-hj-np-z]{8}\b/,
    "I can only look up orders on your own account: if that number isn't one of yours, I can't tell you anything about it, and neither can anyone who calls in our name.",
  ],
  [
    /\b(escrow|secure payment service|payment protection|holding (the )?(money|payment))\b/,
    'VisionX has no escrow or payment service for sales between people, and never confirms a payment by email: an email saying a buyer paid through VisionX is fake. Wait until the money is really in your own account, and never send "the difference" back.',
  ],
  [
    /\b(facebook|instagram|insta|whatsapp|twitter|tiktok|telegram|social media|dm|dms|direct message)\b/,
    "VisionX doesn't give support on social media or WhatsApp; a page or account there that asks for your details is not us.",
  ],
  [
    OTHER_SHOP,
    "The only VisionX shop is this website. Another site selling VisionX phones far below our prices, or asking for a bank transfer, is not us: VisionX takes card payments only, at this website's checkout.",
  ],
  [
    /\b(knew|knows|know|had|has) (my|your)\b.{0,30}\b(name|order|address|number|details|email)\b/,
    'Knowing your name or an order number does not make them VisionX: scammers get those from fake delivery texts and leaked mail.',
  ],
];

const PASSWORD_SHARED = /\bpassword|mot de passe|passwort|contrasena\b/;

const STEPS_AFTER =
  "If you already shared something: call your bank straight away on the number on your card to block it, and change your password on the [Account page](/account) with **Change password** (that signs out every other device). Then turn on **two-step sign-in** there, so a password alone can't get anyone in.";
const STEPS_AFTER_PASSWORD =
  'Change your password now on the [Account page](/account) with **Change password**: that signs out every other device, including theirs. Then turn on **two-step sign-in** there, so a password alone is never enough again, and check your orders and addresses for anything you did not do.';
const REAL_SUPPORT = 'The real VisionX support is this chat, the [Contact page](/contact) and hello@visionx.example.';
const OFFER = 'Would you like me to bring in a person to check your account or orders?';
export const SCAM_PERSON_ASKED =
  "**I've asked a person from the VisionX team to join this chat** to secure your account; they'll reply here or by email within one business day.";

/** Asked by the shopper, not told about someone else: a plain no. */
const NEVER_NEEDED =
  "**No: VisionX never asks for your card's security code (CVC), your full card number, your password or a one-time code, and never needs them**, not in this chat, not by phone, email or text. Please don't type them here. I can look up your orders and your cart without any of them, because you're signed in.";

/** "I got an order confirmation email, is it really from you?": the kind of email VisionX does send, and it asks for nothing. */
const ORDER_EMAIL = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'order confirmation',
      'confirmation (email|e mail|mail)',
      'receipt',
      'shipping (email|notification|confirmation)',
      'tracking (email|link)',
      'dispatch (email|notice)',
      'shipped email',
    ],
    String.raw`)\b`,
  ),
);
/** What a real order email never does, and what makes one suspect: it asks, it threatens, or it is for an order not placed. */
const ASKS_SOMETHING = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'cvv',
      'cvc',
      'security code',
      'card (number|details)',
      'password',
      'code',
      String.raw`pay\w*`,
      'fee',
      'link',
      String.raw`click\w*`,
      'gift ?cards?',
      'bank',
      'log ?in',
      'sign ?in',
      'verify',
      'confirm (your|my)',
      'update (your|my)',
      'attachment',
      String.raw`download\w*`,
      String.raw`call\w*`,
      'phone',
      'reply',
      'respond',
      String.raw`rebook\w*`,
      'dispute',
      String.raw`cancel\w*`,
      'locked',
      String.raw`suspend\w*`,
      String.raw`refund\w*`,
      'charged',
      String.raw`\d{3,}`,
      'never (ordered|bought|placed)',
      '(didnt|did not|dont|do not) (order|buy|place|recogni[sz]e)',
      'not mine',
      'wasnt me',
    ],
    String.raw`)\b`,
  ),
);
/** The shopper asks whether it is really from VisionX. */
const ASKS_IF_REAL =
  /\b(really|actually|legit\w*|genuine|real|from (you|u|visionx)|(is|was) (it|this|that) (you|u|visionx))\b/;
const REAL_KIND_OF_EMAIL =
  "VisionX does email you about your orders: an order confirmation when you order, and a tracking email when it ships. A real one names an order you'll find in your orders here (ask me and I'll list them), and never asks for your card's security code, your password, a one-time code or a payment. If this one asks for any of those, or links anywhere but this shop, it isn't us: don't click anything in it.";

export function scamAnswer(text: string, previous = '', personAsked = false): string {
  const p = plain(text);
  const both = plain(`${previous} ${text}`);
  if (!personAsked && ORDER_EMAIL.test(p) && ASKS_IF_REAL.test(p) && !ASKS_SOMETHING.test(both))
    return paragraphs(REAL_KIND_OF_EMAIL, REAL_SUPPORT);
  // "Do you need my CVV to find my order?": the shopper's own question gets a plain no; the rest of the warning stays.
  const asksUs =
    OFFERS_SECRET.test(p) &&
    !SHARED_WITH_SCAMMER.test(p) &&
    !THIRD_PARTY.test(both) &&
    !/\b(call|phone call|on the phone|email|text|sms|guy|man|woman)\b/.test(both);
  // A follow-up ("he's still at the door") keeps the facts that answer the situation it continues.
  // A lookalike web address is read on the raw text ("visionx-deals.shop"), where its dots still show.
  const situation = SITUATIONS.filter(
    ([re]) => re.test(both) || (re === OTHER_SHOP && namesOtherShop(`${previous} ${text}`)),
  )
    .map(([, line]) => line)
    .slice(0, 3);
  const shared = SHARED_WITH_SCAMMER.test(p);
  const after = shared && PASSWORD_SHARED.test(both) ? STEPS_AFTER_PASSWORD : STEPS_AFTER;
  return paragraphs(
    asksUs ? NEVER_NEEDED : WARNING,
    ...situation,
    shared ? undefined : "Don't reply, don't click their links and don't share anything; if it's a call, hang up.",
    after,
    REAL_SUPPORT,
    personAsked ? SCAM_PERSON_ASKED : OFFER,
  );
}
