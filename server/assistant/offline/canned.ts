import type { Intent } from '../nlu/intents.js';

/** Fixed answers: a greeting, thanks, the way back from off-topic, a refusal, a clarifying question. */
export const GREETING =
  "Hi! I'm the VisionX assistant. I can help you choose a phone or accessory, check your cart and orders, explain shipping, returns and the warranty, or fix a problem with your phone. What can I do for you?";
export const THANKS = "You're welcome! Happy to help any time.";
/** Kind words about the shop, not a question: thanks back. */
export const PRAISED =
  "Thank you, that's lovely to hear! I'll pass it on to the team. If there's anything I can help with, just ask.";
/** A health worry: not ours to judge, and said so kindly. */
export const SEE_A_DOCTOR =
  "I'm sorry you're in pain. I can't give medical advice: please speak to a doctor or a pharmacist, and if it gets worse or you're worried, get medical help straight away. I'm here for anything about VisionX phones, orders and repairs.";
export const GOODBYE = 'Thanks for chatting with VisionX. Bye for now!';
export const OFF_TOPIC =
  "I can only help with VisionX phones, orders and repairs, but I'm happy to help with any of those: for example, comparing phones, checking an order or fixing a problem.";
/** "Do you sell tablets?": what VisionX does sell instead. */
export const NOT_OUR_KIND =
  "We don't sell those: VisionX makes phones and the accessories that go with them (cases, screen protectors, chargers, a wireless pad and a power bank, cables, earbuds, headphones and smartwatches). Would you like help choosing any of those?";
/** "Who makes these phones?": the company, from the About page. */
export const ABOUT_VISIONX =
  'VisionX makes phones for people who would rather keep them: repairable, modular phones. Every VisionX is a frame and a set of modules (display, battery, cameras, speaker and USB-C port) held by standard screws, so when a part wears out you replace that part, not the phone. VisionX began at a repair bench, keeps spare modules in stock for at least seven years after a model launches and publishes a repair guide for every part. More on the [About page](/about).';
export const REFUSAL =
  "I can't do that. I only ever see **your own** cart and orders, and I can't look up another person's order or account, or set my rules aside. " +
  "I'm happy to check your own orders: just give me your order number.";

export const DID_IT_HELP = 'Did that fix it? If not, I can bring in a person from the VisionX team.';
export const PLACE_ORDER_ANSWER =
  "I can't place an order for you: checkout is yours to do, and I never see or store your card. When you're ready, open your [cart](/cart) and choose **Checkout**.";
export const I_AM_THE_ASSISTANT =
  "I'm the VisionX assistant: an automated helper, not a person. I can answer most questions about phones, orders and repairs right away, and whenever you'd rather talk to a person from the VisionX team, just say so and I'll bring one in.";
export const CARD_IN_CHAT =
  "**Please don't type or share card details in the chat**: I can't take payments here, and VisionX never asks for a card number or security code in a chat, email or call. Pay only on the checkout page: open your [cart](/cart) and choose **Checkout**. If you've shared a card's details anywhere you didn't mean to, call your bank on the number on your card.";
/** "Did you just add something to my cart?": never; only the shopper's click does. */
export const ONLY_PROPOSALS =
  'I never change your cart myself: I can only propose a change on a card, and nothing happens until you confirm it with the button on that card. Anything in your cart was added by you, on this or another of your devices.';
export const CLAIM_TAKEN =
  "**I've asked a person from the VisionX team to join this chat** to sort out a replacement or refund; they can read our conversation and reply here or by email within one business day.";
export const PAYMENT_CHECKED =
  "Check [Your orders](/orders): if two orders were placed, cancel the one you don't want while it is still **Paid** and it is refunded in full to your card. **I've asked a person from the VisionX team to join this chat** to check your payment records; they reply here or by email within one business day.";
export const STEPS_DID_NOT_HELP =
  "Sorry the steps didn't fix it. **I've asked a person from the VisionX team to join this chat**: they can arrange a replacement module or a repair, and reply here or by email within one business day.";
export const TOO_LATE_TO_CANCEL =
  "It can't be cancelled any more, because it has left our warehouse, but you can send it back once it arrives.";
