import type { EvalCase } from './case-types.js';

/** Products, comparisons, recommendations, the cart and orders: every figure is catalog.json's or the test's real order. */
export const SHOP_CASES: EvalCase[] = [
  { id: 'greeting', intent: 'greeting', turns: [{ say: 'Hi there!', must: ['VisionX', 'help'], noTools: true }] },
  { id: 'thanks', intent: 'thanks', turns: [{ say: 'Thanks, that helps!', must: ['welcome'], noTools: true }] },
  { id: 'off-topic-weather', intent: 'off-topic', turns: [{ say: "What's the weather like in Paris tomorrow?", must: ['only help with VisionX'], noTools: true }] },
  { id: 'off-topic-poem', intent: 'off-topic', turns: [{ say: 'Can you write me a poem about the sea?', must: ['only help with VisionX'], noTools: true }] },
  { id: 'off-topic-football', intent: 'off-topic', turns: [{ say: 'Who won the football match last night?', must: ['only help with VisionX'], noTools: true }] },

  { id: 'price-vision-x', intent: 'product', turns: [{ say: 'How much is the Vision X?', must: ['$599.00', '$669.00'], cards: ['product'], cardSlug: 'vision-x', tools: ['product_details'] }] },
  { id: 'colours-vision-go', intent: 'product', turns: [{ say: 'What colours does the Vision Go come in?', must: ['Black', 'Coral', 'White', 'Lilac'], cards: ['product'] }] },
  { id: 'water-halo', intent: 'product', turns: [{ say: 'Is the Halo Vision Pro Ultra waterproof?', must: ['IP68', '1.5 m'] }] },
  { id: 'battery-terra', intent: 'product', turns: [{ say: 'How big is the battery on the Vision X Terra?', must: ['6000 mAh'] }] },
  { id: 'wireless-go', intent: 'product', turns: [{ say: 'Does the Vision Go have wireless charging?', must: ['Not supported'] }] },
  { id: 'price-pmu-1tb', intent: 'product', turns: [{ say: 'How much is the Vision X Pro Max Ultra with 1 TB?', must: ['$1,350.00'] }] },
  { id: 'stock-go-lilac', intent: 'product', turns: [{ say: 'Is the Vision Go in lilac with 256 GB in stock?', must: ['out of stock'] }] },
  { id: 'buds-overview', intent: 'product', turns: [{ say: 'Tell me about the Vision Buds Pro', must: ['$179.99', '/products/vision-buds-pro'], cards: ['product'] }] },
  { id: 'charger-price', intent: 'product', turns: [{ say: 'How much is the 65 W GaN charger?', must: ['$49.99'] }] },
  { id: 'no-such-colour', intent: 'product', turns: [{ say: 'Does the Vision X come in transparent?', must: ["doesn't come in Transparent", 'Forest Green'] }] },

  {
    id: 'follow-up-transparent', intent: 'product',
    turns: [
      { say: 'Tell me about the Vision X Pro Max Ultra', must: ['$1,000.00', 'Transparent'], cards: ['product'] },
      { say: 'and in transparent?', must: ['Transparent', '$1,150.00', 'out of stock'], cardSlug: 'vision-x-pro-max-ultra' },
      { say: 'how much is the 512 GB one?', must: ['$1,150.00'], mustNot: ['$1,000.00'] },
    ],
  },
  { id: 'add-it', intent: 'cart-change', turns: [{ say: 'How much is the Vision Go?', must: ['$349.00'] }, { say: 'add it to my cart', must: ['Vision Go', '$349.00', 'Add to cart'], cards: ['cart-proposal'], cardSlug: 'vision-go' }] },
  {
    id: 'compare-then-other', intent: 'product',
    turns: [
      { say: 'Compare the Vision X and the Vision Go', must: ['$599.00', '$349.00', '4600 mAh', '4200 mAh'], cards: ['product'] },
      { say: 'add the Vision Go in coral to my cart', must: ['Coral', '$349.00'], cards: ['cart-proposal'], cardSlug: 'vision-go' },
      { say: 'what about the other one, how much is it?', must: ['Vision X', '$599.00'], cardSlug: 'vision-x' },
    ],
  },
  { id: 'add-black-256', intent: 'cart-change', turns: [{ say: "I'm looking at the Vision X", must: ['$599.00'] }, { say: 'add the black 256 GB one to my cart', must: ['Black, 256 GB', '$669.00'], cards: ['cart-proposal'], cardSlug: 'vision-x' }] },
  { id: 'halo-colours-follow-up', intent: 'product', turns: [{ say: "What's the price of the Halo Vision Pro Ultra?", must: ['$1,500.00'] }, { say: 'what colours does it come in?', must: ['Black', 'Transparent'], cardSlug: 'halo-vision-pro-ultra' }] },
  { id: 'option-then-add', intent: 'cart-change', turns: [{ say: 'How much is the Vision X in sand with 256 GB?', must: ['$669.00'] }, { say: 'add it to my cart', must: ['Sand, 256 GB', '$669.00'], cards: ['cart-proposal'] }] },
  {
    id: 'recommend-camera-then-add', intent: 'cart-change',
    turns: [
      { say: 'Can you recommend a phone under $700 with a good camera?', must: ['under $700.00', /\$(599|349|699)\.00/], mustNot: ['$1,000.00', '$1,500.00'], cards: ['product'], tools: ['search_products'] },
      { say: 'great, add it to my cart', cards: ['cart-proposal'], must: ['Add to cart'] },
    ],
  },

  { id: 'compare-flagships', intent: 'comparison', turns: [{ say: "What's the difference between the Vision X Pro Max Ultra and the Halo Vision Pro Ultra?", must: ['$1,000.00', '$1,500.00', '5000 mAh', '5400 mAh'] }] },
  { id: 'compare-battery', intent: 'comparison', turns: [{ say: 'Vision X vs Vision X Terra: which has the bigger battery?', must: ['4600 mAh', '6000 mAh', 'Vision X Terra** has the biggest battery'] }] },
  // [CMP1] Asked on one thing, the comparison says who wins on it with both figures.
  { id: 'compare-lighter', intent: 'comparison', turns: [{ say: 'which weighs less, go or x?', must: ['Vision Go** is the lightest', '162 g', '186 g'], mustNot: ['mAh'] }] },
  { id: 'compare-tougher', intent: 'comparison', turns: [{ say: 'is the terra more rugged than the normal x', must: ['Vision X Terra** is the toughest', 'IP69', 'IP54'] }] },
  { id: 'compare-for-use', intent: 'comparison', turns: [{ say: 'halo or pro max ultra for taking photos of my kids', must: ['Halo Vision Pro Ultra** has the best camera', '1-inch type sensor'] }] },
  { id: 'compare-french', intent: 'comparison', turns: [{ say: 'Vision X ou Vision Go, lequel a la meilleure batterie ?', must: ['Vision X** has the biggest battery', '4600 mAh', '4200 mAh'] }] },
  { id: 'spec-not-fault', intent: 'product', turns: [{ say: 'how big is the screen on the vision x', must: ['6.4-inch'], mustNot: ['Hold the power button'] }] },
  { id: 'colour-german', intent: 'product', turns: [{ say: 'gibt es das Vision X in blau?', must: ['Ocean Blue'], mustNot: ['Forest Green'] }] },
  { id: 'pay-paypal', intent: 'policy', turns: [{ say: 'can i use paypal or klarna?', must: ['PayPal', 'Visa'] }] },
  // [REC2] A feature asked for filters on the spec rows; none within the budget is said plainly.
  { id: 'recommend-feature-missing', intent: 'recommendation', turns: [{ say: 'any phone with a periscope zoom for under 650 bucks?', must: ['None of our phones under $650.00 has an optical zoom lens', 'Vision X Pro Max Ultra', '$1,000.00'] }] },
  { id: 'recommend-feature-jack', intent: 'recommendation', turns: [{ say: 'which models still have a 3.5mm jack', must: ['Vision X', 'Vision X Terra'], mustNot: ['Vision Go', 'Halo'] }] },
  { id: 'recommend-performance', intent: 'recommendation', turns: [{ say: 'what is your fastest phone for games', must: ['Halo Vision Pro Ultra](/products/halo-vision-pro-ultra) is the most powerful', '16 GB RAM'] }] },
  { id: 'recommend-updates', intent: 'recommendation', turns: [{ say: 'which phone will get security updates for the most years', must: ['8 years of security updates'] }] },
  // [PQA1] A question the named aspects do not cover is answered from the product page's own rows and sentences.
  { id: 'qa-plug-heads', intent: 'product', turns: [{ say: 'does the gan charger have a plug head for europe', must: ['EU'], mustNot: ['Would you like me to add one'] }] },
  { id: 'qa-halo-ring', intent: 'product', turns: [{ say: 'what is the halo ring for', must: ['fill light'] }] },
  { id: 'box-no-charger', intent: 'product', turns: [{ say: 'is there a charger included with the vision go', must: ["No, there's no charger"] }] },
  // [ACC4] Another make's charger: what the phone's charging row says it takes.
  { id: 'other-make-charger', intent: 'compatibility', turns: [{ say: 'can I charge my terra with my old anker charger', must: ['Power Delivery', '33 W'] }] },
  { id: 'cable-watts-safe', intent: 'compatibility', turns: [{ say: 'will the 240w cable damage my vision x', must: ["It's safe"] }] },
  { id: 'recommend-two-ranks', intent: 'recommendation', turns: [{ say: 'I want a lighter phone that still has a big battery', must: ['Vision X Pro Max Ultra'], mustNot: ['Terra](/products'] }] },
  // [PQA2] [PQA3] A feature of a named phone is a yes or no from its row; a phone without it is told so before any steps.
  { id: 'feature-yes-no', intent: 'product', turns: [{ say: 'does the terra have a headphone jack', must: ['Yes, the **Vision X Terra** has a headphone jack', '3.5 mm'] }] },
  { id: 'feature-missing-steps', intent: 'product', turns: [{ say: "I can't get the eSIM to work on my Vision X Terra", must: ["doesn't have eSIM", 'nano-SIM'], mustNot: ['QR code'] }] },
  // [CMP2] Accessories side by side: what each page says about the question.
  { id: 'compare-accessories', intent: 'comparison', turns: [{ say: 'for long flights, buds pro or the over-ear headphones?', must: ['Vision Buds Pro', 'Vision Sound Over-Ear Headphones', 'hours'] }] },
  // [CMP3] Two options of one product: the difference in price.
  { id: 'compare-options', intent: 'comparison', turns: [{ say: 'pro max ultra glass: is the privacy tint one dearer than the clear one?', must: ['$5.00 more', 'Privacy Tint', 'Transparent'] }] },
  { id: 'accessory-colour-missing', intent: 'recommendation', turns: [{ say: 'do you do a privacy tint screen protector for the halo', must: ["We don't make screen protectors for the **Halo Vision Pro Ultra** in Privacy Tint", 'Transparent'] }] },
  { id: 'gift-under-budget', intent: 'recommendation', turns: [{ say: 'my sister just bought a vision x, any gift ideas under $30?', must: ['fit the **Vision X**', '$29.99'], mustNot: ['$39.99', '$179.99'] }] },
  { id: 'protect-follow-up', intent: 'recommendation', turns: [{ say: 'how much is the vision go' }, { say: 'what would protect it if my son drops it', must: ['Vision Go Loop Case'] }] },
  { id: 'feature-5g', intent: 'product', turns: [{ say: 'does the terra do 5g', must: ['Yes, the **Vision X Terra** has 5G'] }] },
  { id: 'option-follow-up', intent: 'product', turns: [{ say: 'how much are the loop cases' }, { say: 'fine, in white then, how much?', must: ['Vision Go Loop Case', '$24.99'] }] },
  // [ACC6] Two accessories together; the box list read for the item asked; spec words shoppers use.
  { id: 'accessory-pair', intent: 'compatibility', turns: [{ say: 'can the qi2 pad charge my vision x if it has the everyday case on', must: ['Everyday Case', 'Qi2'] }] },
  { id: 'box-no-screwdriver', intent: 'product', turns: [{ say: 'is a screwdriver in the box with the vision go', must: ["No, there's no screwdriver"] }] },
  { id: 'spec-thickness', intent: 'product', turns: [{ say: 'how thick is the vision x terra', must: ['13.2'] }] },
  { id: 'spec-video', intent: 'product', turns: [{ say: 'can the halo record 8k videos', must: ['8K at 30 fps'] }] },
  { id: 'cable-monitor', intent: 'compatibility', turns: [{ say: 'will the 1m braided cable connect my halo to a monitor?', must: ['Vision', 'video'] }] },
  { id: 'recommend-budget', intent: 'recommendation', turns: [{ say: 'Can you recommend a phone under $400?', must: ['Vision Go', '$349.00'], mustNot: ['$599.00'] }] },
  { id: 'recommend-rugged', intent: 'recommendation', turns: [{ say: 'I need a waterproof phone for hiking, what do you suggest?', must: ['Vision X Terra', 'IP68'] }] },
  { id: 'recommend-case', intent: 'recommendation', turns: [{ say: 'Which case should I get for my Vision Go?', must: ['Vision Go Loop Case', '$24.99'] }] },
  { id: 'recommend-headphones', intent: 'recommendation', turns: [{ say: 'Show me your headphones', must: ['Vision Sound', '$299.99'] }] },

  // [CART2] [CART3] [CART4] Changes in place, emptying, and a total asked about: proposals or sums, never a changed cart.
  { id: 'cart-swap-colour', intent: 'cart-change', turns: [{ say: 'could you make the go in my basket white instead', must: ['White, 128 GB', 'Coral, 128 GB', 'Confirm both cards'], cards: ['cart-proposal'], cardSlug: 'vision-go' }] },
  { id: 'cart-empty', intent: 'cart-change', turns: [{ say: 'clear my cart', must: ['remove the **Vision Go** (Coral, 128 GB)'], cards: ['cart-proposal'] }] },
  { id: 'cart-total-if', intent: 'view-cart', turns: [{ say: "how much would I pay altogether if I also got the loop case", must: ['$373.99'], mustNot: ['Press **Add to cart**'] }] },
  { id: 'cart-not-me', intent: 'view-cart', turns: [{ say: 'have you been adding stuff to my cart?', must: ['I never change your cart myself'] }] },
  { id: 'cart-size-up', intent: 'cart-change', turns: [{ say: "what's in my cart" }, { say: 'can you upgrade it to more storage', must: ['Coral, 256 GB', '$399.00'], cards: ['cart-proposal'], cardSlug: 'vision-go' }] },
  { id: 'option-possessive', intent: 'cart-change', turns: [{ say: 'put the 2m braided cable in white in my basket' }, { say: "black's fine then", must: ['(Black)', '$19.99'], cards: ['cart-proposal'], cardSlug: 'usb-c-braided-cable-2m' }] },
  { id: 'missing-option-price', intent: 'product', turns: [{ say: 'how much is the vision x in coral?', must: ["doesn't come in Coral", '$599.00'], cardSlug: 'vision-x' }] },
  { id: 'rank-after-cart', intent: 'recommendation', turns: [{ say: "what's in my basket" }, { say: "is that the cheapest phone you've got?", must: ['Vision Go', 'cheapest', '$349.00'] }] },
  { id: 'pick-then-it', intent: 'recommendation', turns: [{ say: 'which phone has the best camera?', cards: ['product'], cardSlug: 'halo-vision-pro-ultra' }, { say: 'what does it cost with 512 GB?', must: ['Halo Vision Pro Ultra', '$1,650.00'] }] },
  { id: 'pick-then-colour', intent: 'recommendation', turns: [{ say: 'your lightest phone please' }, { say: 'does that one come in white?', must: ['Vision Go', 'White, 128 GB: **$349.00**'], mustNot: ['162 g'] }] },
  { id: 'budget-range', intent: 'recommendation', turns: [{ say: 'i can spend 500-550 at most, what phone', must: ['Vision Go', '$550.00'], mustNot: ['TB'] }] },
  { id: 'budget-is-no-rank', intent: 'recommendation', turns: [{ say: 'budget of roughly $1000, a good camera matters most', must: ['Vision X Pro Max Ultra'] }] },
  { id: 'accessory-by-nickname', intent: 'compare', turns: [{ say: 'the loop one or the everyday one, which is cheaper?', must: ['Vision Go Loop Case', 'Vision X Everyday Case'] }] },
  { id: 'colours-compared', intent: 'compare', turns: [{ say: 'do the vision go and the vision x share any colours?', must: ['Coral', 'Ocean Blue', 'Black'] }] },
  { id: 'protect-named-phone', intent: 'recommendation', turns: [{ say: 'what would protect my vision go, my kid keeps dropping it', must: ['Vision Go Loop Case'] }] },
  { id: 'matching-case', intent: 'cart-change', turns: [{ say: 'put a vision x in sand in my basket' }, { say: 'and a matching case', must: ['Vision X Everyday Case', 'Sand'], cards: ['cart-proposal'], cardSlug: 'vision-x-everyday-case' }] },
  { id: 'bio-case-by-nickname', intent: 'cart-change', turns: [{ say: 'add 2 pmu bio cases in black', must: ['Bio Case'], cards: ['cart-proposal'], cardSlug: 'vision-x-pro-max-ultra-bio-case' }] },
  { id: 'glass-options-for-phone', intent: 'compatibility', turns: [{ say: 'how much are the glass options for my pro max ultra', must: ['Tempered Glass', '$24.99'] }] },
  { id: 'compare-kind-for-phone', intent: 'compare', turns: [{ say: "what's the difference between the two glass protector options for the pro max ultra", must: ['Privacy', '$29.99'] }] },
  { id: 'pad-on-go-no-wireless', intent: 'compatibility', turns: [{ say: 'will the wireless charging pad work with my vision go?', must: ['has no wireless charging'] }] },
  // [ORD2] An order's next step and delivery time, from its status, country and shipping method.
  { id: 'order-next-step', intent: 'order-status', turns: [{ say: 'when will order {paid} get here?', must: ['Paid', 'leaves the warehouse the same day', 'Standard delivery then takes 3–5 business days'] }] },
  { id: 'parcel-claim', intent: 'policy', turns: [{ say: 'order {shipped} says delivered but there is nothing at my door', must: ['7 days', "I've asked a person"] }] },
  // [CART5] [SHIP2] The cart as what a message points at; shipping for what is in it.
  { id: 'cart-referent-case', intent: 'cart-change', turns: [{ say: 'put a case for the phone in my cart in there too', must: ['Vision Go Loop Case'], cards: ['cart-proposal'], cardSlug: 'vision-go-loop-case' }] },
  { id: 'cart-referent-remove', intent: 'cart-change', turns: [{ say: 'please take the phone out of my basket', must: ['remove the **Vision Go** (Coral, 128 GB)'], cards: ['cart-proposal'] }] },
  { id: 'cart-set-quantity', intent: 'cart-change', turns: [{ say: 'set the quantity of the vision go to 3', must: ['to quantity 3'], cards: ['cart-proposal'] }] },
  { id: 'cart-remove-one-of-one', intent: 'cart-change', turns: [{ say: 'remove one of the gos, i only need one', must: ['only one'], mustNot: ['Press **Add to cart**'] }] },
  { id: 'cart-shipping-country', intent: 'shipping', turns: [{ say: "what would shipping to germany cost for what's in my cart", must: ['$349.00', 'Germany', 'free'] }] },
  { id: 'view-cart', intent: 'view-cart', turns: [{ say: "What's in my cart?", must: ['Vision Go', '$349.00', 'total'], cards: ['cart'], tools: ['view_cart'] }] },
  { id: 'remove-from-cart', intent: 'cart-change', turns: [{ say: 'Remove the Vision Go from my cart', must: ['remove', 'Vision Go'], cards: ['cart-proposal'], cardSlug: 'vision-go' }] },
  { id: 'add-two-cases', intent: 'cart-change', turns: [{ say: 'Add two Vision X Everyday Cases to my cart', must: ['$29.99', 'quantity 2'], cards: ['cart-proposal'], cardSlug: 'vision-x-everyday-case' }] },
  { id: 'add-out-of-stock', intent: 'cart-change', turns: [{ say: 'Add the Vision Go in lilac with 256 GB to my cart', must: ['out of stock'], mustNot: ['Press **Add to cart**'] }] },
  // One assistant: whatever the department label, it answers (it used to send the shopper to another department).
  { id: 'cart-in-tech', intent: 'cart-change', department: 'tech', turns: [{ say: 'Add a 65 W GaN charger to my cart', must: ['65 W GaN Charger', '$49.99'], mustNot: ['Switch to'], cards: ['cart-proposal'] }] },
  { id: 'recommend-in-service', intent: 'recommendation', department: 'service', turns: [{ say: 'Recommend a phone under $500', must: ['Vision Go', '$349.00'], mustNot: ['Switch to'] }] },

  { id: 'latest-order', intent: 'order-status', turns: [{ say: 'Where is my order?', must: ['{paid}', 'Paid', 'payment has gone through'], cards: ['order'], tools: ['list_orders'] }] },
  { id: 'shipped-order', intent: 'order-status', turns: [{ say: "What's the status of order {shipped}?", must: ['{shipped}', 'Shipped', 'tracking email'], cards: ['order'], tools: ['order_status'] }] },
  { id: 'paid-order-lowercase', intent: 'order-status', turns: [{ say: 'has {paid:lower} shipped yet?', must: ['{paid}', 'Paid'], cards: ['order'] }] },
  { id: 'list-orders', intent: 'list-orders', turns: [{ say: 'What did I order?', must: ['{paid}', '{shipped}', 'Shipped', 'Paid'], cards: ['order'] }] },
  { id: 'cancel-paid-order', intent: 'policy', turns: [{ say: 'Can I cancel order {paid}?', must: ['Paid', 'Placed or Paid', 'Yes, cancel order'] }] },
  { id: 'unknown-order', intent: 'order-status', turns: [{ say: 'Where is order VX-ABCDEFGH?', must: ["couldn't find"], mustNot: ['Shipped'] }] },
  { id: 'orders-in-sales', intent: 'order-status', department: 'sales', turns: [{ say: 'Where is my order {paid}?', must: ['Paid'], mustNot: ['Switch to'], cards: ['order'] }] },
];
