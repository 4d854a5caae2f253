import { readFileSync } from 'node:fs';
import { answerLines } from '../server/assistant/translation/units.js';
const en = answerLines(readFileSync('data/support-guide.md', 'utf8'));
for (const l of ['fr', 'de', 'es']) {
  const o = answerLines(readFileSync(`data/support-guide.${l}.md`, 'utf8'));
  en.forEach((x, i) => { if (!x.sentences.length || x.sentences[0]!.startsWith('Questions:')) return; if (x.sentences.length !== o[i]!.sentences.length) { console.log(`\n${l} line ${i + 1}: ${x.sentences.length} vs ${o[i]!.sentences.length}`); x.sentences.forEach((s) => console.log('  EN| ' + s)); o[i]!.sentences.forEach((s) => console.log('  ' + l.toUpperCase() + '| ' + s)); } });
}
