import { coloursIn, plain, sizesIn } from '../../nlu/entities.js';
import { dollars, storageLabel } from './format.js';
import { featuresOf } from './phone-features.js';
import { productFacts, type ReplyContext } from './reply-context.js';

/** [CMP3] One product, two of its options ("the privacy tint one vs the clear one", "128 or 256"): the difference in price. */
export async function optionsCompared(ctx: ReplyContext): Promise<string | undefined> {
  const slug = ctx.slots.products[0] ?? ctx.memory.focus;
  if (!slug) return undefined;
  // "Clear" is what shoppers call the transparent option when they compare two.
  const colours = [...new Set([...coloursIn(ctx.turn.userText), ...(/\bclear\b/.test(plain(ctx.turn.userText)) ? ['Transparent'] : [])])];
  const sizes = sizesIn(ctx.turn.userText);
  if (colours.length < 2 && sizes.length < 2) return undefined;
  const f = await productFacts(ctx, slug);
  if (!f) return undefined;
  const byColour = colours.length >= 2;
  const options = (byColour ? colours : sizes.map(String)).map((o) => {
    const vs = f.variants.filter((v) => (byColour ? v.colour.toLowerCase() === o.toLowerCase() : v.storageGb === Number(o)));
    return vs.length ? { label: byColour ? o : storageLabel(Number(o)), cents: Math.min(...vs.map((v) => v.priceCents)) } : undefined;
  });
  const [a, b] = options;
  if (!a || !b) return undefined;
  const [cheap, dear] = a.cents <= b.cents ? [a, b] : [b, a];
  const difference = cheap.cents === dear.cents
    ? `The **${f.name}** is the same price in ${cheap.label} and ${dear.label}: ${dollars(cheap.cents)}, no extra for either.`
    : `The **${f.name}** in ${dear.label} costs ${dollars(dear.cents)}, ${dollars(dear.cents - cheap.cents)} more than in ${cheap.label} (${dollars(cheap.cents)}).`;
  // "…or should I just get a memory card?": what the phone has, said too.
  const features = featuresOf(ctx.slots.features).map((x) => (x.has(f) ? `It has ${x.label}.` : `It doesn't have ${x.label}.`));
  return [difference, ...features].join(' ');
}
