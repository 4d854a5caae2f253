// Checks the intent training corpus: node server/assistant/nlu/corpus/check-corpus.mjs
// - every file is valid JSON mapping intent -> array of non-empty strings
// - every intent is present in all four files (en, fr, de, es)
// - at least 45 English and 30 French/German/Spanish utterances per intent
// - no utterance appears twice (within an intent, across intents or across files)
//   after lowercasing, removing punctuation and collapsing spaces
// Prints the counts; exits with code 1 on any problem.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

const INTENTS = [
  'greeting',
  'thanks',
  'goodbye',
  'off_topic',
  'product_info',
  'product_recommend',
  'product_compare',
  'accessory_find',
  'accessory_compat',
  'cart_view',
  'cart_add',
  'cart_remove',
  'order_status',
  'order_list',
  'order_cancel',
  'order_change_address',
  'shipping_info',
  'returns',
  'warranty',
  'payment',
  'account_password',
  'account_manage',
  'tech_battery',
  'tech_charging',
  'tech_connectivity',
  'tech_camera',
  'tech_screen',
  'tech_software',
  'safety_hazard',
  'scam_report',
  'human_handoff',
  'contact_info',
];
const MIN = { en: 45, fr: 30, de: 30, es: 30 };

const errors = [];
const normalise = (text) =>
  text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const corpora = {};
for (const lang of Object.keys(MIN)) {
  const file = join(here, `${lang}.json`);
  try {
    corpora[lang] = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    errors.push(`${lang}.json: ${err.message}`);
    continue;
  }
  const data = corpora[lang];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    errors.push(`${lang}.json: top level must be an object`);
    delete corpora[lang];
    continue;
  }
  for (const intent of Object.keys(data)) {
    if (!INTENTS.includes(intent)) errors.push(`${lang}.json: unknown intent "${intent}"`);
  }
  for (const intent of INTENTS) {
    const list = data[intent];
    if (!Array.isArray(list)) {
      errors.push(`${lang}.json: intent "${intent}" missing`);
      continue;
    }
    for (const u of list) {
      if (typeof u !== 'string' || normalise(u) === '')
        errors.push(`${lang}.json/${intent}: empty or non-string utterance ${JSON.stringify(u)}`);
    }
    if (list.length < MIN[lang]) errors.push(`${lang}.json/${intent}: ${list.length} utterances, need ${MIN[lang]}`);
  }
}

// Duplicates: within an intent, across intents, across languages.
const seen = new Map();
for (const [lang, data] of Object.entries(corpora)) {
  for (const [intent, list] of Object.entries(data)) {
    if (!Array.isArray(list)) continue;
    for (const u of list) {
      if (typeof u !== 'string') continue;
      const key = normalise(u);
      const where = `${lang}/${intent}`;
      if (seen.has(key)) errors.push(`duplicate "${u}" in ${where} (already in ${seen.get(key)})`);
      else seen.set(key, where);
    }
  }
}

const langs = Object.keys(MIN);
console.log(['intent'.padEnd(22), ...langs.map((l) => l.padStart(4))].join(' '));
const totals = Object.fromEntries(langs.map((l) => [l, 0]));
for (const intent of INTENTS) {
  const row = langs.map((l) => {
    const n = Array.isArray(corpora[l]?.[intent]) ? corpora[l][intent].length : 0;
    totals[l] += n;
    return String(n).padStart(4);
  });
  console.log([intent.padEnd(22), ...row].join(' '));
}
console.log(['total'.padEnd(22), ...langs.map((l) => String(totals[l]).padStart(4))].join(' '));
console.log(`${INTENTS.length} intents, ${seen.size} distinct utterances`);

if (errors.length) {
  console.error(`\n${errors.length} problem(s):`);
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}
console.log('corpus OK');
