/**
 * How shoppers name products and colours. Names only: every price, colour list and stock level
 * an answer states comes from the tools. The names are checked against data/catalog.json by
 * slots.test.ts, so a renamed product fails a test instead of going unrecognised.
 */

/** Most specific first: a match is blanked out before the next pattern runs ("Pro Max Ultra Bio Case" is the case, not the phone). */
export const PRODUCT_PATTERNS: ReadonlyArray<readonly [slug: string, pattern: RegExp]> = [
  [
    'vision-x-pro-max-ultra-bio-case',
    /\b(((vision x )?pro max( ultra)?|pmu) )?bio (cases?|coques?|hullen?|hulle|fundas?|etuis?|carcasas?)\b|\b(cases?|coques?|hullen?|hulle|fundas?|etuis?|carcasas?) bio\b/,
  ],
  ['halo-vision-pro-ultra-clear-case', /\b(halo( vision)?( pro)?( ultra)? (clear )?cases?|clear cases?)\b/],
  [
    'vision-x-everyday-case',
    /\b((vision x )?everyday (cases?|ones?|coques?|hullen?|hulle|fundas?|etuis?|carcasas?)|vision x cases?)\b|\b(cases?|coques?|hullen?|hulle|fundas?|etuis?|carcasas?) everyday\b/,
  ],
  [
    'vision-go-loop-case',
    /\b((vision go )?loop (cases?|ones?|coques?|hullen?|hulle|fundas?|etuis?|carcasas?)|vision go cases?)\b|\b(cases?|coques?|hullen?|hulle|fundas?|etuis?|carcasas?) loop\b/,
  ],
  ['vision-x-pro-max-ultra-tempered-glass', /\b(vision x )?pro max( ultra)? (tempered glass|screen protector|glass)\b/],
  [
    'halo-vision-pro-ultra-tempered-glass',
    /\bhalo( vision)?( pro)?( ultra)? (tempered glass|screen protector|glass)\b/,
  ],
  [
    'visionx-65w-gan-charger',
    /\b(65 ?w( gan)? (charger|chargeur|cargador|ladegerat|netzteil)|gan (charger|chargeur|cargador|ladegerat)|65 ?w (one|version|brick|plug))\b|\b(chargeur|cargador|ladegerat|netzteil) (de |von |mit )?65 ?w\b/,
  ],
  ['visionx-qi2-wireless-pad', /\b((qi2 )?wireless (charging )?pad|charging pad|qi2 pad)\b/],
  [
    'visionx-magnetic-power-bank',
    /\b(magnetic )?power ?banks?\b|\bbatterie externe\b|\bbateria externa\b|\bexterne[rn]? akku\b/,
  ],
  [
    'usb-c-braided-cable-2m',
    /\b(2 ?m|240 ?w|long) (braided )?(usb c )?cables?\b|\bthe 2 ?m (one|version)\b|\bcables? 2 ?m\b|\b2 ?m(?= (and|or|vs|versus) (the )?1 ?m (braided )?(usb c )?cables?)/,
  ],
  [
    'usb-c-braided-cable-1m',
    /\b(1 ?m (braided )?(usb c )?cables?|the 1 ?m (one|version)|braided cables?|cables? 1 ?m|short (braided )?(usb c )?cables?)\b|\b1 ?m(?= (and|or|vs|versus|v) (the )?(2 ?m\b| {2,}))/,
  ],
  ['vision-buds-pro', /\b(vision )?buds( pro)?\b|\b(your|the|visionx) ear ?buds\b/],
  ['vision-sound-over-ear', /\b(vision sound|over ?ear( headphones)?)\b/],
  [
    'vision-watch-45mm',
    /\b(vision )?watch 45( ?mm)?\b|\b45 ?mm( watch)?\b|\b45(?= (or|and|vs|versus|v) (the )?41 ?mm\b)/,
  ],
  [
    'vision-watch-41mm',
    /\b(vision )?watch 41( ?mm)?\b|\b41 ?mm( watch)?\b|\b41(?= (or|and|vs|versus|v) (the )?( {2,}|45\b))|(?<=\b45 ?(mm )?(or|and|vs|versus|v) (the )?)41\b/,
  ],
  // The watch without a size: the larger one stands for both (same phones, same software).
  ['vision-watch-45mm', /\bvision watch\b|\b(the|your|that|this) (smart ?)?watch\b/],
  ['halo-vision-pro-ultra', /\bhalo( vision)?( pro)?( ultra)?\b/],
  ['vision-x-pro-max-ultra', /\b(vision x )?pro max( ultra)?\b|\bpmu\b/],
  ['vision-x-terra', /\b(vision x )?terra\b/],
  // "the Go" and "my X" are what owners call them; "on the go" is not a phone.
  [
    'vision-go',
    /\bvision ?go\b|\b(the|a|my) (128|256|512) ?(gb )?go\b|(?<!\bon )\b(the|my) go\b(?! (to|back|through|out|up|away|ahead)\b)|(?<!\bon )\b(a|that) go\b(?! (to|back|for|through|out|up|away|ahead)\b)|\bthe go(?= to \d)|\b(the|my) go(?= out of (my |the )?(cart|basket))|(?<=\b(carts|baskets) )go\b|(?<=\b(add|get|buy|order|want|need) (another|one more|a second|a 2nd) )go\b|(?<=\b(rate|screen|camera|battery|price|size|weight|specs?|display|storage|chip|ram|weight|zoom|case|glass|protector) on )the go\b|(?<=\b(x|terra|halo|max|ultra) (or|vs|versus|and|v) (the )?)go\b|^ ?go(?= (or|vs|versus|v) )|\bgo(?= (or|vs|versus|v|and) (the )?( {2,}|x\b|vision|terra|halo|pro))|\b(black|coral|white|lilac|purple) go\b/,
  ],
  // "VisionX" (one word) is the brand; "Vision X" (two) is the phone.
  [
    'vision-x',
    /\bvision x\b|\b(the|my|a|that|regular|normal|standard|plain|basic) x\b(?! (pro|terra)\b)|^ ?x(?= (or|vs|versus|and|v) )|\bx(?= (or|vs|versus|v) )|\b(or|vs|versus|and|v) (the )?x\b(?! (pro|terra)\b)/,
  ],
];

