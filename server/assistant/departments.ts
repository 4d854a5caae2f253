import type { Department } from '../../shared/chat.js';

/**
 * What each department leans on, added to the persona for a model. A department is only a
 * routing label (for staff, and for which help comes first): no prompt narrows what the one
 * assistant answers, so none may refuse a question or send the shopper elsewhere.
 */
export const DEPARTMENT_PROMPTS: Record<Department, string> = {
  sales:
    'This conversation is labelled Sales, a routing label for staff only: answer whatever the shopper asks. For buying ' +
    "questions, compare models honestly with the catalog's real prices and specifications, recommend within their budget " +
    'and needs, find accessories for their phone from the compatibility data, and propose cart changes for the shopper to ' +
    'confirm. Never invent a price, a colour or a stock level: look it up.',
  tech:
    'This conversation is labelled Tech support, a routing label for staff only: answer whatever the shopper asks. For a ' +
    'problem with a VisionX phone or accessory, give short numbered steps from the support guide, one action per step, ' +
    'naming the exact menu or button; ask what happened after the steps; offer a person or a repair when the steps do ' +
    'not help.',
  service:
    'This conversation is labelled Customer service, a routing label for staff only: answer whatever the shopper asks. ' +
    "For orders, delivery, cancellations, returns, refunds, warranty, payment and privacy, look up the shopper's real " +
    "order status before you describe it, quote the policies' exact numbers, and hand over to a person when a refund, " +
    'replacement or claim needs a decision.',
};

export const DEPARTMENT_NAMES: Record<Department, string> = {
  sales: 'Sales',
  tech: 'Tech support',
  service: 'Customer service',
};

/**
 * Words that point at a department. The router counts them over the first messages of a
 * conversation; a tie or no signal keeps sales (most first questions are about buying).
 */
const SIGNALS: Record<Department, RegExp[]> = {
  sales: [
    /\b(buy|price|prices|cost|costs|cheap|cheaper|cheapest|budget|under \$?\d+|recommend|compare|comparison|versus|vs\.?|difference|which (phone|one|case|charger)|best|deal|discount|in stock|colou?rs?|storage|gb|tb|specs?|camera spec)\b/i,
    /\b(add|put)\b.{0,30}\b(cart|basket)\b/i,
    /\b(case|cases|charger|cable|buds|headphones|watch|screen protector|accessor(y|ies))\b/i,
  ],
  tech: [
    /\b(won'?t|doesn'?t|does not|will not|can'?t|cannot|isn'?t|not) (turn on|charge|charging|connect|connecting|work|working|pair|pairing|update|updating|start|boot|focus|load)\b/i,
    /\b(broken|crash(es|ing)?|freez(e|es|ing)|frozen|slow|lag|overheat(s|ing)?|hot|drain(s|ing)?|battery life|glitch|bug|error|reset|restart|reboot|flicker(s|ing)?|dead pixel|touch ?screen|wi-?fi|bluetooth|esim|5g|signal|no service|water|wet|liquid|storage full|transfer|move (my )?data|update|software|troubleshoot|fix)\b/i,
  ],
  service: [
    /\b(order|orders|vx-[a-z0-9]{8}|delivery|deliver(ed)?|shipping|shipped|ship|track(ing)?|parcel|package|arriv(e|ed|al)|late|cancel(led|lation)?|return(s|ed|ing)?|refund(s|ed)?|exchange|warranty|claim|invoice|receipt|payment|paid|charged|card|privacy|data|delete my account|export)\b/i,
  ],
};

export function routeDepartment(messages: readonly string[]): Department {
  const score: Record<Department, number> = { sales: 0, tech: 0, service: 0 };
  // Phones and keyboards type ’ for an apostrophe ("won’t").
  for (const text of messages.map((m) => m.replace(/[\u2018\u2019\u02bc]/g, "'"))) {
    for (const dept of Object.keys(SIGNALS) as Department[]) {
      for (const re of SIGNALS[dept]) if (re.test(text)) score[dept] += dept === 'sales' ? 1 : 1.2;
    }
  }
  const best = (Object.keys(score) as Department[]).reduce((a, b) => (score[b] > score[a] ? b : a), 'sales');
  return score[best] > 0 ? best : 'sales';
}