export const CONTACT_WAYS =
  'You can reach the VisionX team in this chat (just ask for a person), from the [Contact page](/contact) or at hello@visionx.example; a person replies within one business day.';
export const OFFER_PERSON =
  "If you'd rather talk to a person, just say so and I'll bring in someone from the VisionX team.";

/** How a clarifying question names what the shopper may mean. */
export const READINGS: Record<Intent, string> = {
  greeting: 'just saying hello',
  thanks: 'saying thanks',
  goodbye: 'finishing the chat',
  off_topic: 'something other than VisionX',
  product_info: 'details of a product',
  product_recommend: 'help choosing a product',
  product_compare: 'a comparison of products',
  accessory_find: 'accessories for your phone',
  accessory_compat: 'whether an accessory fits your phone',
  cart_view: "what's in your cart",
  cart_add: 'adding something to your cart',
  cart_remove: 'removing something from your cart',
  order_status: 'where an order is',
  order_list: 'your past orders',
  order_cancel: 'cancelling an order',
  order_change_address: "changing an order's delivery address",
  shipping_info: 'shipping costs and times',
  returns: 'a return or refund',
  warranty: 'the warranty or a repair',
  payment: 'paying or a charge on your card',
  account_password: 'signing in or your password',
  account_manage: 'your account or data',
  tech_battery: 'battery life',
  tech_charging: 'a charging problem',
  tech_connectivity: 'Wi-Fi, Bluetooth or mobile data',
  tech_camera: 'a camera problem',
  tech_screen: 'a screen problem',
  tech_software: 'updates, storage or a slow phone',
  safety_hazard: 'a safety problem with your phone',
  scam_report: 'a suspicious call or message',
  human_handoff: 'talking to a person',
  contact_info: 'how to reach the VisionX team',
};

/** [CLAR1] One question, naming the two likeliest readings, instead of answering a different question. */
export function clarifyingQuestion(alternatives: readonly Intent[]): string {
  const [a, b] = alternatives;
  if (a && b)
    return `I want to make sure I help with the right thing: is this about ${READINGS[a]}, or ${READINGS[b]}?`;
  return 'Could you tell me a little more? For example, is it about a product, an order, or a problem with your phone?';
}

/** Someone else used the account: what the shopper does now, and that a person checks the rest. */
export const TAKEN_OVER =
  "**Change your password now** on the [Account page](/account) with **Change password**: that signs out every other device, theirs included. Then turn on **two-step sign-in** there, so a password alone can't get anyone in again.";
export const ACCOUNT_CHECKED =
  "**I've asked a person from the VisionX team to join this chat** to check your account and any order you didn't place; they'll reply here or by email within one business day.";
export const ACCESS_RESTORED_BY_PERSON =
  "Without the app or a recovery code you can't get past the code step yourself, but you're not locked out for good: **I've asked a person from the VisionX team to join this chat** to check it's you and restore access. They'll reply here or by email (to your account email) within one business day.";

/** A password typed into the chat: never needed here, and now to be changed. */
/** "Would a factory reset help?" asked about the shop's sign-in: no, and why. */
export const RESET_WONT_HELP =
  "**No: resetting your phone won't help here, so please don't.** Your VisionX shop account lives on our side, not on your phone: a reset would only lose what is on the phone and change nothing about signing in.";
export const PASSWORD_IN_CHAT =
  "**Please don't type your password here**: VisionX will never ask for it, and nobody here can use it to sign you in. As it has been written down now, change it once you are in, on the [Account page](/account) with **Change password**.";
export const SIGN_OUT_EVERYWHERE =
  '**Change your password** on the [Account page](/account) with **Change password**: that signs you out on every other device, that one included, and keeps you signed in where you are.';
export const NEVER_SHARE_SIGN_IN =
  "**Don't share your password or your sign-in codes with anyone**, friends and family included: whoever has them can order with your account and see your addresses. VisionX never asks for them either.";
export const DELETION_LEAVES_PHONE =
  '**Deleting your VisionX shop account does nothing to your phone**: it removes your account on this website (your sign-in, cart and chats). Your photos, apps and everything else on the phone stay as they are.';
