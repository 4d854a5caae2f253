import type { Intent } from '../nlu/intents.js';
import type { Knowledge, Passage, RankedPassage } from '../knowledge/passages.js';

/**
 * Where in the support guide each kind of question is answered: retrieval ranks only these
 * passages, so "my battery is swelling" can never be answered with battery-drain steps, nor a
 * forgotten shop password with the phone's factory reset.
 */
const PASSAGES: Partial<Record<Intent, RegExp>> = {
  shipping_info: /^(where-visionx-ships|shipping-times|when-a-visionx-order-ships)/,
  order_status: /^(order-status|when-a-visionx-order-ships|damaged-or-missing)/,
  order_cancel: /^cancelling-a-visionx-order/,
  returns: /^(the-30-day-return|how-to-return|refunds-how|exchanges|damaged-or-missing)/,
  warranty: /^(what-the-visionx-warranty|opening-your-visionx-phone-does-not|how-to-make-a-warranty|the-modular-repair|service-center|opening-a-visionx-phone-screws|modular-upgrades|trading-in|recycling)/,
  payment: /^(payment-methods|currency-and-import-duties|when-your-card-is-charged|receipts-and-invoices|what-visionx-keeps-about-your-card|refunds-how)/,
  account_password: /^(visionx-account-sign-in|two-step-sign-in)/,
  account_manage: /^(what-visionx-stores|exporting-or-deleting|privacy-of-chats|visionx-account-sign-in)/,
  tech_battery: /^(battery-drains|phone-overheating)/,
  tech_charging: /^(visionx-phone-wont-charge|accessories-not-working|phone-wont-turn-on|phone-overheating)/,
  tech_connectivity: /^(wi-fi|bluetooth|5g-mobile-data|no-sound)/,
  tech_camera: /^camera-problems/,
  tech_screen: /^screen-problems/,
  tech_software: /^(software-update|factory-reset|moving-data|storage-full|no-sound|phone-wont-turn-on)/,
  safety_hazard: /^(swollen-hissing|phone-overheating|water-or-liquid|swallowed-battery)/,
  scam_report: /^scam-calls/,
  human_handoff: /^(reaching-a-person|when-to-escalate)/,
  contact_info: /^reaching-a-person/,
};

export const hasPassages = (intent: Intent) => PASSAGES[intent] !== undefined;

/**
 * The passage of `intent`'s part of the guide that best answers `query`; the part's first
 * passage when no word matches (a short "my wifi is bad" still gets the Wi-Fi steps).
 */
export function passageFor(knowledge: Knowledge, intent: Intent, query: string): RankedPassage | undefined {
  const allowed = PASSAGES[intent];
  if (!allowed) return undefined;
  const fits = (p: Passage) => allowed.test(p.id);
  const hit = knowledge.search(query, knowledge.passages.length).find(fits);
  if (hit) return hit;
  const first = knowledge.passages.find(fits);
  return first ? { ...first, score: 0 } : undefined;
}