export const PHONE_SLUGS: ReadonlySet<string> = new Set([
  'vision-x-pro-max-ultra',
  'halo-vision-pro-ultra',
  'vision-x-terra',
  'vision-go',
  'vision-x',
]);

/** Shoppers' colour words → the catalog's colour names (tools take the name). */
/** A possessive closes up in plain() ("black's fine" → "blacks fine"), so a colour word may end in s. */
export const COLOUR_WORDS: ReadonlyArray<readonly [name: string, pattern: RegExp]> = [
  ['Forest Green', /\b(forest )?greens?\b|\b(vert|grun|verde)\b/],
  ['Ocean Blue', /\b(ocean )?blues?\b|\b(bleu|blau|azul)\b/],
  ['Privacy Tint', /\bprivacy( tint)?\b/],
  ['Transparent', /\b(transparent|see through|transparente|durchsichtig)\b/],
  ['Black', /\b(black|noir|schwarz|negro)s?\b/],
  ['White', /\b(white|blanc|weiss|blanco)s?\b/],
  ['Sand', /\b(sand|sable|arena)\b/],
  ['Coral', /\b(coral|corail|koralle)s?\b/],
  ['Lilac', /\b(lilac|purple|lila|lilas|violet|morado)s?\b/],
  ['Graphite', /\b(graphite|grey|gray|gris|grau|grafito)s?\b/],
];

/** Catalog categories by the words shoppers use. */
export const CATEGORY_WORDS: ReadonlyArray<readonly [category: string, pattern: RegExp]> = [
  // With the French, German and Spanish words, so "Welche Hüllen gibt es für das Vision X?" asks for cases.
  ['cases', /\b(cases?|covers?|bumpers?|hullen?|hulle|schutzhullen?|coques?|etuis?|fundas?|carcasas?)\b/],
  [
    'screen-protectors',
    /\b(screen protect[eo]rs?|protect[eo]rs?|screen guards?|tempered glass|glass (options?|ones?|protectors?)|displayschutz\w*|panzerglas|schutzglas|verre trempe|protection d ecran|protector de pantalla|cristal templado)\b/,
  ],
  ['chargers', /\b(chargers?|charging pad|power ?bank|ladegerate?|netzteil|chargeurs?|cargador(es)?|cargadores)\b/],
  ['cables', /\b(cables?|kabel|cordons?)\b/],
  ['audio', /\b(earbuds|earphones|headphones|buds|audio|kopfhorer|ecouteurs|casque|auriculares|cascos)\b/],
  ['wearables', /\b(watch|watches|wearables?|smartwatch|wrists?|fitness tracker)\b/],
  ['phones', /\b(phones?|smartphones?|handsets?|mobiles?)\b/],
];

