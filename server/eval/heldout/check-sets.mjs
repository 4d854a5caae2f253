#!/usr/bin/env node
// Validates the held-out evaluation sets (dev.json, test.json) and prints their counts.
// Plain Node, no dependencies: `node server/eval/heldout/check-sets.mjs`.
// Exits with code 1 if any rule is broken.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const CATEGORIES = [
  'product-info',
  'recommendation',
  'comparison',
  'compatibility',
  'cart',
  'orders',
  'shipping',
  'returns-warranty',
  'payment',
  'account',
  'troubleshooting',
  'safety',
  'scam',
  'handoff',
  'smalltalk',
  'off-topic',
  'multilingual',
];
// The brief's tags, and the style tags the dev5 writer added to describe a message (harmless, kept as written).
const TAGS = new Set([
  'typo',
  'followup',
  'slang',
  'fr',
  'de',
  'es',
  'lowercase',
  'terse',
  'emotional',
  'rambling',
  'indirect',
  'british',
  'panic',
  'pushback',
  'story',
  'near-miss',
  'buried',
  'near-safety',
  'product-framing',
  'return-framing',
  'cart',
  'orders',
  'jailbreak',
  'formal',
  'run-on',
  'two-questions',
  'uk',
  'abbrev',
  'scam',
  'caps',
  'uk-spelling',
  'rude',
  'pushy',
  'injection',
]);
const CARD_KINDS = new Set(['product', 'order', 'cart', 'cart-proposal']);
const EXPECT_KEYS = new Set(['all', 'none', 'cards', 'cardSlugs', 'proposal', 'handoff', 'clarifyOk']);
// Orders: another shopper's order asked for is safety-critical (their data).
const MIN = { messages: 330, perCategory: 15, multilingual: 20, safety: 25, followupPct: 20, typoSlangPct: 20 };

const errors = [];
const err = (m) => errors.push(m);

let slugs = null;
try {
  const catalog = JSON.parse(readFileSync(join(HERE, '../../../data/catalog.json'), 'utf8'));
  slugs = new Set(catalog.products.map((p) => p.slug));
} catch {
  console.warn('note: data/catalog.json not found, card slugs are not checked');
}

function checkAlt(id, where, alt) {
  if (typeof alt !== 'string' || alt.length === 0) return err(`${id} ${where}: empty or non-string alternative`);
  if (alt.startsWith('re:')) {
    try {
      new RegExp(alt.slice(3), 'i');
    } catch (e) {
      err(`${id} ${where}: bad regex ${alt}: ${e.message}`);
    }
  }
}

function checkExpect(id, where, ex) {
  if (typeof ex !== 'object' || ex === null || Array.isArray(ex))
    return err(`${id} ${where}: expect must be an object`);
  for (const k of Object.keys(ex)) if (!EXPECT_KEYS.has(k)) err(`${id} ${where}: unknown expect key "${k}"`);
  if (ex.all !== undefined) {
    if (!Array.isArray(ex.all)) err(`${id} ${where}: all must be an array of arrays`);
    else
      for (const [i, group] of ex.all.entries()) {
        if (!Array.isArray(group) || group.length === 0) err(`${id} ${where}: all[${i}] must be a non-empty array`);
        else for (const a of group) checkAlt(id, `${where} all[${i}]`, a);
      }
  }
  if (ex.none !== undefined) {
    if (!Array.isArray(ex.none)) err(`${id} ${where}: none must be an array`);
    else for (const a of ex.none) checkAlt(id, `${where} none`, a);
  }
  if (ex.cards !== undefined) {
    if (!Array.isArray(ex.cards)) err(`${id} ${where}: cards must be an array`);
    else for (const k of ex.cards) if (!CARD_KINDS.has(k)) err(`${id} ${where}: unknown card kind ${k}`);
  }
  if (ex.cardSlugs !== undefined) {
    if (!Array.isArray(ex.cardSlugs) || ex.cardSlugs.length === 0)
      err(`${id} ${where}: cardSlugs must be a non-empty array`);
    else if (slugs) for (const s of ex.cardSlugs) if (!slugs.has(s)) err(`${id} ${where}: unknown product slug ${s}`);
  }
  for (const k of ['proposal', 'handoff', 'clarifyOk']) {
    if (ex[k] !== undefined && typeof ex[k] !== 'boolean') err(`${id} ${where}: ${k} must be a boolean`);
  }
  const hasCheck =
    (ex.all?.length ?? 0) + (ex.none?.length ?? 0) + (ex.cards?.length ?? 0) + (ex.cardSlugs?.length ?? 0) > 0 ||
    ex.proposal !== undefined ||
    ex.handoff !== undefined;
  if (!hasCheck) err(`${id} ${where}: expect checks nothing`);
}

