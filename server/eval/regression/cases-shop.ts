import type { EvalCase } from './case-types.js';

/** Products, comparisons, recommendations, the cart and orders: every figure is catalog.json's or the test's real order. */
export const SHOP_CASES: EvalCase[] = [
  { id: 'greeting', intent: 'greeting', turns: [{ say: 'Hi there!', must: ['VisionX', 'help'], noTools: true }] },
  { id: 'thanks', intent: 'thanks', turns: [{ say: 'Thanks, that helps!', must: ['welcome'], noTools: true }] },
  {
    id: 'off-topic-weather',
    intent: 'off-topic',
    turns: [{ say: "What's the weather like in Paris tomorrow?", must: ['only help with VisionX'], noTools: true }],
  },
  {
    id: 'off-topic-poem',
    intent: 'off-topic',
    turns: [{ say: 'Can you write me a poem about the sea?', must: ['only help with VisionX'], noTools: true }],
  },
  {
    id: 'off-topic-football',
    intent: 'off-topic',
    turns: [{ say: 'Who won the football match last night?', must: ['only help with VisionX'], noTools: true }],
  },

  {
    id: 'price-vision-x',
    intent: 'product',
    turns: [
      {
        say: 'How much is the Vision X?',
        must: ['$599.00', '$669.00'],
        cards: ['product'],
        cardSlug: 'vision-x',
        tools: ['product_details'],
      },
    ],
  },
  {
    id: 'colours-vision-go',
    intent: 'product',
    turns: [
      {
        say: 'What colours does the Vision Go come in?',
        must: ['Black', 'Coral', 'White', 'Lilac'],
        cards: ['product'],
      },
    ],
  },
  {
    id: 'water-halo',
    intent: 'product',
    turns: [{ say: 'Is the Halo Vision Pro Ultra waterproof?', must: ['IP68', '1.5 m'] }],
  },
  {
    id: 'battery-terra',
    intent: 'product',
    turns: [{ say: 'How big is the battery on the Vision X Terra?', must: ['6000 mAh'] }],
  },
  {
    id: 'wireless-go',
    intent: 'product',
    turns: [{ say: 'Does the Vision Go have wireless charging?', must: ['Not supported'] }],
  },
  {
    id: 'price-pmu-1tb',
    intent: 'product',
    turns: [{ say: 'How much is the Vision X Pro Max Ultra with 1 TB?', must: ['$1,350.00'] }],
  },
  {
    id: 'stock-go-lilac',
    intent: 'product',
    turns: [{ say: 'Is the Vision Go in lilac with 256 GB in stock?', must: ['out of stock'] }],
  },
  {
    id: 'buds-overview',
    intent: 'product',
    turns: [
      { say: 'Tell me about the Vision Buds Pro', must: ['$179.99', '/products/vision-buds-pro'], cards: ['product'] },
    ],
  },
  { id: 'charger-price', intent: 'product', turns: [{ say: 'How much is the 65 W GaN charger?', must: ['$49.99'] }] },
  {
    id: 'no-such-colour',
    intent: 'product',
    turns: [{ say: 'Does the Vision X come in transparent?', must: ["doesn't come in Transparent", 'Forest Green'] }],
  },

  {
    id: 'follow-up-transparent',
    intent: 'product',
    turns: [
      { say: 'Tell me about the Vision X Pro Max Ultra', must: ['$1,000.00', 'Transparent'], cards: ['product'] },
      {
        say: 'and in transparent?',
        must: ['Transparent', '$1,150.00', 'out of stock'],
        cardSlug: 'vision-x-pro-max-ultra',
      },
      { say: 'how much is the 512 GB one?', must: ['$1,150.00'], mustNot: ['$1,000.00'] },
    ],
  },
  {
    id: 'add-it',
    intent: 'cart-change',
    turns: [
      { say: 'How much is the Vision Go?', must: ['$349.00'] },
      {
        say: 'add it to my cart',
        must: ['Vision Go', '$349.00', 'Add to cart'],
        cards: ['cart-proposal'],
        cardSlug: 'vision-go',
      },
    ],
  },
  {
    id: 'compare-then-other',
    intent: 'product',
    turns: [
      {
        say: 'Compare the Vision X and the Vision Go',
        must: ['$599.00', '$349.00', '4600 mAh', '4200 mAh'],
        cards: ['product'],
      },
      {
        say: 'add the Vision Go in coral to my cart',
        must: ['Coral', '$349.00'],
        cards: ['cart-proposal'],
        cardSlug: 'vision-go',
      },
      { say: 'what about the other one, how much is it?', must: ['Vision X', '$599.00'], cardSlug: 'vision-x' },
    ],
  },
  {
    id: 'add-black-256',
    intent: 'cart-change',
    turns: [
      { say: "I'm looking at the Vision X", must: ['$599.00'] },
      {
        say: 'add the black 256 GB one to my cart',
        must: ['Black, 256 GB', '$669.00'],
        cards: ['cart-proposal'],
        cardSlug: 'vision-x',
      },
    ],
  },
  {
    id: 'halo-colours-follow-up',
    intent: 'product',
    turns: [
      { say: "What's the price of the Halo Vision Pro Ultra?", must: ['$1,500.00'] },
      { say: 'what colours does it come in?', must: ['Black', 'Transparent'], cardSlug: 'halo-vision-pro-ultra' },
    ],
  },
  {
    id: 'option-then-add',
    intent: 'cart-change',
    turns: [
      { say: 'How much is the Vision X in sand with 256 GB?', must: ['$669.00'] },
      { say: 'add it to my cart', must: ['Sand, 256 GB', '$669.00'], cards: ['cart-proposal'] },
    ],
  },
  {
    id: 'recommend-camera-then-add',
    intent: 'cart-change',
    turns: [
      {
        say: 'Can you recommend a phone under $700 with a good camera?',
        must: ['under $700.00', /\$(599|349|699)\.00/],
        mustNot: ['$1,000.00', '$1,500.00'],
        cards: ['product'],
        tools: ['search_products'],
      },
      { say: 'great, add it to my cart', cards: ['cart-proposal'], must: ['Add to cart'] },
    ],
  },

  {
    id: 'compare-flagships',
    intent: 'comparison',
    turns: [
      {
        say: "What's the difference between the Vision X Pro Max Ultra and the Halo Vision Pro Ultra?",
        must: ['$1,000.00', '$1,500.00', '5000 mAh', '5400 mAh'],
      },
    ],
  },
  {
    id: 'compare-battery',
    intent: 'comparison',
    turns: [
      {
        say: 'Vision X vs Vision X Terra: which has the bigger battery?',
        must: ['4600 mAh', '6000 mAh', 'Vision X Terra** has the biggest battery'],
      },
    ],
  },
  // [CMP1] Asked on one thing, the comparison says who wins on it with both figures.
  {
    id: 'compare-lighter',
    intent: 'comparison',
    turns: [
      { say: 'which weighs less, go or x?', must: ['Vision Go** is the lightest', '162 g', '186 g'], mustNot: ['mAh'] },
    ],
  },
  {
    id: 'compare-tougher',
    intent: 'comparison',
    turns: [
      { say: 'is the terra more rugged than the normal x', must: ['Vision X Terra** is the toughest', 'IP69', 'IP54'] },
    ],
  },
  {
    id: 'compare-for-use',
    intent: 'comparison',
    turns: [
      {
        say: 'halo or pro max ultra for taking photos of my kids',
        must: ['Halo Vision Pro Ultra** has the best camera', '1-inch type sensor'],
      },
    ],
  },
  {
    id: 'compare-french',
    intent: 'comparison',
    turns: [
      {
        say: 'Vision X ou Vision Go, lequel a la meilleure batterie ?',
        must: ['Vision X** has the biggest battery', '4600 mAh', '4200 mAh'],
      },
    ],
  },
  {
    id: 'spec-not-fault',
    intent: 'product',
    turns: [{ say: 'how big is the screen on the vision x', must: ['6.4-inch'], mustNot: ['Hold the power button'] }],
  },
  {
    id: 'colour-german',
    intent: 'product',
    turns: [{ say: 'gibt es das Vision X in blau?', must: ['Ocean Blue'], mustNot: ['Forest Green'] }],
  },
  { id: 'pay-paypal', intent: 'policy', turns: [{ say: 'can i use paypal or klarna?', must: ['PayPal', 'Visa'] }] },
  // [REC2] A feature asked for filters on the spec rows; none within the budget is said plainly.
  {
    id: 'recommend-feature-missing',
    intent: 'recommendation',
    turns: [
      {
        say: 'any phone with a periscope zoom for under 650 bucks?',
        must: ['None of our phones under $650.00 has an optical zoom lens', 'Vision X Pro Max Ultra', '$1,000.00'],
      },
    ],
  },
  {
    id: 'recommend-feature-jack',
    intent: 'recommendation',
    turns: [
      {
        say: 'which models still have a 3.5mm jack',
        must: ['Vision X', 'Vision X Terra'],
        mustNot: ['Vision Go', 'Halo'],
      },
    ],
  },
  {
    id: 'recommend-performance',
    intent: 'recommendation',
    turns: [
      {
        say: 'what is your fastest phone for games',
        must: ['Halo Vision Pro Ultra](/products/halo-vision-pro-ultra) is the most powerful', '16 GB RAM'],
      },
    ],
  },
  {
    id: 'recommend-updates',
    intent: 'recommendation',
    turns: [{ say: 'which phone will get security updates for the most years', must: ['8 years of security updates'] }],
  },
  // [PQA1] A question the named aspects do not cover is answered from the product page's own rows and sentences.
  {
    id: 'qa-plug-heads',
    intent: 'product',
    turns: [
      {
        say: 'does the gan charger have a plug head for europe',
        must: ['EU'],
        mustNot: ['Would you like me to add one'],
      },
    ],
  },
  { id: 'qa-halo-ring', intent: 'product', turns: [{ say: 'what is the halo ring for', must: ['fill light'] }] },
  {
    id: 'box-no-charger',
    intent: 'product',
    turns: [{ say: 'is there a charger included with the vision go', must: ["No, there's no charger"] }],
  },
  // [ACC4] Another make's charger: what the phone's charging row says it takes.
  {
    id: 'other-make-charger',
    intent: 'compatibility',
    turns: [{ say: 'can I charge my terra with my old anker charger', must: ['Power Delivery', '33 W'] }],
  },
  {
    id: 'cable-watts-safe',
    intent: 'compatibility',
    turns: [{ say: 'will the 240w cable damage my vision x', must: ["It's safe"] }],
  },
  {
    id: 'recommend-two-ranks',
    intent: 'recommendation',
    turns: [
      {
        say: 'I want a lighter phone that still has a big battery',
        must: ['Vision X Pro Max Ultra'],
        mustNot: ['Terra](/products'],
      },
    ],
  },
  // [PQA2] [PQA3] A feature of a named phone is a yes or no from its row; a phone without it is told so before any steps.
  {
    id: 'feature-yes-no',
    intent: 'product',
    turns: [
      {
        say: 'does the terra have a headphone jack',
        must: ['Yes, the **Vision X Terra** has a headphone jack', '3.5 mm'],
      },
    ],
  },
  {
    id: 'feature-missing-steps',
    intent: 'product',
    turns: [
      {
        say: "I can't get the eSIM to work on my Vision X Terra",
        must: ["doesn't have eSIM", 'nano-SIM'],
        mustNot: ['QR code'],
      },
    ],
  },
  // [CMP2] Accessories side by side: what each page says about the question.
  {
    id: 'compare-accessories',
    intent: 'comparison',
    turns: [
      {
        say: 'for long flights, buds pro or the over-ear headphones?',
        must: ['Vision Buds Pro', 'Vision Sound Over-Ear Headphones', 'hours'],
      },
    ],
  },
  // [CMP3] Two options of one product: the difference in price.
  {
    id: 'compare-options',
    intent: 'comparison',
    turns: [
      {
        say: 'pro max ultra glass: is the privacy tint one dearer than the clear one?',
        must: ['$5.00 more', 'Privacy Tint', 'Transparent'],
      },
    ],
  },
  {
    id: 'accessory-colour-missing',
    intent: 'recommendation',
    turns: [
      {
        say: 'do you do a privacy tint screen protector for the halo',
        must: ["We don't make screen protectors for the **Halo Vision Pro Ultra** in Privacy Tint", 'Transparent'],
      },
    ],
  },
  {
    id: 'gift-under-budget',
    intent: 'recommendation',
    turns: [
      {
        say: 'my sister just bought a vision x, any gift ideas under $30?',
        must: ['fit the **Vision X**', '$29.99'],
        mustNot: ['$39.99', '$179.99'],
      },
    ],
  },
  {
    id: 'protect-follow-up',
    intent: 'recommendation',
    turns: [
      { say: 'how much is the vision go' },
      { say: 'what would protect it if my son drops it', must: ['Vision Go Loop Case'] },
    ],
  },
  {
    id: 'feature-5g',
    intent: 'product',
    turns: [{ say: 'does the terra do 5g', must: ['Yes, the **Vision X Terra** has 5G'] }],
  },
  {
    id: 'option-follow-up',
    intent: 'product',
    turns: [
      { say: 'how much are the loop cases' },
      { say: 'fine, in white then, how much?', must: ['Vision Go Loop Case', '$24.99'] },
    ],
  },
  // [ACC6] Two accessories together; the box list read for the item asked; spec words shoppers use.
  {
    id: 'accessory-pair',
    intent: 'compatibility',
    turns: [
      { say: 'can the qi2 pad charge my vision x if it has the everyday case on', must: ['Everyday Case', 'Qi2'] },
    ],
  },
  {
    id: 'box-no-screwdriver',
    intent: 'product',
    turns: [{ say: 'is a screwdriver in the box with the vision go', must: ["No, there's no screwdriver"] }],
  },
  { id: 'spec-thickness', intent: 'product', turns: [{ say: 'how thick is the vision x terra', must: ['13.2'] }] },
  { id: 'spec-video', intent: 'product', turns: [{ say: 'can the halo record 8k videos', must: ['8K at 30 fps'] }] },
  {
    id: 'cable-monitor',
    intent: 'compatibility',
    turns: [{ say: 'will the 1m braided cable connect my halo to a monitor?', must: ['Vision', 'video'] }],
  },
  {
    id: 'recommend-budget',
    intent: 'recommendation',
    turns: [{ say: 'Can you recommend a phone under $400?', must: ['Vision Go', '$349.00'], mustNot: ['$599.00'] }],
  },
  {
    id: 'recommend-rugged',
    intent: 'recommendation',
    turns: [{ say: 'I need a waterproof phone for hiking, what do you suggest?', must: ['Vision X Terra', 'IP68'] }],
  },
  {
    id: 'recommend-case',
    intent: 'recommendation',
    turns: [{ say: 'Which case should I get for my Vision Go?', must: ['Vision Go Loop Case', '$24.99'] }],
  },
  {
    id: 'recommend-headphones',
    intent: 'recommendation',
    turns: [{ say: 'Show me your headphones', must: ['Vision Sound', '$299.99'] }],
  },

  // [CART2] [CART3] [CART4] Changes in place, emptying, and a total asked about: proposals or sums, never a changed cart.
  {
    id: 'cart-swap-colour',
    intent: 'cart-change',
    turns: [
      {
        say: 'could you make the go in my basket white instead',
        must: ['White, 128 GB', 'Coral, 128 GB', 'Confirm both cards'],
        cards: ['cart-proposal'],
        cardSlug: 'vision-go',
      },
    ],
  },
  {
    id: 'cart-swap-product',
    intent: 'cart-change',
    turns: [
      {
        say: 'on second thoughts get the go out of my basket and stick a terra in it instead, the sand one',
        must: ['Vision X Terra** (Sand', 'remove the **Vision Go** (Coral, 128 GB', 'Confirm both cards'],
        cards: ['cart-proposal'],
        cardSlug: 'vision-x-terra',
      },
    ],
  },
  {
    id: 'cart-swap-possessive',
    intent: 'cart-change',
    turns: [
      {
        say: "could you switch my basket's go to the x, ocean blue",
        must: ['Vision X** (Ocean Blue', 'remove the **Vision Go**'],
        mustNot: ['refund'],
        cards: ['cart-proposal'],
        cardSlug: 'vision-x',
      },
    ],
  },
  {
    id: 'cart-empty',
    intent: 'cart-change',
    turns: [{ say: 'clear my cart', must: ['remove the **Vision Go** (Coral, 128 GB)'], cards: ['cart-proposal'] }],
  },
  {
    id: 'cart-total-if',
    intent: 'view-cart',
    turns: [
      {
        say: 'how much would I pay altogether if I also got the loop case',
        must: ['$373.99'],
        mustNot: ['Press **Add to cart**'],
      },
    ],
  },
  {
    id: 'cart-not-me',
    intent: 'view-cart',
    turns: [{ say: 'have you been adding stuff to my cart?', must: ['I never change your cart myself'] }],
  },
  {
    id: 'cart-size-up',
    intent: 'cart-change',
    turns: [
      { say: "what's in my cart" },
      {
        say: 'can you upgrade it to more storage',
        must: ['Coral, 256 GB', '$399.00'],
        cards: ['cart-proposal'],
        cardSlug: 'vision-go',
      },
    ],
  },
  {
    id: 'option-possessive',
    intent: 'cart-change',
    turns: [
      { say: 'put the 2m braided cable in white in my basket' },
      {
        say: "black's fine then",
        must: ['(Black)', '$19.99'],
        cards: ['cart-proposal'],
        cardSlug: 'usb-c-braided-cable-2m',
      },
    ],
  },
  {
    id: 'missing-option-price',
    intent: 'product',
    turns: [
      { say: 'how much is the vision x in coral?', must: ["doesn't come in Coral", '$599.00'], cardSlug: 'vision-x' },
    ],
  },
  {
    id: 'rank-after-cart',
    intent: 'recommendation',
    turns: [
      { say: "what's in my basket" },
      { say: "is that the cheapest phone you've got?", must: ['Vision Go', 'cheapest', '$349.00'] },
    ],
  },
  {
    id: 'pick-then-it',
    intent: 'recommendation',
    turns: [
      { say: 'which phone has the best camera?', cards: ['product'], cardSlug: 'halo-vision-pro-ultra' },
      { say: 'what does it cost with 512 GB?', must: ['Halo Vision Pro Ultra', '$1,650.00'] },
    ],
  },
  {
    id: 'pick-then-colour',
    intent: 'recommendation',
    turns: [
      { say: 'your lightest phone please' },
      { say: 'does that one come in white?', must: ['Vision Go', 'White, 128 GB: **$349.00**'], mustNot: ['162 g'] },
    ],
  },
  {
    id: 'budget-range',
    intent: 'recommendation',
    turns: [{ say: 'i can spend 500-550 at most, what phone', must: ['Vision Go', '$550.00'], mustNot: ['TB'] }],
  },
  {
    id: 'budget-is-no-rank',
    intent: 'recommendation',
    turns: [{ say: 'budget of roughly $1000, a good camera matters most', must: ['Vision X Pro Max Ultra'] }],
  },
  {
    id: 'accessory-by-nickname',
    intent: 'compare',
    turns: [
      {
        say: 'the loop one or the everyday one, which is cheaper?',
        must: ['Vision Go Loop Case', 'Vision X Everyday Case'],
      },
    ],
  },
  {
    id: 'colours-compared',
    intent: 'compare',
    turns: [{ say: 'do the vision go and the vision x share any colours?', must: ['Coral', 'Ocean Blue', 'Black'] }],
  },
  {
    id: 'protect-named-phone',
    intent: 'recommendation',
    turns: [{ say: 'what would protect my vision go, my kid keeps dropping it', must: ['Vision Go Loop Case'] }],
  },
  {
    id: 'matching-case',
    intent: 'cart-change',
    turns: [
      { say: 'put a vision x in sand in my basket' },
      {
        say: 'and a matching case',
        must: ['Vision X Everyday Case', 'Sand'],
        cards: ['cart-proposal'],
        cardSlug: 'vision-x-everyday-case',
      },
    ],
  },
  {
    id: 'bio-case-by-nickname',
    intent: 'cart-change',
    turns: [
      {
        say: 'add 2 pmu bio cases in black',
        must: ['Bio Case'],
        cards: ['cart-proposal'],
        cardSlug: 'vision-x-pro-max-ultra-bio-case',
      },
    ],
  },
  {
    id: 'glass-options-for-phone',
    intent: 'compatibility',
    turns: [{ say: 'how much are the glass options for my pro max ultra', must: ['Tempered Glass', '$24.99'] }],
  },
  {
    id: 'compare-kind-for-phone',
    intent: 'compare',
    turns: [
      {
        say: "what's the difference between the two glass protector options for the pro max ultra",
        must: ['Privacy', '$29.99'],
      },
    ],
  },
  {
    id: 'pad-on-go-no-wireless',
    intent: 'compatibility',
    turns: [{ say: 'will the wireless charging pad work with my vision go?', must: ['has no wireless charging'] }],
  },
  {
    id: 'paid-not-shipped-yet',
    intent: 'order-status',
    turns: [{ say: 'has {paid} shipped yet?', must: ["hasn't shipped yet", 'Packed'] }],
  },
  {
    id: 'cart-free-threshold',
    intent: 'shipping',
    turns: [{ say: 'does my basket get free shipping to canada?', must: ['free from $149.00'] }],
  },
  {
    id: 'order-at-4pm-friday',
    intent: 'shipping',
    turns: [
      {
        say: 'if I place an order at 5pm on a friday when does it leave the warehouse?',
        must: ['next business day'],
        mustNot: ["I can't place an order for you"],
      },
    ],
  },
  {
    id: 'compare-apart-from-price',
    intent: 'compare',
    turns: [{ say: 'apart from the price, how do the vision x and the vision go differ?', must: ['4600 mAh'] }],
  },
  {
    id: 'case-for-cart-phone',
    intent: 'recommendation',
    turns: [{ say: 'which case should I get for the go in my basket?', must: ['Vision Go Loop Case'] }],
  },
  {
    id: 'ship-accessory-country',
    intent: 'shipping',
    turns: [{ say: 'what would postage be on one loop case to vancouver?', must: ['$9.95'] }],
  },
  {
    id: 'pay-in-euros',
    intent: 'policy',
    turns: [{ say: "I'm in France, will I pay in euros?", must: ['US dollars'] }],
  },
  {
    id: 'years-of-updates',
    intent: 'product',
    turns: [
      {
        say: 'how many years of updates will the vision go get?',
        must: ['Vision Go'],
        mustNot: ['5 GB of free storage'],
      },
    ],
  },
  {
    id: 'warranty-list-in-place',
    intent: 'policy',
    turns: [
      {
        say: 'I cracked the glass when it fell, is that a warranty repair?',
        must: [/does not cover:\s+- Accidental damage/],
      },
    ],
  },
  {
    id: 'add-charger-for-phone',
    intent: 'cart-change',
    turns: [
      {
        say: 'add a charger that fast charges the vision x',
        must: ['65 W GaN Charger'],
        cards: ['cart-proposal'],
        cardSlug: 'visionx-65w-gan-charger',
      },
    ],
  },
  {
    id: 'swap-retry',
    intent: 'cart-change',
    turns: [
      { say: 'swap the go in my cart to lilac 256' },
      { say: 'fine, lilac 128 then', must: ['Lilac, 128 GB'], cards: ['cart-proposal'], cardSlug: 'vision-go' },
    ],
  },
  {
    id: 'aspect-follow-up',
    intent: 'product',
    turns: [
      { say: 'how heavy is the terra?' },
      { say: 'and the battery, would it last a weekend away?', must: ['6000 mAh'] },
    ],
  },
  // [ORD2] An order's next step and delivery time, from its status, country and shipping method.
  {
    id: 'order-next-step',
    intent: 'order-status',
    turns: [
      {
        say: 'when will order {paid} get here?',
        must: ['Paid', 'leaves the warehouse the same day', 'Standard delivery then takes 3–5 business days'],
      },
    ],
  },
  {
    id: 'parcel-claim',
    intent: 'policy',
    turns: [
      {
        say: 'order {shipped} says delivered but there is nothing at my door',
        must: ['7 days', "I've asked a person"],
      },
    ],
  },
  // [CART5] [SHIP2] The cart as what a message points at; shipping for what is in it.
  {
    id: 'cart-referent-case',
    intent: 'cart-change',
    turns: [
      {
        say: 'put a case for the phone in my cart in there too',
        must: ['Vision Go Loop Case'],
        cards: ['cart-proposal'],
        cardSlug: 'vision-go-loop-case',
      },
    ],
  },
  {
    id: 'cart-referent-remove',
    intent: 'cart-change',
    turns: [
      {
        say: 'please take the phone out of my basket',
        must: ['remove the **Vision Go** (Coral, 128 GB)'],
        cards: ['cart-proposal'],
      },
    ],
  },
  {
    id: 'cart-set-quantity',
    intent: 'cart-change',
    turns: [{ say: 'set the quantity of the vision go to 3', must: ['to quantity 3'], cards: ['cart-proposal'] }],
  },
  {
    id: 'cart-remove-one-of-one',
    intent: 'cart-change',
    turns: [{ say: 'remove one of the gos, i only need one', must: ['only one'], mustNot: ['Press **Add to cart**'] }],
  },
  {
    id: 'cart-shipping-country',
    intent: 'shipping',
    turns: [{ say: "what would shipping to germany cost for what's in my cart", must: ['$349.00', 'Germany', 'free'] }],
  },
  {
    id: 'view-cart',
    intent: 'view-cart',
    turns: [
      { say: "What's in my cart?", must: ['Vision Go', '$349.00', 'total'], cards: ['cart'], tools: ['view_cart'] },
    ],
  },
  {
    id: 'remove-from-cart',
    intent: 'cart-change',
    turns: [
      {
        say: 'Remove the Vision Go from my cart',
        must: ['remove', 'Vision Go'],
        cards: ['cart-proposal'],
        cardSlug: 'vision-go',
      },
    ],
  },
  {
    id: 'add-two-cases',
    intent: 'cart-change',
    turns: [
      {
        say: 'Add two Vision X Everyday Cases to my cart',
        must: ['$29.99', 'quantity 2'],
        cards: ['cart-proposal'],
        cardSlug: 'vision-x-everyday-case',
      },
    ],
  },
  {
    id: 'add-out-of-stock',
    intent: 'cart-change',
    turns: [
      {
        say: 'Add the Vision Go in lilac with 256 GB to my cart',
        must: ['out of stock'],
        mustNot: ['Press **Add to cart**'],
      },
    ],
  },
  // One assistant: whatever the department label, it answers (it used to send the shopper to another department).
  {
    id: 'cart-in-tech',
    intent: 'cart-change',
    department: 'tech',
    turns: [
      {
        say: 'Add a 65 W GaN charger to my cart',
        must: ['65 W GaN Charger', '$49.99'],
        mustNot: ['Switch to'],
        cards: ['cart-proposal'],
      },
    ],
  },
  {
    id: 'recommend-in-service',
    intent: 'recommendation',
    department: 'service',
    turns: [{ say: 'Recommend a phone under $500', must: ['Vision Go', '$349.00'], mustNot: ['Switch to'] }],
  },

  {
    id: 'latest-order',
    intent: 'order-status',
    turns: [
      {
        say: 'Where is my order?',
        must: ['{paid}', 'Paid', 'payment has gone through'],
        cards: ['order'],
        tools: ['list_orders'],
      },
    ],
  },
  {
    id: 'shipped-order',
    intent: 'order-status',
    turns: [
      {
        say: "What's the status of order {shipped}?",
        must: ['{shipped}', 'Shipped', 'tracking email'],
        cards: ['order'],
        tools: ['order_status'],
      },
    ],
  },
  {
    id: 'paid-order-lowercase',
    intent: 'order-status',
    turns: [{ say: 'has {paid:lower} shipped yet?', must: ['{paid}', 'Paid'], cards: ['order'] }],
  },
  {
    id: 'list-orders',
    intent: 'list-orders',
    turns: [{ say: 'What did I order?', must: ['{paid}', '{shipped}', 'Shipped', 'Paid'], cards: ['order'] }],
  },
  {
    id: 'cancel-paid-order',
    intent: 'policy',
    turns: [{ say: 'Can I cancel order {paid}?', must: ['Paid', 'Placed or Paid', 'Yes, cancel order'] }],
  },
  {
    id: 'unknown-order',
    intent: 'order-status',
    turns: [{ say: 'Where is order VX-ABCDEFGH?', must: ["couldn't find"], mustNot: ['Shipped'] }],
  },
  {
    id: 'orders-in-sales',
    intent: 'order-status',
    department: 'sales',
    turns: [{ say: 'Where is my order {paid}?', must: ['Paid'], mustNot: ['Switch to'], cards: ['order'] }],
  },
  // Comparisons in the shopper's own terms: what is given up, how much heavier.
  {
    id: 'compare-what-do-i-give-up',
    intent: 'compare',
    turns: [
      {
        say: 'halo or the pro max ultra, what would I give up going with the cheaper one?',
        must: ["Here's how they compare", '**Weight:**'],
      },
    ],
  },
  {
    id: 'compare-heavier-words-between',
    intent: 'compare',
    turns: [
      {
        say: 'how much heavier is the pro max ultra then a plain vision x?',
        must: ['186 g'],
        mustNot: ['costs the same in every colour'],
      },
    ],
  },
  // Availability asked about a product and a colour is a question, not a cart change; a colour with no phone named is a choice.
  {
    id: 'stock-watch-colour-question',
    intent: 'product',
    turns: [
      { say: 'have you got the 41 mm vision watch in forest green at the moment?', mustNot: ['Press **Add to cart**'] },
    ],
  },
  {
    id: 'colour-phone-choice',
    intent: 'recommendation',
    turns: [{ say: 'got any phones in a pinky purple colour?', must: ['Lilac'] }],
  },
  {
    id: 'bump-storage-after-cheapest',
    intent: 'cart-change',
    turns: [
      { say: "what's the cheapest phone you sell?" },
      { say: 'ok bump mine to the bigger storage then', cards: ['cart-proposal'] },
    ],
  },
  {
    id: 'cheaper-one-still-updates',
    intent: 'recommendation',
    turns: [
      {
        say: 'is there a cheaper phone that still gets 7 years of security updates?',
        mustNot: ['Software support of the'],
      },
    ],
  },
  {
    id: 'total-altogether-if',
    intent: 'view-cart',
    turns: [
      {
        say: 'if I also grab the 1 m braided cable, what do I pay altogether?',
        mustNot: ['Press **Add to cart**'],
        must: ['Subtotal'],
      },
    ],
  },
  // Follow-ups that pick from what was just shown.
  {
    id: 'add-cheaper-after-compare',
    intent: 'cart-change',
    turns: [
      { say: 'halo vs pro max ultra in black 256, how do they compare?' },
      { say: 'ok add the cheaper one', cards: ['cart-proposal'], cardSlug: 'vision-x-pro-max-ultra' },
    ],
  },
  {
    id: 'which-ones-do-then',
    intent: 'recommendation',
    turns: [
      { say: 'can the vision go use an esim?' },
      { say: 'which phones do then?', must: ['Vision X'], mustNot: ["doesn't have eSIM"] },
    ],
  },
  {
    id: 'colours-of-that-pick',
    intent: 'product',
    turns: [
      { say: 'what is the lightest phone you sell?' },
      { say: 'which colours can i buy that in', must: ['Lilac'] },
    ],
  },
  {
    id: 'fit-follow-up-new-phone',
    intent: 'compatibility',
    turns: [
      { say: 'will the qi2 charging pad work with the pro max ultra' },
      { say: 'and with the terra?', must: ['Vision X Terra'], mustNot: ['works with the **Vision X Pro Max Ultra**'] },
    ],
  },
  // Budgets said as a ceiling, and toughness within a budget.
  {
    id: 'budget-rather-not-more-than',
    intent: 'recommendation',
    turns: [
      {
        say: "something simple for my grandad, I'd rather not spend more than 400",
        must: ['Vision Go'],
        mustNot: ['Vision X Terra'],
      },
    ],
  },
  {
    id: 'tough-within-budget',
    intent: 'recommendation',
    turns: [
      { say: 'which phone would survive being dropped in a river, max 900?', must: ['Vision X Terra'] },
      { say: 'does it have a headphone jack?', must: ['Vision X Terra'] },
    ],
  },
  {
    id: 'cancel-named-order-with-worry',
    intent: 'order-status',
    turns: [
      { say: 'can i still cancel {paid}? would i lose anything, like the delivery fee?', must: ['Cancel order'] },
    ],
  },
  {
    id: 'cancel-it-after-status',
    intent: 'order-status',
    turns: [{ say: 'where is {paid} at?' }, { say: 'can i still cancel it?', must: ['Cancel order'] }],
  },
  // Two products named to add: a proposal for each, each confirmed on its own card (the second was dropped).
  {
    id: 'add-two-products-named',
    intent: 'cart',
    turns: [
      {
        say: 'I want the Vision Buds Pro and the 65W charger, add both please',
        must: ['Vision Buds Pro', 'VisionX 65 W GaN Charger', 'Add to cart'],
        cards: ['cart-proposal'],
        tools: ['propose_cart_change'],
      },
    ],
  },
  // When the card is charged, asked as a choice of two moments: the payment passage (was the refunds one).
  {
    id: 'charge-timing-two-moments',
    intent: 'payment',
    turns: [
      {
        say: 'if I order tonight, do you take the money straight away or only when it ships?',
        must: ['charged when you place the order'],
        mustNot: ['refunds your return'],
      },
    ],
  },
  // "What colours can I get it in?" after a product: its colours (the classifier, unsure, asked which topic).
  {
    id: 'colours-follow-up-get-it-in',
    intent: 'product',
    turns: [
      { say: 'tell me about the vision go' },
      {
        say: 'what colours can i get it in',
        must: ['Coral', 'Lilac'],
        mustNot: ['make sure I help with the right thing'],
      },
    ],
  },
  // "Am I talking to a bot?" read as a hello: it says it is an automated assistant.
  {
    id: 'bot-question-read-as-hello',
    intent: 'smalltalk',
    turns: [{ say: 'am i talking to a bot?', must: ['automated', 'not a person'], noTools: true }],
  },
  // A basic phone for a child, "just for calls and WhatsApp": a phone to choose (the classifier said scam).
  {
    id: 'basic-phone-just-for-calls-and-whatsapp',
    intent: 'recommendation',
    turns: [
      {
        say: 'for my daughter aged 8, basic, just for calls and whatsapp',
        must: ['Vision Go'],
        mustNot: ["That wasn't VisionX"],
        cardSlug: 'vision-go',
      },
    ],
  },
  // A child's first phone, nothing else asked: the least expensive, not the whole line-up.
  {
    id: 'recommend-first-phone-for-a-child',
    intent: 'recommendation',
    turns: [
      { say: "what's a good first phone for my 11 year old?", must: ['Vision Go', '$349.00'], cardSlug: 'vision-go' },
    ],
  },
  // "The one on its way" named no number: too late to cancel all the same, and the return instead (not the order list).
  {
    id: 'cancel-the-one-on-its-way',
    intent: 'order-status',
    turns: [
      { say: 'please cancel both my orders' },
      {
        say: "and the one that's already on its way, can I still cancel that one?",
        must: ["can't be cancelled", '30 days'],
        mustNot: ['You have 2 orders'],
      },
    ],
  },
  // A colour ruled out is not the one wanted; an option out of stock is said; an order's arrival with a city.
  {
    id: 'colour-other-than',
    intent: 'product',
    turns: [{ say: 'do you have a phone in something other than black, like purple?', must: ['Lilac'] }],
  },
  {
    id: 'rec-option-out-of-stock',
    intent: 'product',
    turns: [{ say: 'cheapest phone with 256gb in lilac?', must: ['out of stock'] }],
  },
  {
    id: 'order-arrival-with-city',
    intent: 'order-status',
    turns: [{ say: 'when will {paid} get to me in Manchester?', must: ['Paid'] }],
  },
  // Budgets said other ways, a number with a unit that is no budget, a choice asked beside a fault, a swap that keeps the colour.
  {
    id: 'rec-hard-limit-of',
    intent: 'product',
    turns: [
      { say: 'biggest battery you have, strict limit of $620', must: ['Vision X', '4600'], mustNot: ['6000 mAh'] },
    ],
  },
  {
    id: 'rec-stretch-budget',
    intent: 'product',
    turns: [{ say: 'best camera under 900?' }, { say: 'and if I stretch to 1200?', must: ['Pro Max Ultra'] }],
  },
  {
    id: 'rec-cannot-go-over',
    intent: 'product',
    turns: [{ say: 'I want 256gb and I really cannot go over $450, is there anything?', must: ['Vision Go', '399'] }],
  },
  {
    id: 'not-budget-months-old',
    intent: 'policy',
    turns: [
      {
        say: 'my phone is about 14 months old and the battery is flat by dinner, is that normal?',
        mustNot: ["We don't have a phone under"],
      },
    ],
  },
  {
    id: 'rec-which-of-yours-despite-fault',
    intent: 'product',
    turns: [
      { say: 'mine dies by 3pm every day, which one of yours lasts the longest on a charge?', must: ['Terra', '6000'] },
    ],
  },
  {
    id: 'rec-headphone-socket',
    intent: 'product',
    turns: [{ say: 'which phones have a headphone socket?', must: ['Vision X', 'Terra'] }],
  },
  {
    id: 'swap-typo-keeps-colour',
    intent: 'cart',
    turns: [{ say: 'pls swich the go in my basket to 256gb', must: ['Coral, 256 GB', '$50.00 more'] }],
  },
  // Comparisons: charging speed asked is charging, not the chip; "worth the extra" says what only one has.
  {
    id: 'compare-charge-faster',
    intent: 'product',
    turns: [
      {
        say: 'does the terra charge quicker than the vision x?',
        must: ['charges the fastest'],
        mustNot: ['is the most powerful'],
      },
    ],
  },
  {
    id: 'compare-worth-extra-features',
    intent: 'product',
    turns: [
      { say: 'go vs terra, what does the terra have that the go does not?', must: ['Only the **Vision X Terra** has'] },
    ],
  },
  // Fit questions: a typo of protector, "stick to", "will that be a problem", a use the page rules out, the phone in the cart, modules between models, a plug for the pad, another maker's phone.
  {
    id: 'compat-protecter-typo-none',
    intent: 'product',
    turns: [{ say: 'any screen protecter for the terra?', must: ["We don't have screen protectors"] }],
  },
  {
    id: 'compat-stick-no-magnets',
    intent: 'product',
    turns: [
      { say: 'will the magnetic power bank stick onto a terra?', must: ["won't stick"] },
      { say: 'and the pro max ultra?', must: ['works with the **Vision X Pro Max Ultra**'] },
    ],
  },
  {
    id: 'compat-be-a-problem',
    intent: 'product',
    turns: [
      {
        say: 'I want the qi2 pad for my desk but I have a vision go, will that be a problem?',
        must: ['no wireless charging'],
      },
    ],
  },
  {
    id: 'compat-use-ruled-out',
    intent: 'product',
    turns: [
      { say: 'can the 1 m braided cable plug my vision x into a tv?', must: ['Not for that'], mustNot: ['Yes:'] },
    ],
  },
  {
    id: 'compat-phone-in-cart',
    intent: 'product',
    turns: [{ say: 'does the loop case fit the phone in my basket?', must: ['Yes', 'Vision Go'] }],
  },
  {
    id: 'modules-between-models',
    intent: 'policy',
    turns: [
      {
        say: 'could I fit the battery module from my old terra into a vision x?',
        must: ['Modules are made for one phone model'],
      },
    ],
  },
  {
    id: 'pad-which-plug',
    intent: 'product',
    turns: [{ say: 'the qi2 pad came with just a cable, which adapter do I need?', must: ['20 W'] }],
  },
  {
    id: 'watch-with-iphone',
    intent: 'product',
    turns: [{ say: 'I use an iPhone, will either Vision Watch work with it?', must: ['Android'] }],
  },
  // Names listed with commas stay apart; "each" after a comparison compares the same products again.
  {
    id: 'compare-three-listed-with-commas',
    intent: 'product',
    turns: [
      { say: 'Vision Go, Vision X, Terra: which has the biggest battery?', must: ['Vision X Terra', '4200', '4600'] },
      { say: 'and what does each cost to start with?', must: ['from $349.00', 'from $599.00', 'from $699.00'] },
    ],
  },
  // Same-kind accessories side by side from their pages; sizes as names; the price gap itself; "the short one" picks from a comparison.
  {
    id: 'compare-cables-rows',
    intent: 'product',
    turns: [
      {
        say: '1m or 2m usb-c cable, what changes besides the length?',
        must: ['Up to 60 W', 'Up to 240 W'],
        cards: ['product'],
      },
    ],
  },
  {
    id: 'compare-cables-same-row',
    intent: 'product',
    turns: [{ say: 'can the 1 m or the 2 m cable carry video?', must: ['Not supported (both)'] }],
  },
  {
    id: 'compare-watch-bare-size',
    intent: 'product',
    turns: [{ say: '41 and 45mm watches: which weighs less?', must: ['31 g', '39 g'] }],
  },
  {
    id: 'compare-price-gap-followup',
    intent: 'product',
    turns: [
      { say: 'Terra against the Vision X for battery?', must: ['6000 mAh'] },
      { say: 'how much more does the terra cost?', must: ['$100.00 less'] },
    ],
  },
  {
    id: 'compare-price-gap-storage',
    intent: 'product',
    turns: [
      { say: "vision go vs vision x with 256gb, what's the price gap?", must: ['$270.00 less', '$399.00', '$669.00'] },
    ],
  },
  {
    id: 'compare-pick-short-one',
    intent: 'product',
    turns: [
      { say: '1m or 2m cable, which is better at a desk?', cards: ['product'] },
      { say: 'add the short one in black', cards: ['cart-proposal'], cardSlug: 'usb-c-braided-cable-1m' },
    ],
  },
  // A comparison with what was just talked about; zoom as its own measure; every one of a kind the shop has a few of; a display's colours; "instead of"; two accessories for "my" phone; no figure, no "undefined".
  {
    id: 'compare-against-previous-zoom',
    intent: 'product',
    turns: [
      { say: 'how good is the zoom on the halo?', must: ['Telephoto'] },
      { say: 'and the pro max ultra, which reaches further?', must: ['zooms the furthest', '10x'] },
    ],
  },
  {
    id: 'compare-only-one-zoom',
    intent: 'product',
    turns: [
      { say: 'does the x or the pmu zoom better?', must: ['Only the **Vision X Pro Max Ultra** has a zoom lens'] },
    ],
  },
  {
    id: 'compare-few-of-a-kind',
    intent: 'product',
    turns: [{ say: 'which of your watches is better on a slim wrist?', must: ['31 g', '39 g'] }],
  },
  {
    id: 'compare-display-colours',
    intent: 'product',
    turns: [{ say: 'x or go: whose display shows colours better?', must: ['OLED'], mustNot: ['comes in'] }],
  },
  {
    id: 'compare-instead-of',
    intent: 'product',
    turns: [
      { say: 'thinking about the terra instead of the x, what would I give up?', must: ['6000 mAh', '4600 mAh'] },
    ],
  },
  {
    id: 'compare-accessories-for-my-phone',
    intent: 'product',
    turns: [
      {
        say: 'my vision x keeps dying at work - the power bank or the 65w charger, which helps more?',
        must: ['works with the Vision X'],
      },
    ],
  },
  {
    id: 'recommend-no-figure',
    intent: 'product',
    turns: [{ say: 'which of your headphones is lighter?', must: ['268 g'], mustNot: ['undefined'] }],
  },
  // What a phone itself takes beside a charger's fit; "the 1 m one" is the cable; a card named beside an order to check is the order's question.
  {
    id: 'compat-charger-phone-takes',
    intent: 'product',
    turns: [
      {
        say: 'would the 65w brick be too much for the terra? worried it cooks the battery',
        must: ['takes up to 33 W'],
      },
    ],
  },
  {
    id: 'compare-cable-the-1m-one',
    intent: 'product',
    turns: [{ say: 'does the 2 m cable charge quicker than the 1 m one?', must: ['Up to 60 W', 'Up to 240 W'] }],
  },
  {
    id: 'order-check-card-named',
    intent: 'order-status',
    turns: [{ say: 'can you check on VX-ABCDEFGH for me? my brother paid with my card', must: ['your own orders'] }],
  },
  // From the review: shipping "faster" after a comparison compares no phones; the slower of charger and phone sets the speed; a fit detail leads the answer; a monitor is "not for that".
  {
    id: 'not-compare-shipping-faster',
    intent: 'product',
    turns: [
      { say: 'compare the vision x and the go', must: ['Vision Go'] },
      {
        say: 'is shipping faster if I pay more?',
        mustNot: ['is the most powerful', 'is the cheaper', "Here's how they compare"],
      },
    ],
  },
  {
    id: 'charger-slower-of-two',
    intent: 'product',
    turns: [{ say: 'will the 65W charger charge my Halo at full speed?', must: ['charges at up to 65 W'] }],
  },
  {
    id: 'compat-detail-leads',
    intent: 'product',
    turns: [{ say: 'does the everyday case block the headphone jack on the x', must: ['Cut-outs'], mustNot: [/^Yes/] }],
  },
  {
    id: 'compat-monitor-not-for-that',
    intent: 'product',
    turns: [{ say: 'could I plug my x into a monitor w the braided cable?', must: ['Not for that'] }],
  },
  // "The cheaper one" after a comparison is the one picked, asked about; accessories for "the phone in my basket".
  {
    id: 'compare-then-cheaper-one-info',
    intent: 'product',
    turns: [
      { say: 'halo or pmu, what do they cost?', must: ['$500.00 less'] },
      { say: 'ok and the cheaper one, how much does it weigh?', must: ['221 g'] },
    ],
  },
  {
    id: 'accessories-for-phone-in-basket',
    intent: 'product',
    turns: [
      { say: 'got any screen protectors for the phone in my basket?', must: ['Vision Go'], mustNot: ['Subtotal'] },
    ],
  },
  // An amount against the free-shipping threshold; "und hat es…?" after a pick asks about the pick; asked for speed, the wired charger comes first and "add it" means it.
  {
    id: 'shipping-amount-vs-threshold',
    intent: 'shipping',
    turns: [
      { say: 'what does shipping to canada cost?', must: ['$9.95'] },
      { say: 'if my basket comes to $160 do I still pay for delivery?', must: ['Standard shipping is free'] },
    ],
  },
  {
    id: 'de-und-hat-es-after-pick',
    intent: 'product',
    turns: [
      { say: 'welches ist das günstigste Handy?', must: ['Vision Go'] },
      { say: 'und hat es kabelloses Laden?', must: ["doesn't have wireless charging"] },
    ],
  },
  {
    id: 'fast-charger-first-add-it',
    intent: 'cart',
    turns: [
      { say: 'which charger gets my halo charged fastest?', cards: ['product'] },
      { say: 'add it', cards: ['cart-proposal'], cardSlug: 'visionx-65w-gan-charger' },
    ],
  },
  // A feature and another thing asked in one message; wireless charging "on its own" leaves out a phone that needs its case; "that phone" after the cart is the cart's phone.
  {
    id: 'feature-and-battery-together',
    intent: 'product',
    turns: [
      {
        say: "how big is the go's battery, and has it got a headphone jack?",
        must: ['4200 mAh', "doesn't have a headphone jack"],
      },
    ],
  },
  {
    id: 'wireless-without-case',
    intent: 'product',
    turns: [
      {
        say: 'cheapest phone that does wireless charging by itself, no special case needed?',
        must: ['Vision X Terra'],
        mustNot: ['Loop Case'],
      },
    ],
  },
  {
    id: 'that-phone-after-cart',
    intent: 'product',
    turns: [
      { say: "what's in my basket?", cards: ['cart'] },
      { say: 'has that phone got eSIM?', must: ["doesn't have eSIM"] },
    ],
  },
  // "Smaller than that?" after a recommendation compares with the one recommended, with the difference; "the 256 go" is the phone, and a colour beside two sizes gets each size's stock.
  {
    id: 'compare-than-that-after-pick',
    intent: 'product',
    turns: [
      { say: 'which phone has the biggest battery?', must: ['Vision X Terra'] },
      { say: "is the go's battery much smaller than that?", must: ['1800 mAh more'], mustNot: ['is the lightest'] },
    ],
  },
  {
    id: 'sizes-then-colour-stock',
    intent: 'product',
    turns: [
      {
        say: 'is the 256 go dearer than the 128? and is there one in lilac',
        must: ['$50.00 more', 'In Lilac, 256 GB: **out of stock**'],
      },
    ],
  },
  {
    id: 'not-compare-than-it-did',
    intent: 'product',
    turns: [
      { say: 'tell me about the vision go', must: ['Vision Go'] },
      {
        say: 'my vision x runs hotter than it did, is that ok?',
        mustNot: [
          'Which products would you like me to compare',
          "Here's how they compare",
          'is the lightest',
          'against',
        ],
      },
    ],
  },
  // A screen that stays black is a fault, not the colour Black.
  {
    id: 'black-screen-is-fault',
    intent: 'troubleshooting',
    turns: [
      {
        say: 'my phone rings but the screen just stays pure black, no idea who is calling',
        must: ['15 seconds'],
        mustNot: ['biggest screen'],
      },
    ],
  },
  // ...unless the shopper asks which phone to buy: then it is a recommendation (a backspace character had
  // stood where the \b of this exception belongs, so the exception never matched).
  {
    id: 'black-screen-asks-which-to-buy',
    intent: 'recommendation',
    turns: [
      {
        say: 'my screen stays black, which phone do you recommend instead?',
        mustNot: ['15 seconds'],
        cards: ['product'],
      },
    ],
  },
  // Cart requests: a removal told in a story, an accessory that fits nothing asked for, one for the wrong phone, "put that in",
  // what the shopper keeps, "make it two", another of the same, and who changed the cart.
  {
    id: 'cart-remove-in-a-story',
    intent: 'cart-change',
    turns: [
      {
        say: "please take the phone back out of my basket, I've changed my mind about it",
        must: ['remove the **Vision Go**'],
        cards: ['cart-proposal'],
      },
    ],
  },
  {
    id: 'cart-glass-none-for-cart-phone',
    intent: 'cart-change',
    turns: [
      {
        say: 'add a glass screen protector for the phone in my basket',
        must: ["We don't have screen protectors for the **Vision Go**"],
        mustNot: ['Press **Add to cart**'],
      },
    ],
  },
  {
    id: 'cart-pad-for-go-refused',
    intent: 'cart-change',
    turns: [
      {
        say: 'pop the qi2 pad in my cart for my go too',
        must: ["doesn't fit the **Vision Go**"],
        mustNot: ['Press **Add to cart**'],
      },
    ],
  },
  {
    id: 'cart-put-that-in',
    intent: 'cart-change',
    turns: [
      { say: "what's the price of the terra in sand?" },
      {
        say: 'great, put that one in my basket too, leave everything else',
        cards: ['cart-proposal'],
        cardSlug: 'vision-x-terra',
      },
    ],
  },
  {
    id: 'cart-keep-the-go',
    intent: 'cart-change',
    turns: [
      { say: 'how much is the halo in black' },
      {
        say: 'go on, add it. keep the go in my cart though',
        cards: ['cart-proposal'],
        cardSlug: 'halo-vision-pro-ultra',
      },
    ],
  },
  {
    id: 'cart-make-it-two',
    intent: 'cart-change',
    turns: [
      {
        say: 'my brother wants the same phone as me, can you make it two',
        must: ['quantity 2'],
        cardSlug: 'vision-go',
      },
    ],
  },
  {
    id: 'cart-make-it-two-new',
    intent: 'cart-change',
    turns: [
      { say: 'how much is the everyday case?' },
      { say: 'make it two of them in my cart', must: ['quantity 2', 'Add to cart'] },
    ],
  },
  { id: 'cart-another-go', intent: 'cart-change', turns: [{ say: 'add another go', must: ['Vision Go** (Coral'] }] },
  {
    id: 'cart-why-removed',
    intent: 'view-cart',
    turns: [{ say: 'why did the go get taken out of my cart', must: ['I never change your cart myself'] }],
  },
  {
    id: 'orders-the-one-that-shipped',
    intent: 'order-status',
    turns: [
      { say: 'what are my orders?' },
      {
        say: 'and the one that shipped, where is it?',
        must: ['{shipped}', 'Shipped', 'tracking email'],
        mustNot: ['{paid}'],
      },
    ],
  },
  {
    id: 'orders-the-one-not-shipped',
    intent: 'order-status',
    turns: [
      {
        say: "what about the one that hasn't shipped yet?",
        must: ['{paid}', "hasn't shipped yet"],
        mustNot: ['{shipped}'],
      },
    ],
  },
  {
    id: 'case-named-with-short-phone-name',
    intent: 'product-info',
    turns: [
      { say: 'how much is the Go Loop case?', must: ['$24.99'], cardSlug: 'vision-go-loop-case', mustNot: ['$349'] },
    ],
  },
  {
    id: 'headphones-battery-for-a-long-flight',
    intent: 'recommendation',
    turns: [
      {
        say: "I fly 13 hours at a time. I'm looking for noise cancelling headphones that won't run out of battery halfway, which should I take?",
        must: ['50 hours'],
        mustNot: ['undefined'],
        cardSlug: 'vision-sound-over-ear',
      },
    ],
  },
  {
    id: 'vague-trouble-asks-what-happens',
    intent: 'tech_software',
    turns: [{ say: 'my phone is acting really weird', must: ['What is it doing'], mustNot: ['new VisionX phone'] }],
  },
  {
    id: 'vague-trouble-something-wrong',
    intent: 'tech_software',
    turns: [{ say: 'something is wrong with my phone', must: ['What is it doing'], noTools: true }],
  },
  {
    id: 'phone-number-to-call',
    intent: 'human_handoff',
    turns: [
      {
        say: "do you have a phone number I can call? I'd rather talk to someone.",
        must: ['no phone line'],
        tools: ['request_human'],
      },
    ],
  },
  {
    id: 'into-the-sea-water-rating',
    intent: 'product_info',
    turns: [{ say: 'can i take the vision go into the sea? i want to take photos underwater', must: ['IP53'] }],
  },
  {
    id: 'restarted-router-still-nothing',
    intent: 'tech_connectivity',
    turns: [
      { say: 'the wifi keeps dropping on my vision x' },
      {
        say: 'I already restarted the router and the phone and nothing',
        must: ["Sorry the steps didn't fix it", 'Wi-Fi'],
        mustNot: ['5 GB of free storage'],
      },
    ],
  },
  {
    id: 'gift-refund-who-gets-the-money',
    intent: 'returns',
    turns: [
      {
        say: 'if my mum returns the phone I gave her, who gets the money back, her or me?',
        must: ['to the card you used'],
      },
    ],
  },
  {
    id: 'cable-named-in-metres',
    intent: 'cart_add',
    turns: [{ say: 'add the 2 metre cable to my cart', cards: ['cart-proposal'], cardSlug: 'usb-c-braided-cable-2m' }],
  },
  {
    id: 'recommend-ruling-one-out',
    intent: 'product_recommend',
    turns: [
      {
        say: 'best phone for night photos under 800, but not the terra please',
        must: ['Vision X'],
        mustNot: ['Terra'],
      },
    ],
  },
  {
    id: 'ranking-apart-from-one',
    intent: 'product_recommend',
    turns: [
      {
        say: 'which phone has the best battery apart from the Terra?',
        must: ['Halo Vision Pro Ultra'],
        mustNot: ['Terra'],
      },
    ],
  },
  {
    id: 'most-water-resistant-then-another',
    intent: 'product_recommend',
    turns: [
      {
        say: 'what is the most water resistant phone you have?',
        must: ['Vision X Terra', 'IP68'],
        cardSlug: 'vision-x-terra',
      },
      { say: 'and apart from the terra?', must: ['Halo Vision Pro Ultra', '1.5 m'], cardSlug: 'halo-vision-pro-ultra' },
    ],
  },
  {
    id: 'recommend-then-not-that-one',
    intent: 'product_recommend',
    turns: [
      { say: 'which phone do you recommend for night photos?', must: ['Halo Vision Pro Ultra'] },
      {
        say: "no, other than the Halo, it's very expensive. another?",
        must: ['Vision X Pro Max Ultra'],
        cardSlug: 'vision-x-pro-max-ultra',
      },
    ],
  },
  {
    id: 'corrected-mid-message',
    intent: 'accessory_find',
    turns: [
      {
        say: 'is there a case for the Halo? oh no sorry, I meant the Vision Go',
        must: ['Vision Go Loop Case'],
        mustNot: ['Clear Case'],
        cardSlug: 'vision-go-loop-case',
      },
    ],
  },
  {
    id: 'case-for-the-phone-i-have-in-my-cart',
    intent: 'accessory_find',
    turns: [{ say: 'is there a case for the phone I have in my cart?', must: ['Vision Go Loop Case'] }],
  },
  {
    id: 'battery-then-a-new-one',
    intent: 'warranty',
    turns: [
      { say: 'my Halo barely lasts until dinner now, I have had it for about a year and a half', must: ['80%'] },
      { say: 'and if it is the battery, how much is a new one?', must: ['$39'], mustNot: ['$1,500.00'] },
    ],
  },
  {
    id: 'cancel-then-the-other-one',
    intent: 'order_cancel',
    turns: [
      { say: 'I want to cancel order {paid}, I picked the wrong colour', must: ['Cancel order'] },
      { say: 'and the other one too?', must: ['{shipped}', 'Shipped', '30 days'], mustNot: ['Yes, cancel order'] },
    ],
  },
  {
    id: 'feature-and-weight-in-one-message',
    intent: 'product',
    turns: [{ say: 'does the Terra have a headphone jack? and how heavy is it?', must: ['headphone jack', '248 g'] }],
  },
  {
    id: 'shoots-best-at-night',
    intent: 'product_recommend',
    turns: [
      { say: 'yo which one shoots best at night? I do a lot of gigs', must: ['Halo Vision Pro Ultra', 'best camera'] },
    ],
  },
  {
    id: 'difference-apart-from-price-for-a-use',
    intent: 'product_compare',
    turns: [
      {
        say: "what's the difference between the X and the Go apart from the price? I mostly walk the dog and take photos",
        must: ['best camera', 'Battery', 'Weight', 'wireless charging'],
      },
    ],
  },
  {
    id: 'a-case-so-she-doesnt-drop-it',
    intent: 'accessory_find',
    turns: [
      { say: 'my daughter is getting the Go', must: ['Vision Go', 'Price'], mustNot: ['80%'] },
      {
        say: "and a case so she doesn't drop it every 5 minutes?",
        must: ['Vision Go Loop Case'],
        mustNot: ['Stop using'],
      },
    ],
  },
  {
    id: 'nothing-above-a-budget',
    intent: 'product_recommend',
    turns: [
      {
        say: 'a phone with a good camera, nothing above 700 dollars',
        must: ['Vision X Terra'],
        mustNot: ['over $700'],
      },
    ],
  },
  {
    id: 'headphones-that-hold-out-a-long-trip',
    intent: 'product_recommend',
    turns: [
      {
        say: 'I am 24 hours on the way, which headphones hold out that long?',
        must: ['Vision Sound Over-Ear Headphones', '50 hours'],
        mustNot: ['You have 2 orders', 'GB RAM'],
      },
    ],
  },
  {
    id: 'no-thanks-dont-add-it',
    intent: 'product',
    turns: [
      { say: 'how much is the Vision Go?', must: ['$349.00'] },
      {
        say: "no thanks, don't add it for now, I just wanted to know the price of the white one",
        must: ['White', '$349.00'],
        mustNot: ['Add to cart'],
      },
    ],
  },
  {
    id: 'order-by-when-to-go-out-today',
    intent: 'shipping_info',
    turns: [{ say: 'what time do I need to order by for it to go out today?', must: ['2 p.m. Eastern Time'] }],
  },
  {
    id: 'wont-charge-with-the-cable',
    intent: 'tech_charging',
    turns: [
      { say: "my vision x won't charge with the cable", must: ['the port'], mustNot: ['Cases and glass protectors'] },
    ],
  },
  {
    id: 'kid-broke-three-phones-recommend',
    intent: 'product_recommend',
    turns: [
      {
        say: 'my daughter has broken three phones this year, one went in the pool. I need something that survives knocks and water, what do you recommend?',
        must: ['Terra'],
        mustNot: ['Switch it off now'],
      },
    ],
  },
];