/** What "cheapest", "biggest battery" or "lightest" ranks by. */
export type Rank =
  | 'price-asc'
  | 'price-desc'
  | 'battery'
  | 'weight'
  | 'screen'
  | 'camera'
  | 'storage'
  | 'performance'
  | 'software'
  | 'charging';

/** Most specific first: "biggest battery" ranks by battery, not by size. */
export const RANK_WORDS: ReadonlyArray<readonly [Rank, RegExp]> = [
  [
    'battery',
    /\b(biggest|largest|longest|best|most|bigger|longer|better|strongest|huge|big|long)( lasting)? (battery|batteries|battery life|mah)\b|\bbattery (that )?lasts? (the )?longest\b|\blongest lasting\b|\blasts? (the )?longest( on (a|one) (single |full )?charge)?\b|\b(lasts?|last) (longest|the longest|all day|two days|longer) (on|between) (a |one )?charges?\b|\b(meilleure?|plus grande?|grosse|plus grosse) (batterie|autonomie)\b|\b(beste[nr]?|bessere[nr]?|grosste[nr]?|lang(st)?e[nr]?) (akku|akkulaufzeit|batterie)\b|\b(mejor|mayor|mas) (bateria|autonomia)\b|\bbateria mas grande\b/,
  ],
  [
    'screen',
    /\b(biggest|largest|bigger|larger|big|large|huge) (screen|display)\b|\bplus grand ecran\b|\b(grosste[nr]?|grossere[nr]?) (bildschirm|display)\b|\b(pantalla mas grande|mayor pantalla)\b/,
  ],
  [
    'camera',
    /\b(best|better|greatest|top|good|great) (camera|cameras|photos?|pictures?|zoom)\b|\bmost megapixels\b|\b(low light|in the dark|(dim|dark) (rooms?|light|restaurants?|bars?|places?)|night (photos?|shots?|mode)|photograph\w*|birdwatch\w*|optical zoom)\b|\b(meilleure?s?) (camera|appareil photo|photos)\b|\b(beste[nr]?|bessere[nr]?) (kamera|fotos)\b|\b(mejor(es)?) (camara|fotos)\b/,
  ],
  [
    'weight',
    /\b(lightest|lighter|smallest|smaller|most compact|least heavy|one hand(ed)?)\b|\b(small|compact|little|tiny) (phone|one|size|hands?)\b|\b(plus leger|plus petit|plus compact|leichteste\w*|kleinste\w*|kompakteste\w*|mas ligero|mas pequeno|mas compacto)\b/,
  ],
  ['storage', /\b(most|biggest|largest|max(imum)?) (storage|space|memory|gb)\b/],
  [
    'charging',
    /\b((fills?|filling|tops?|topping|juices?) up (the )?(fastest|quickest|faster|quicker)|recharg\w* (the )?(fastest|quickest|faster|quicker)|charg\w* (the )?(fastest|quickest|faster|quicker)|(fastest|quickest|faster|quicker) (to )?charg\w*|fast(est)? charging|most watts)\b/,
  ],
  [
    'performance',
    /\b(gaming|games?|gamer|fps|frame ?rate|most powerful|fastest (phone|one|chip|processor)|(best|max|maximum|top) performance|no throttling|heavy apps|genshin|cod mobile|fortnite|pubg)\b/,
  ],
  [
    'software',
    /\b(longest|most|longer|long) (software )?(support|updates?)\b|\byears of (updates|security|support)\b|\b(most|longest) years\b|\bupdates? for (the )?(most|longest)\b|\bsupported (the )?longest\b|\bupdates? (for )?(the )?longest\b/,
  ],
  [
    'price-asc',
    /\b(cheapest|cheaper|lowest price|least expensive|most affordable|affordable|cheap|budget|inexpensive|(not|nothing) (too |very |that |super )?(pricey|expensive|fancy|dear)|reasonabl[ey]( priced)?|wont break the bank|best value|value for money|bang for (the|my|your) buck|bon marche|moins cher|pas (trop |tres |si )?cher|peu cher|economique|barato|mas barato|economico|no (muy |tan |demasiado )?caro|gunstig|gunstigste|billig\w*|preiswert\w*|nicht (zu |so |allzu )?teuer)\b/,
  ],
  [
    'price-desc',
    /\b(most expensive|priciest|top of the line|top end|flagship|best phone|best you have|most premium|high end)\b|\b(plus cher|teuerste\w*|mas caro)\b/,
  ],
];