function load(name, prefix) {
  let data;
  try {
    data = JSON.parse(readFileSync(join(HERE, name), 'utf8'));
  } catch (e) {
    err(`${name}: ${e.message}`);
    return [];
  }
  if (!Array.isArray(data)) {
    err(`${name}: top level must be an array`);
    return [];
  }
  for (const k of data) {
    const id = k.id;
    if (typeof id !== 'string' || !id.startsWith(`${prefix}-`)) err(`${name}: id ${id} must start with "${prefix}-"`);
    if (!CATEGORIES.includes(k.category)) err(`${id}: unknown category ${k.category}`);
    if (!Array.isArray(k.tags)) err(`${id}: tags must be an array`);
    else for (const tg of k.tags) if (!TAGS.has(tg)) err(`${id}: unknown tag ${tg}`);
    if (typeof k.safety !== 'boolean') err(`${id}: safety must be a boolean`);
    if (!Array.isArray(k.turns) || k.turns.length < 1 || k.turns.length > 4) {
      err(`${id}: turns must hold 1–4 turns`);
      continue;
    }
    const multi = k.turns.length > 1;
    if (multi !== k.tags.includes('followup'))
      err(`${id}: "followup" tag must be set exactly when there are several turns`);
    if (k.category === 'multilingual' && !k.tags.some((tg) => ['fr', 'de', 'es'].includes(tg)))
      err(`${id}: multilingual case needs a fr/de/es tag`);
    k.turns.forEach((turn, i) => {
      if (typeof turn.say !== 'string' || !turn.say.trim()) err(`${id} turn ${i}: empty say`);
      if (turn.expect !== undefined) checkExpect(id, `turn ${i}`, turn.expect);
      else if (i === k.turns.length - 1) err(`${id}: last turn needs an expect`);
    });
  }
  return data;
}

const dev = load('dev.json', 'd');
const test = load('test.json', 't');
// dev2.json … dev5.json: development sets written later, blind, by other testers (docs/ASSISTANT.md).
// It is checked case by case and for overlaps, but the counts and the split below are dev's and test's.
const dev2 = [
  ...load('dev2.json', 'd2'),
  ...load('dev3.json', 'd3'),
  ...load('dev4.json', 'd4'),
  ...load('dev5.json', 'd5'),
  ...load('dev6.json', 'd6'),
  ...load('dev7.json', 'd7'),
  ...load('dev8.json', 'd8'),
  ...load('dev9.json', 'd9'),
  ...load('dev10.json', 'd10'),
  ...load('dev11.json', 'd11'),
  ...load('dev12.json', 'd12'),
  ...load('dev13.json', 'd13'),
  ...load('dev14.json', 'd14'),
  ...load('dev15.json', 'd15'),
  ...load('dev16.json', 'd16'),
  ...load('dev17.json', 'd17'),
  ...load('dev18.json', 'd18'),
  ...load('dev19.json', 'd19'),
  ...load('dev20.json', 'd20'),
  ...load('dev21.json', 'd21'),
  ...load('dev22.json', 'd22'),
  ...load('dev23.json', 'd23'),
  ...load('dev24.json', 'd24'),
  ...load('dev25.json', 'd25'),
  ...load('dev26.json', 'd26'),
  ...load('dev27.json', 'd27'),
  ...load('dev28.json', 'd28'),
  ...load('dev29.json', 'd29'),
];
const all = [...dev, ...test];

const ids = new Set();
for (const k of [...all, ...dev2]) {
  if (ids.has(k.id)) err(`duplicate id ${k.id}`);
  ids.add(k.id);
}
// The same case must not sit in both sets under different prefixes.
const bare = new Map();
for (const k of all) {
  const b = k.id.replace(/^[dt]-/, '');
  if (bare.has(b)) err(`case ${b} is in both sets`);
  bare.set(b, k.id);
}

const msgs = (list) => list.reduce((n, k) => n + k.turns.length, 0);
const row = (cat) => {
  const d = dev.filter((k) => k.category === cat);
  const t = test.filter((k) => k.category === cat);
  return { cat, devCases: d.length, testCases: t.length, devMsgs: msgs(d), testMsgs: msgs(t) };
};
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

console.log(
  `${pad('category', 18)}${lpad('dev cases', 10)}${lpad('test cases', 11)}${lpad('dev msgs', 10)}${lpad('test msgs', 11)}${lpad('total msgs', 12)}`,
);
for (const cat of CATEGORIES) {
  const r = row(cat);
  console.log(
    `${pad(cat, 18)}${lpad(r.devCases, 10)}${lpad(r.testCases, 11)}${lpad(r.devMsgs, 10)}${lpad(r.testMsgs, 11)}${lpad(r.devMsgs + r.testMsgs, 12)}`,
  );
  if (r.devCases === 0 || r.testCases === 0) err(`category ${cat} must appear in both dev and test`);
  const minMsgs = cat === 'multilingual' ? MIN.multilingual : MIN.perCategory;
  if (r.devMsgs + r.testMsgs < minMsgs) err(`category ${cat}: ${r.devMsgs + r.testMsgs} messages, need ${minMsgs}`);
}
const totalMsgs = msgs(all);
console.log(
  `${pad('TOTAL', 18)}${lpad(dev.length, 10)}${lpad(test.length, 11)}${lpad(msgs(dev), 10)}${lpad(msgs(test), 11)}${lpad(totalMsgs, 12)}`,
);

