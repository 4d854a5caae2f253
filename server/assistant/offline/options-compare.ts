import { coloursIn, plain, sizesIn } from '../../nlu/entities.js';
import { dollars, storageLabel } from './format.js';
import { featuresOf } from './phone-features.js';
import { productFacts, type ProductFacts, type ReplyContext } from './reply-context.js';

/** [CMP3] One product, two of its options ("the privacy tint one vs the clear one", "128 or 256"): the difference in price. */
export async function optionsCompared(ctx: ReplyContext): Promise<string | undefined> {
  const slug = ctx.slots.products[0] ?? ctx.memory.focus;
  if (!slug) return undefined;
  // "Clear" is what shoppers call the transparent option when they compare two.
  const colours = [
    ...new Set([
      ...coloursIn(ctx.turn.userText),
      ...(/\bclear\b/.test(plain(ctx.turn.userText)) ? ['Transparent'] : []),
    ]),
  ];
  const sizes = sizesIn(ctx.turn.userText);
  if (colours.length < 2 && sizes.length < 2) return undefined;
  const f = await productFacts(ctx, slug);
  if (!f) return undefined;
  const byColour = colours.length >= 2;
  const options = (byColour ? colours : sizes.map(String)).map((o) => {
    // Colours compared "in 256 GB" are priced at that size.
    const vs = f.variants.filter((v) =>
      byColour
        ? v.colour.toLowerCase() === o.toLowerCase() && (!ctx.slots.storageGb || v.storageGb === ctx.slots.storageGb)
        : v.storageGb === Number(o),
    );
    return vs.length
      ? { label: byColour ? o : storageLabel(Number(o)), cents: Math.min(...vs.map((v) => v.priceCents)) }
      : undefined;
  });
  const [a, b] = options;
  if (!a || !b) return undefined;
  const [cheap, dear] = a.cents <= b.cents ? [a, b] : [b, a];
  const difference =
    cheap.cents === dear.cents
      ? `The **${f.name}** is the same price in ${cheap.label} and ${dear.label}: ${dollars(cheap.cents)}, no extra for either.`
      : `The **${f.name}** in ${dear.label} costs ${dollars(dear.cents)}, ${dollars(dear.cents - cheap.cents)} more than in ${cheap.label} (${dollars(cheap.cents)}).`;
  // "…or should I just get a memory card?": what the phone has, said too.
  const features = featuresOf(ctx.slots.features).map((x) =>
    x.has(f) ? `It has ${x.label}.` : `It doesn't have ${x.label}.`,
  );
  return [difference, ...features, stockOf(ctx, f, byColour, colours, sizes)].filter(Boolean).join(' ');
}

/**
 * "Coral or lilac, which is in stock in 256 GB?", "the 256 over the 128, and can I get it in
 * lilac?": whether each option is in stock with the other thing named (a size, or one colour).
 */
function stockOf(
  ctx: ReplyContext,
  f: ProductFacts,
  byColour: boolean,
  colours: string[],
  sizes: number[],
): string | undefined {
  const colour = !byColour && colours.length === 1 ? colours[0] : undefined;
  const size = byColour ? ctx.slots.storageGb : undefined;
  if (!colour && !(size && /\b(stock|available|get (it|one|them)|have (it|one|them))\b/.test(plain(ctx.turn.userText))))
    return undefined;
  const picks = byColour
    ? colours.map((c) => ({
        label: c,
        vs: f.variants.filter((v) => v.colour.toLowerCase() === c.toLowerCase() && (!size || v.storageGb === size)),
      }))
    : sizes.map((g) => ({
        label: storageLabel(g),
        vs: f.variants.filter((v) => v.storageGb === g && v.colour.toLowerCase() === colour!.toLowerCase()),
      }));
  const said = picks.map(
    (o) => `${o.label}: ${!o.vs.length ? 'not made' : o.vs.some((v) => v.stock > 0) ? 'in stock' : '**out of stock**'}`,
  );
  return `In ${colour ?? storageLabel(size!)}, ${said.join('; ')}.`;
}