/** Country names shoppers write → ISO codes (shipped to or not: the answer says which). */
export const COUNTRY_WORDS: ReadonlyArray<readonly [code: string, pattern: RegExp]> = [
  [
    'US',
    /\b(usa|us of a|united states|america|the us|the states|etats unis|estados unidos|vereinigte staaten|alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|honolulu|anchorage|chicago|los angeles|san francisco|seattle|boston|miami|houston|dallas|austin|denver|atlanta|nyc|brooklyn)\b/,
  ],
  ['CA', /\b(canada|canadian|kanada|toronto|montreal|vancouver|calgary|ottawa|quebec|edmonton|winnipeg|victoria bc)\b/],
  [
    'GB',
    /\b(uk|u k|united kingdom|britain|great britain|england|scotland|wales|northern ireland|royaume uni|reino unido|grossbritannien|london|manchester|glasgow|edinburgh|birmingham|leeds|liverpool|bristol|sheffield|nottingham|leicester|cardiff|belfast|brighton|southampton|aberdeen)\b/,
  ],
  [
    'DE',
    /\b(germany|german|deutschland|allemagne|alemania|berlin|munich|munchen|hamburg|cologne|koln|frankfurt|stuttgart|dusseldorf|dresden|leipzig|bremen|hannover|hanover|nuremberg|nurnberg|bonn)\b/,
  ],
  [
    'FR',
    /\b(france|french|frankreich|francia|paris|lyon|marseille|toulouse|bordeaux|lille|nantes|strasbourg|montpellier|rennes|grenoble)\b/,
  ],
  ['AU', /\b(australia|australien|(?<=\b(to|in|from|near|around) )(sydney|melbourne|brisbane|perth|adelaide))\b/],
  ['MX', /\b(mexico)\b/],
  ['ES', /\b(spain|espana|espagne|spanien|madrid|barcelona|seville|sevilla|valencia|malaga|bilbao)\b/],
  ['IT', /\b(italy|italia|italie|italien|milan|milano)\b/],
  ['IE', /\b(ireland|irland|irlande|dublin|cork|galway|limerick)\b/],
  ['NL', /\b(netherlands|holland|niederlande|pays bas|amsterdam|rotterdam)\b/],
  ['AT', /\b(austria|osterreich|autriche|vienna|wien)\b/],
  ['CH', /\b(switzerland|schweiz|suisse|suiza|zurich|geneva|geneve|basel)\b/],
  ['BE', /\b(belgium|belgique|belgien|brussels|bruxelles|antwerp)\b/],
  ['JP', /\b(japan|japon)\b/],
  ['IN', /\b(india|indien|inde)\b/],
  ['NZ', /\b(new zealand)\b/],
  ['BR', /\b(brazil|brasil|bresil)\b/],
];