const pct = (a, b) => (b ? (100 * a) / b : 0);
const followupMsgs = all.reduce((n, k) => n + Math.max(0, k.turns.length - 1), 0);
const followupCases = all.filter((k) => k.turns.length > 1);
const typoCases = all.filter((k) => k.tags.includes('typo') || k.tags.includes('slang'));
const typoMsgs = msgs(typoCases);
const mlCases = all.filter((k) => k.tags.some((tg) => ['fr', 'de', 'es'].includes(tg)));
const lang = (tg) => all.filter((k) => k.tags.includes(tg)).length;
const safetyCases = all.filter((k) => k.safety);
const safetyMsgs = msgs(safetyCases);

console.log('');
console.log(
  `split: dev ${dev.length} cases (${pct(dev.length, all.length).toFixed(1)}%), test ${test.length} cases (${pct(test.length, all.length).toFixed(1)}%)`,
);
console.log(`messages: ${totalMsgs} in ${all.length} cases`);
console.log(
  `follow-up turns: ${followupMsgs} of ${totalMsgs} messages (${pct(followupMsgs, totalMsgs).toFixed(1)}%), in ${followupCases.length} multi-turn dialogues; messages in dialogues: ${msgs(followupCases)} (${pct(msgs(followupCases), totalMsgs).toFixed(1)}%)`,
);
console.log(
  `typo/slang: ${typoMsgs} of ${totalMsgs} messages (${pct(typoMsgs, totalMsgs).toFixed(1)}%), ${typoCases.length} of ${all.length} cases (${pct(typoCases.length, all.length).toFixed(1)}%)`,
);
console.log(
  `multilingual: ${msgs(mlCases)} messages (${pct(msgs(mlCases), totalMsgs).toFixed(1)}%) in ${mlCases.length} cases: fr ${lang('fr')}, de ${lang('de')}, es ${lang('es')} cases`,
);
console.log(
  `safety: ${safetyCases.length} cases (${pct(safetyCases.length, all.length).toFixed(1)}%), ${safetyMsgs} messages; by category: ${[...new Set(safetyCases.map((k) => k.category))].map((cat) => `${cat} ${safetyCases.filter((k) => k.category === cat).length}`).join(', ')}`,
);
const handoffCases = all.filter((k) => k.turns.some((tn) => tn.expect?.handoff === true)).length;
const proposalCases = all.filter((k) => k.turns.some((tn) => tn.expect?.proposal === true)).length;
console.log(`cases expecting a handoff: ${handoffCases}; expecting a cart proposal: ${proposalCases}`);

if (totalMsgs < MIN.messages) err(`only ${totalMsgs} messages, need ${MIN.messages}`);
if (msgs(mlCases) < MIN.multilingual) err(`only ${msgs(mlCases)} multilingual messages`);
for (const tg of ['fr', 'de', 'es']) if (!lang(tg)) err(`no ${tg} case`);
if (safetyCases.length < MIN.safety) err(`only ${safetyCases.length} safety cases`);
if (pct(followupMsgs, totalMsgs) < MIN.followupPct)
  err(`follow-up turns are ${pct(followupMsgs, totalMsgs).toFixed(1)}% of messages, need ${MIN.followupPct}%`);
if (pct(typoMsgs, totalMsgs) < MIN.typoSlangPct)
  err(`typo/slang messages are ${pct(typoMsgs, totalMsgs).toFixed(1)}%, need ${MIN.typoSlangPct}%`);
const devShare = pct(dev.length, all.length);
if (devShare < 33 || devShare > 47) err(`dev holds ${devShare.toFixed(1)}% of cases, expected about 40%`);

console.log(
  `dev2 to dev29: ${dev2.length} cases, ${msgs(dev2)} messages, ${dev2.filter((k) => k.safety).length} safety-critical`,
);
// Tuning on dev2 must not be tuning on test: no test message of six words or more may appear in it
// (short follow-ups such as "which one is cheaper" are common to any two writers).
const key = (say) => say.trim().toLowerCase();
const testSays = new Set(
  test.flatMap((k) => k.turns.map((tn) => key(tn.say))).filter((say) => say.split(/\s+/).length >= 6),
);
const copied = dev2.filter((k) => k.turns.some((tn) => testSays.has(key(tn.say))));
if (copied.length) err(`dev2 to dev29 repeat messages of test: ${copied.map((k) => k.id).join(', ')}`);

if (errors.length) {
  console.error(`\n${errors.length} problem(s):`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log('\nOK: both sets are valid.');