/** What a product question asks about, and the spec names that answer it. */
export const ASPECTS = {
  price:
    /\b(price|prices|cost|costs|how much(?! (ram|storage|space|memory|battery|mah|weight|data|zoom|megapixels?|gb|tb|heavier|lighter|bigger|smaller|longer|shorter|faster|slower|brighter|thicker|thinner|better|worse|more (battery|storage|space|ram|mah|zoom))\b)|cheap|expensive|prix|preis|precio|cuesta|kostet|coute|combien|cuanto(?! pesa)|\$)/,
  colours: /\b(colou?rs?|shades?|finish(es)?|couleurs?|farben?|colores)\b/,
  storage:
    /\b(storage|gb|tb|memory|space|more room|enough room|room for|sd card|microsd|stockage|memoire|speicher\w*|almacenamiento|memoria)\b/,
  camera:
    /\b(cameras?|photos?|pictures?|zoom|videos?|vids?|film\w*|record\w*|[48] ?k|fps|lens|megapixels?|mp|selfie|kameras?|camaras?|appareil photo|fotos?)\b/,
  battery:
    /\b(battery|batteries|mah|battery life|lasts( longer)?|last (longer|all day|a day|two days)|on (a|one|a single|1) (full )?charge|per charge|between charges|hours of|batterie|akku\w*|baterias?|autonomie|autonomia)\b/,
  charging:
    /\b(charg(e|es|ing|er)|wireless|qi2?|watts?|recharge|aufladen|laden|kabellos\w*|sans fil|carga|cargar|inalambric\w*)\b/,
  water:
    /\b(water|waterpro\w*|water ?resistan\w*|ip\d\d|rain|swim\w*|dust\w*|wet|sealed|shower|pool|dunk\w*|submer\w*|splash\w*|drop\w*|rugged|tough\w*|durab\w*|etanche\w*|wasserdicht\w*|wasserfest\w*|resistente al agua|sumergible|impermeable)\b/,
  screen:
    /\b(screen|display|hz|nits|resolution|inch|refresh rate|bright|brightness|sunlight|in the sun|ecran|bildschirm|pantalla)\b/,
  size: /\b(size|weight|pesa|pese|wiegt|thick\w*|thin|slim|dimensions?|pocket|heavy|heavier|heaviest|lighter|weighs|light(?! (ring|up|flash|fill|glow))|weigh|dimensions|small|big|compact|poids|gewicht|peso|taille|leger|leicht|ligero|lourd|schwer|pesado|tamano)\b/,
  stock:
    /\b(in stock|stock|available|availability|sold out|disponible|verfugbar|lieferbar|auf lager|disponibilidad|agotado)\b/,
  network: /\b(e ?sim|sim|5g|network|dual sim|nfc|wifi|bluetooth)\b/,
  repair:
    /\b(repair|repairable|repairability|screws?|modules?|modular|spare parts?|reparer|reparation|reparieren|reparatur|reparar|reparacion)\b/,
  software: /\b(android|updates?|software|os)\b/,
  box: /\b(in the box|box|included|come with|comes with|dans la boite|inclus|lieferumfang|en la caja|incluye)\b/,
  port: /\b(headphone jack|jack|3 5 ?mm|aux|wired (headphones|earphones)|usb c port|port|displayport|hdmi|video out)\b/,
  materials: /\b(materials?|made of|made from|plastic|aluminium|aluminum|titanium|metal|recycled)\b/,
  performance:
    /\b(chip|processor|cpu|ram|performance|fast|speed|gaming|processeur|prozessor|procesador|leistung|rendimiento)\b/,
} as const satisfies Record<string, RegExp>;
export type Aspect = keyof typeof ASPECTS;

/** Spec groups and names (as in catalog.json) that answer each aspect. */
export const ASPECT_SPECS: Record<Aspect, RegExp> = {
  price: /^$/,
  colours: /^$/,
  storage: /storage/i,
  camera: /camera|main|ultra-wide|telephoto|front|video|macro|halo ring/i,
  battery: /^(battery|battery life)$/i,
  charging: /charging/i,
  water: /water|durability/i,
  screen: /^(screen|protection|brightness)$/i,
  size: /^(size|weight)$/i,
  stock: /^$/,
  network: /network|wireless/i,
  repair: /repair|modular|tools|spare/i,
  software: /software/i,
  box: /contents/i,
  performance: /chip|ram/i,
  port: /^port$/i,
  materials: /^materials$/i,
};

/** Features a shopper can require of a phone; offline/phone-features.ts reads each from the specs. */
export const FEATURE_WORDS = {
  telephoto: /\b(optical zoom|telephoto|zoom lens|periscope|proper zoom|real zoom)\b/,
  mmwave: /\bmm ?wave\b/,
  fiveg: /\b5 ?g\b/,
  esim: /\be ?sims?\b/,
  wireless: /\b(wireless(ly)? charg\w*|charg\w* wireless\w*|qi2?|sans fil|kabellos\w*|inalambric\w*)\b/,
  jack: /\b(headphone|audio|aux|mm|earphone) (jack|socket|port|input)\b|\b3[ .]?5 ?mm\b|\baux\b|\bwired headphones\b/,
  microsd:
    /\b(micro ?sd|memory cards?|(?<!sim )sd cards?|(?<!sim )card slot|expandable storage|sd ?karten\w*|sd ?karte|speicherkarte\w*|kartenslot|cartes? (micro ?)?sd|lecteur de carte|tarjetas? (micro ?)?sd|ranura (para )?(micro ?)?sd)\b/,
} as const satisfies Record<string, RegExp>;
export type FeatureId = keyof typeof FEATURE_WORDS;
