import { plain } from '../../nlu/entities.js';
import { anyOf, group } from '../../nlu/alternatives.js';

/**
 * The hazards a message can describe, each with the unmistakable phrasings that make the guard
 * (guards.ts) answer with first aid before anything else, and that choose which first aid
 * (offline/safety-answer.ts). A miss here costs more than a wrong topic, so the lists are long;
 * each phrasing still needs an event or a danger, not a word alone ("can I use it in the rain?"
 * is a question about water resistance).
 */
export type HazardKind = 'swallowed' | 'injury' | 'fire' | 'swelling' | 'damaged-battery' | 'shock' | 'heat' | 'liquid';

/** Most serious first: a message with two hazards gets the first aid of both, in this order. */
export const HAZARD_ORDER: readonly HazardKind[] = [
  'swallowed',
  'injury',
  'fire',
  'swelling',
  'damaged-battery',
  'shock',
  'heat',
  'liquid',
];

const SIGNS: ReadonlyArray<readonly [HazardKind, RegExp]> = [
  // A burn or cut on someone: first aid for the person before anything about the phone.
  [
    'injury',
    anyOf(
      '',
      group(
        String.raw`\bburn(ed|t|s)? (my|his|her|their|the kids?|the babys?) (`,
        ['hand', 'palm', String.raw`finger\w*`, 'skin', 'leg', 'thigh', 'face', 'ear', 'cheek'],
        String.raw`)\b`,
      ),
      String.raw`\bburn (mark|marks)\b`,
      String.raw`\b(a )?burn on (my|his|her|their) \w+`,
      String.raw`\bblister\w*\b`,
      String.raw`\b(cream|ointment|gel) (for|on) (the|my|a) burn\b`,
      String.raw`\bcut (my|his|her) (hand|finger\w*)\b`,
    ),
  ],
  // "The back cover looks raised at one corner", "the screen is popping off": a swelling by its signs.
  [
    'swelling',
    anyOf(
      '',
      group(
        String.raw`^(?!.*\b(crack(?!l)\w*|shatter\w*|smash\w*|protector|tempered|screen guard)\b).*(`,
        [
          group(
            String.raw`\b(back( cover)?|screen|display)\b.{0,40}\b(`,
            [
              'raised',
              'lifted',
              'lifting',
              '(begun|began|started|starting|starts|beginning) (to )?lift(ing)?',
              'popping (off|out|up)',
              '(coming|come|came) (away|apart|off|up|unglued|loose)',
              String.raw`separat\w*`,
              String.raw`bow(s|ed|ing)? out\w*`,
              String.raw`warp\w*`,
              'bent outwards?',
              'fingernail under',
              // "The back has a lump": a bump no one put there (a camera bump is the phone's, a bump taken is a knock).
              String.raw`(?<!\b(took|take|takes|taking|got|had|gave it) (a |an )?(little |small |slight |big )?)(?<!camera )(lump|bump)s?`,
            ],
            String.raw`)\b`,
          ),
          String.raw`\b(raised|lifting|popping (off|out|up))\b.{0,30}\b(back|screen|cover|display)\b`,
          String.raw`\b(?<!camera )(lump|bump)s?\b (\w+ ){0,4}(on|in|under|at|of) (the |my )?(back|screen|display|cover)\b(?! camera)`,
        ],
        ')',
      ),
    ),
  ],
  // "A gap between the screen and the frame, like something inside is pushing it out".
  [
    'swelling',
    anyOf(
      '',
      group(
        String.raw`^(?!.*\b(`,
        ['protector', 'tempered', 'screen guard', 'case', 'cases', 'bubbles?', 'fits?'],
        group(
          String.raw`)\b).*\bgap\b.{0,20}\b(between|under|along|round|around)\b.{0,20}\b(`,
          ['screen', 'display', 'back', 'glass', 'frame', 'body'],
          String.raw`)\b`,
        ),
      ),
      group(
        String.raw`\b(something|battery)\b.{0,20}\b(push\w*|press\w*|forc\w*)\b.{0,20}\b(`,
        ['it', 'the (screen|back|display|glass)'],
        String.raw`) (out|up|off|apart|from (the )?inside)\b`,
      ),
    ),
  ],
  [
    'swelling',
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          String.raw`swell\w*`,
          'swollen',
          String.raw`bulg\w*`,
          'puff(y|ed|ing) up',
          'puffy',
          String.raw`bloat\w*`,
          'pillow(ing|ed)',
          String.raw`expand\w*`,
          String.raw`balloon\w*`,
        ],
        String.raw`)\b.{0,40}\b(battery|back|phone|case|screen|cover|power ?bank|bank)\b`,
      ),
      group(
        String.raw`\b(battery|back|phone|screen|cover|power ?bank|bank)\b.{0,40}\b(`,
        [
          String.raw`swell\w*`,
          'swollen',
          String.raw`bulg\w*`,
          String.raw`puff\w*`,
          String.raw`bloat\w*`,
          String.raw`expand\w*`,
          'lifting',
          // "The battery has gone like a balloon".
          String.raw`balloon\w*`,
        ],
        String.raw`)\b`,
      ),
    ),
  ],
  // A phone that no longer lies flat ("it rocks if I tap a corner"): the battery pushing the back out.
  // (A camera bump rocks a phone too, and a case or a protector that does not lie flat is no battery.)
  [
    'swelling',
    anyOf(
      '',
      group(
        group(
          String.raw`^(?!.*\b(`,
          [
            'camera',
            'bump',
            String.raw`lens\w*`,
            'case',
            'cases',
            '(?<!back )cover',
            'protector',
            'glass',
            'bubbles?',
            'wont wobble',
            'won t wobble',
          ],
          String.raw`)\b).*(`,
        ),
        [
          group(
            String.raw`\b(`,
            ['doesnt', 'does not', 'wont', 'will not', 'no longer', 'isnt', 'is not'],
            String.raw`) (sit|lie|lay|sitting|lying|laying) (flat|level)\b`,
          ),
          group(
            String.raw`\b(back|back cover|screen|display|battery)\b (\w+ ){0,4}(`,
            ['doesnt', 'does not', 'wont', 'will not', 'no longer', 'isnt', 'is not'],
            String.raw`) (sit|sitting) flush\b`,
          ),
          group(
            String.raw`\b(rock(s|ing)?|wobbl\w*|spins?|spinning|see ?saws?)\b.{0,50}\b(`,
            ['on (the|my|a) (desk|table|counter|surface)', 'flat surface', 'tap (a|the|one) corner'],
            String.raw`)\b`,
          ),
        ],
        ')',
      ),
    ),
  ],
  ['fire', /\b(smell\w*|odou?r|whiff|stinks?)\b.{0,30}\bpear drops?\b|\bpear drops?\b.{0,20}\bsmell\w*/],
  [
    'fire',
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          String.raw`burn\w* smell`,
          '(chemical|sweet|acetone|solvent|nail polish|vinegar|fishy|toxic) (smell|odou?r)',
          group(
            String.raw`smells? (\w+ ){0,2}(sweet|chemical|toxic|of |like )?(`,
            [
              String.raw`burn\w*`,
              'smoke',
              'chemicals?',
              'plastic',
              'nail polish( remover)?',
              'acetone',
              'solvent',
              'vinegar',
              'fish',
            ],
            ')',
          ),
          'smok(e|es|ed|ing|y)',
          'sparks?',
          'sparking',
          'caught fire',
          'on fire',
          'flames?',
          'melt(ed|ing|s)?',
          'hiss(es|ing)?',
          'fizz(es|ing)?',
        ],
        String.raw`)\b`,
      ),
    ),
  ],
  // Something happened with a liquid, in either order ("knocked a pint over… sat in lager", "a night in a puddle").
  [
    'liquid',
    anyOf(
      '',
      group(
        group(
          String.raw`\b(`,
          [
            'dropped',
            'fell',
            'fallen',
            'fall',
            String.raw`spill\w*`,
            'spilt',
            'got',
            'soaked',
            'submerged',
            'went (in|into|through)',
            'dunked',
            'knocked',
            'sat',
            'sitting',
            'left',
            'spent',
            'drenched',
            'washed',
            'chucked',
            'flung',
          ],
          String.raw`)\b.{0,60}\b(`,
        ),
        [
          'water',
          'toilet',
          'loo',
          'pool',
          'sink',
          'bath',
          'bathtub',
          'tub',
          'sea',
          'ocean',
          'lake',
          'river',
          'pond',
          'coffee',
          'tea',
          'juice',
          'beer',
          'lager',
          'pint',
          'cider',
          'wine',
          'soda',
          'coke',
          'milk',
          String.raw`rain\w*`,
          'downpour',
          'storm',
          'puddle',
          'liquid',
          'drink',
          'cup',
          'mug',
          String.raw`glass of \w+`,
          'bottle',
          'bucket',
          'wash',
          'washing machine',
          'laundry',
          'dishwasher',
        ],
        String.raw`)\b`,
      ),
      group(
        group(
          String.raw`\b(`,
          [
            'water',
            'toilet',
            'loo',
            'pool',
            'sink',
            'bath',
            'bathtub',
            'sea',
            'river',
            'pond',
            'coffee',
            'tea',
            'juice',
            'beer',
            'lager',
            'pint',
            'cider',
            'wine',
            'soda',
            'coke',
            'milk',
            'puddle',
            'liquid',
            'drink',
            'washing machine',
            'dishwasher',
          ],
          String.raw`)\b.{0,60}\b(`,
        ),
        [
          'dropped',
          'fell',
          'fallen',
          String.raw`spill\w*`,
          'spilt',
          'soaked',
          'submerged',
          'dunked',
          'knocked over',
          'sat',
          'spent',
          'drenched',
          'burst',
          'leaked',
          'went (all )?(over|in|into|up|down|inside)',
          'got (up )?(in|into|inside)',
        ],
        String.raw`)\b`,
      ),
      String.raw`\b(went|been|go) through (the|a) (\w+ ){0,3}(wash|cycle)\b`,
      String.raw`\b(water|liquid) damage\b`,
      String.raw`\bwet (phone|charging port|port)\b`,
      String.raw`\bphone (is|got) wet\b`,
    ),
  ],
  [
    'heat',
    anyOf(
      '',
      String.raw`\b(hot|warm) enough (that )?(i )?(had to|have to|to make me) (put|drop|set) it down\b`,
      String.raw`\b(chauffe|surchauffe|brulant\w*)\b.{0,50}\b(tenir|toucher|brul\w*)\b`,
      String.raw`\b(kann|konnte) (es|ihn|das handy|das telefon) (kaum|nicht) (mehr )?(halten|anfassen)\b`,
      String.raw`\bno (lo )?puedo (ni )?(tocar|sostener|agarrar)\b`,
      String.raw`\b(almost |nearly |way )?too hot to (even )?(hold|touch)\b`,
      String.raw`\bhot enough to burn\b`,
    ),
  ],
  // Charging under a pillow or a duvet: the heat has nowhere to go.
  [
    'heat',
    anyOf(
      '',
      group(
        group(
          String.raw`^(?!.*\b(`,
          [
            group(
              String.raw`(never|not|dont|don t|instead of) (\w+ )?under (my |the |a )?(`,
              ['pillow', 'blanket', 'duvet', 'covers', 'sheets', 'quilt'],
              ')',
            ),
            'not (charging|plugged in)',
          ],
          String.raw`)\b).*(`,
        ),
        [
          group(
            String.raw`\b(charg\w*|on charge|plugged in)\b.{0,40}\bunder (my |the |a )?(`,
            ['pillow', 'blanket', 'duvet', 'covers', 'sheets', 'quilt'],
            String.raw`)\b`,
          ),
          String.raw`\bunder (my |the |a )?(pillow|blanket|duvet|quilt)\b.{0,40}\b(charging|on charge|plugged in)\b`,
        ],
        ')',
      ),
    ),
  ],
  // Hot while doing nothing, or hot enough to hurt: the guide's sign of a failing battery.
  [
    'heat',
    anyOf(
      '',
      String.raw`\b(its|it s|it is|phone is|(it|phone) was) (roasting|boiling|scorching|baking|cooking|on fire hot)\b`,
      group(
        String.raw`\b(burning|scalding|painfully|boiling|really|very|super|extremely|so|too) hot\b.{0,80}\b(`,
        [
          'hurt',
          'hurts',
          'burn(ed|t)? (me|my)',
          '(couldnt|cant|could not|can not|can barely|can hardly|could barely|could hardly) (hold|touch)',
          'had to (take|put|drop)',
        ],
        String.raw`)\b`,
      ),
      group(
        String.raw`\b(`,
        [
          'doing (literally |absolutely )?nothing',
          'not doing anything',
          '(its|it s|it has|it was|phones|phone has|phone was) (just )?(been )?(sitting|lying)',
          'not (even )?(charging|plugged in|using it)',
          'nothing (was )?(even )?plugged in',
          'idle',
          'in my (pocket|bag|backpack|rucksack|handbag|purse|luggage|suitcase)',
        ],
        String.raw`)\b.{0,60}\b(burning|scalding|boiling|really|very|super|extremely|so|too) hot\b`,
      ),
      group(
        String.raw`\b(burning|scalding|boiling|really|very|super|extremely|so|too) hot\b.{0,60}\b(`,
        [
          'doing nothing',
          'not (even )?(charging|plugged in|using it)',
          'idle',
          'in my (pocket|bag|backpack|handbag|purse)',
        ],
        String.raw`)\b`,
      ),
    ),
  ],
  [
    'heat',
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'too hot to (hold|touch)',
          'burning (hot|up)',
          '(really|very|super|extremely|so|too) hot',
          String.raw`overheat\w*`,
          'scalding',
        ],
        String.raw`)\b.{0,60}\b(charg\w*|plugged|unplugged)\b`,
      ),
      group(
        String.raw`\b(charg\w*|plugged)\b.{0,60}\b(`,
        [
          'too hot to (hold|touch)',
          'burning (hot|up)',
          '(really|very|super|extremely|so|too) hot',
          String.raw`overheat\w*`,
          'scalding',
        ],
        String.raw`)\b`,
      ),
    ),
  ],
  [
    'swallowed',
    anyOf(
      '',
      group(
        String.raw`\bswallow\w*\b.{0,50}\b(`,
        [
          'battery',
          'batteries',
          'cell',
          'magnet',
          'part',
          'button',
          'cable',
          'charger',
          'power ?bank',
          'pin',
          'tool',
          'screw',
          'bud',
          'earbud',
        ],
        String.raw`)\b`,
      ),
      group(
        String.raw`\b(chew\w*|bit (into|through))\b.{0,50}\b(`,
        [
          'battery',
          'batteries',
          'cell',
          'magnet',
          'part',
          'button',
          'power ?bank',
          'pin',
          'tool',
          'screw',
          'bud',
          'earbud',
        ],
        String.raw`)\b`,
      ),
      String.raw`\b(battery|magnet|power ?bank)\b.{0,40}\b(swallow\w*|chew\w*)\b`,
      // "Just ate a button battery": eating a magnet or a button cell is swallowing it ("the app ate my battery" is not).
      String.raw`\b(ate|eaten)\b (\w+ ){0,3}(button (battery|batteries|cells?)|coin cells?|magnets?)\b`,
      // "Got a magnet up his nose", "a button battery in her ear": as urgent as one swallowed.
      // (Not "over-ear headphones, which battery lasts longer", nor a magnet "in the ear cup".)
      String.raw`\b(batter(y|ies)|magnets?|button cells?|coin cells?)\b (\w+ ){0,4}(up|in|into|inside) (his|her|their|my|the|a|its) (nose|nostrils?|ears?)\b(?! ?(cups?|cushions?|tips?|pieces?|hooks?|pads?))`,
      String.raw`^(?=.*\b(batter(y|ies)|magnets?|button cells?|coin cells?)\b).*\b(stuck|lodged|pushed|shoved|put|got|stuffed)\b (\w+ ){0,3}(up|in|into) (his|her|their|my|the) (nose|nostrils?|ears?)\b(?! ?(cups?|cushions?|tips?|pieces?|hooks?|pads?))`,
    ),
  ],
  // A child or a pet chewed the phone and a piece is gone: it may have been swallowed.
  [
    'swallowed',
    anyOf(
      '',
      group(
        String.raw`^(?=.*\b(`,
        [
          'kid',
          'kids',
          'child',
          'children',
          'baby',
          'toddler',
          'little one',
          'son',
          'daughter',
          'dog',
          'puppy',
          'pup',
          'cat',
          'kitten',
          String.raw`\d ?(yo|year old|yr old|years old)`,
        ],
        group(
          String.raw`)\b)(?=.*\b(`,
          [
            String.raw`chew\w*`,
            'bit',
            'bite',
            'biting',
            'bitten',
            'bite marks?',
            'teeth marks?',
            'tooth marks?',
            String.raw`gnaw\w*`,
          ],
          group(
            group(
              String.raw`)\b (on |into |off |through |in )?(\w+ ){0,4}(`,
              ['phone', 'back', 'cover', 'battery', 'earbuds?', 'buds?', 'it'],
              String.raw`)\b)(?=.*\b(`,
            ),
            ['missing', 'piece', 'pieces', 'chunk', 'broke off', 'broken off', 'came off', 'bit of (the|it)'],
            String.raw`)\b)`,
          ),
        ),
      ),
    ),
  ],
  // Teeth through the cover over the battery: a battery that may be damaged.
  [
    'damaged-battery',
    anyOf(
      '',
      String.raw`\b(chew\w*|bitten|bite marks?|teeth marks?|tooth marks?|gnaw\w*)\b.{0,60}\bbattery\b`,
      String.raw`\bbattery\b.{0,40}\b(chewed|bitten|gnawed|bite marks?|teeth marks?)\b`,
    ),
  ],
  // Hot while it rests ("hot in my pocket even when I'm not using it", "hot on standby"): the guide's sign of a failing battery.
  [
    'heat',
    anyOf(
      '',
      group(
        String.raw`\b(hot(?! ?spot)|burning up|heats? up)\b.{0,50}\b(even )?(when|while|on|in) (\w+ ){0,2}(`,
        ['standby', 'idle', 'not (using|in use|being used|doing anything)', 'doing nothing', 'sleep mode'],
        String.raw`)\b`,
      ),
    ),
  ],
  // Fog or water inside after a freezer or a steamy room: moisture, dried like a spill.
  [
    'liquid',
    anyOf(
      '',
      group(
        String.raw`^(?!.*\b(filter|app|mode|protector)\b).*(`,
        [
          group(
            String.raw`\b(`,
            [String.raw`fog\w*`, 'condensation', 'moisture', 'misted', 'steamed up', 'water droplets?'],
            String.raw`)\b.{0,30}\b(under|inside|behind) (the )?(camera|lens|glass|screen|display)\b`,
          ),
          group(
            String.raw`\b(put|left|had|stuck|placed) (it|my phone|the phone) in the (freezer|fridge)\b.{0,80}\b(`,
            ['wet', String.raw`fog\w*`, 'condensation', 'moisture', 'droplets?'],
            String.raw`)\b`,
          ),
        ],
        ')',
      ),
    ),
  ],
  // "The phone got thicker in the middle", "the case stopped fitting because it bulges": a swelling by its shape.
  [
    'swelling',
    anyOf(
      '',
      group(
        String.raw`^(?!.*\b(`,
        [
          'than',
          'which',
          'wallet',
          'pocket',
          'expected',
          'thin',
          String.raw`slim\w*`,
          'cover on',
          'case on',
          'with the case',
          'put the case',
        ],
        group(
          String.raw`)\b).*\b(phone|it|back|middle)\b.{0,30}\b(`,
          ['got', 'getting', 'gone', 'became', 'has become', 'went', 'has got'],
          String.raw`) (kinda |kind of |a bit |slightly |way |really )?(thicker|fatter|puffier|rounder|domed)\b`,
        ),
      ),
    ),
  ],
  // A small magnet or battery gone missing where a small child or pet plays: as if swallowed.
  [
    'swallowed',
    anyOf(
      '',
      group(
        group(
          String.raw`^(?!.*\b(buy|another|replace\w*|order|sell|spare|new one)\b)(?=.*\b(`,
          ['magnets?', 'magnet ring', 'button cells?', 'coin cells?', 'watch battery', 'small battery'],
          String.raw`)\b.{0,40}\b(missing|cant find|can t find|is gone|disappeared)\b)(?=.*\b(`,
        ),
        [
          'kid',
          'kids',
          'child',
          'children',
          'baby',
          'toddler',
          'little one',
          'dog',
          'puppy',
          'cat',
          'kitten',
          '(she|he) s [1-5]',
          '[1-5] ?(yo|year old|yr old|years old) (son|daughter|boy|girl|kid|child|toddler|baby)',
          group(
            '(my|our|her|his) [1-5] ?(yo|year old|yr old)(?! (',
            ['phone', 'battery', 'watch', 'charger', 'case', 'go', 'x', 'terra', 'halo'],
            '))',
          ),
        ],
        String.raw`)\b)`,
      ),
    ),
  ],
  [
    'swallowed',
    anyOf(
      '',
      group(
        group(
          String.raw`^(?=.*\b(mouth|swallow\w*|ate|eaten|lick(ed|ing|s)?|suck(ed|ing|s)? on)\b)(?=.*\b(`,
          [
            'magnets?',
            'batter(y|ies)',
            'button cells?',
            'coin cells?',
            '(sim )?(pin|ejector|tool)',
            'screws?',
            'small parts?',
            'earbuds?',
            'buds?',
          ],
          String.raw`)\b)(?=.*\b(`,
        ),
        [
          'kid',
          'kids',
          'child',
          'children',
          'baby',
          'toddler',
          'son',
          'daughter',
          'nephew',
          'niece',
          'grandson',
          'granddaughter',
          'grandkids?',
          'grandchild(ren)?',
          'little (brother|sister)',
          'dog',
          'puppy',
          'pup',
          'doggo',
          'lab',
          'labrador',
          'spaniel',
          'terrier',
          'pet',
          'cat',
          'kitten',
          'parrot',
          'hamster',
          'rabbit',
          'ferret',
          String.raw`\d ?(yo|year old|yr old|years old)`,
        ],
        String.raw`)\b)`,
      ),
    ),
  ],
  // A liquid and something that happened to the phone in it ("jumped in the pool with it in his pocket", "the bottle leaked milk all over my phone").
  [
    'liquid',
    anyOf(
      '',
      group(
        group(
          String.raw`^(?=.*\b(`,
          [
            'pool',
            'sea',
            'ocean',
            'lake',
            'river',
            'pond',
            'bath',
            'bathtub',
            'toilet',
            'sink',
            'puddle',
            String.raw`rain\w*`,
            'milk',
            'juice',
            'coffee',
            'tea',
            'beer',
            'wine',
            'soda',
            'water',
            'liquid',
            'drink',
            'soup',
          ],
          String.raw`)\b)(?=.*\b(`,
        ),
        [
          'jumped',
          'dived',
          'dove',
          'swam',
          'fell',
          'dropped',
          'leaked',
          'leaking',
          'poured',
          'splashed',
          String.raw`spill\w*`,
          'spilt',
          'soaked',
          'drenched',
          'submerged',
          'dunked',
          'sank',
          'sunk',
          'knocked',
          'chucked',
          'flung',
        ],
        String.raw`)\b)(?=.*\b(phone|it|vision|halo|terra|go|pocket|bag)\b)`,
      ),
    ),
  ],
  // Still in it, or through the wash: "my phone is in the bath right now", "was in my jeans in the washing machine".
  [
    'liquid',
    anyOf(
      '',
      group(
        group(
          String.raw`\b(phone|it|mine|its)\b (`,
          ['is ', 'was ', 's ', 'has been ', 'had been ', 's been ', 'been ', 'went ', 'got '],
          ')?(still )?(in|under|through) (the |a |my )?(',
        ),
        ['bath', 'bathtub', 'water', 'pool', 'sink', 'toilet', 'sea', 'river', 'puddle', 'wash'],
        String.raw`)\b(?! (resist\w*|rating|proof|test\w*))`,
      ),
      group(
        String.raw`\b(phone|it|mine)\b (is|was|got|has been|s been) (completely |totally |all |properly )?(`,
        ['soaked', 'drenched', 'submerged', 'wet through'],
        String.raw`)\b`,
      ),
      group(
        String.raw`\b(phone|it|mine)\b.{0,30}\b(in|through) (the |a )?(`,
        ['washing machine', 'wash', 'dishwasher', 'tumble dryer', 'dryer'],
        String.raw`)\b`,
      ),
    ),
  ],
  // Through the laundry in a pocket ("washed my jeans with it still in the pocket, 40 degree cycle").
  [
    'liquid',
    anyOf(
      '',
      group(
        group(
          String.raw`^(?!.*\b(`,
          [
            'hands?',
            'case',
            'strap',
            'band',
            'cover',
            'screen',
            'lens',
            'car',
            'business',
            'waterproof',
            String.raw`water ?resist\w*`,
            'how (do|should|can) i (wash|clean)',
          ],
          String.raw`)\b)(?=.*\b(`,
        ),
        [
          'washed',
          'laundered',
          '(went|been) through the wash',
          'in the wash',
          'spin cycle',
          'rinse cycle',
          String.raw`\d+ ?degrees?( wash| cycle)?`,
          'wash cycle',
        ],
        group(
          String.raw`)\b)(?=.*\b(`,
          ['pocket', 'jeans', 'trousers', 'pants', 'shorts', 'jacket', 'coat', 'hoodie', 'jumper', 'sweater'],
          String.raw`)\b)(?=.*\b(phone|it|vision|go|terra|halo|mine)\b)`,
        ),
      ),
    ),
  ],
  // Thrown, tossed or pushed into the water ("my brother threw my Go in the pool").
  [
    'liquid',
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'threw',
          'thrown',
          'throwing',
          'tossed',
          'tossing',
          'pushed',
          'kicked',
          'knocked',
          'chucked',
          'flung',
          'dropped',
        ],
        group(
          group(
            String.raw`)\b (\w+ ){0,3}(into|in) (the |a |our |his |her |my )?(`,
            ['deep end of the ', 'paddling ', 'swimming ', 'kiddie '],
            ')?(',
          ),
          ['pool', 'sea', 'lake', 'river', 'pond', 'bath', 'bathtub', 'toilet', 'loo', 'sink', 'water', 'puddle'],
          String.raw`)\b`,
        ),
      ),
    ),
  ],
  // Deep or long under water, sweat and damp inside a port: water where it should not be.
  [
    'liquid',
    anyOf(
      '',
      group(
        String.raw`\b(took|taken|had|went) (it|my \w+( \w+)?|the phone) (`,
        [String.raw`snorkel\w*`, 'diving', 'scuba', 'underwater', 'under water'],
        String.raw`)\b`,
      ),
      group(
        String.raw`\b(snorkel\w*|diving|scuba|underwater|under water)\b.{0,40}\b(`,
        [String.raw`\d+ ?m\b`, 'metres?', 'meters?', 'an hour', String.raw`\d+ (minutes|mins|hours?)`],
        ')',
      ),
      group(
        String.raw`\b(`,
        [String.raw`sweat\w*`, 'damp', String.raw`moist\w*`, 'condensation', 'fogg(ed|y)'],
        String.raw`)\b.{0,60}\b(port|inside|lens|camera|screen|charging)\b`,
      ),
      group(
        String.raw`\b(port|inside|lens|camera)\b.{0,20}\b(`,
        ['is', 'looks', 'looked', 'got', 'was', 'went', 'feels', 'seems'],
        String.raw`) (\w+ )?(damp|wet|moist\w*|fogg(ed|y))\b`,
      ),
    ),
  ],
  // "What about a hairdryer on the low setting?", "shall I put it in rice?": asking to dry it with heat or rice.
  [
    'liquid',
    anyOf(
      '',
      group(
        String.raw`\b(can|could|should|shall|may) i\b.{0,40}\b(`,
        ['hair ?dryer', 'blow ?dryer', 'heat gun', 'radiator', 'oven', 'microwave', 'in rice', 'bag of rice'],
        String.raw`)\b`,
      ),
      String.raw`\b(what|how) about (a |the |some )?(hair ?dryer|blow ?dryer|heat gun|radiator|oven|rice)\b`,
    ),
  ],
  // A power bank or battery that rattles and splits: damaged cells.
  [
    'damaged-battery',
    anyOf(
      '',
      String.raw`\brattl\w*\b.{0,80}\b(split\w*|crack(?!l)\w*|open|bulg\w*|swell\w*)\b`,
      String.raw`\bcasing\b.{0,30}\b(split\w*|cracked|open)\b`,
    ),
  ],
  // Drying it with heat or rice, or cooling it in a freezer, does harm of its own.
  [
    'liquid',
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'microwave',
          'oven',
          'hair ?dryer',
          'blow ?dryer',
          'heat gun',
          'bag of rice',
          'in rice',
          'radiator',
          'fohn',
          'foehn',
          'haartrockner',
          'seche cheveux',
          'secador',
          'riz',
          'reis',
          'arroz',
          'backofen',
          'horno',
          'micro ondes',
          'mikrowelle',
          'microondas',
        ],
        String.raw`)\b.{0,60}\b(phone|it|battery|dry|es|le|lo|trocknen|secher|secar)\b`,
      ),
      group(
        String.raw`\b(phone|it|battery|dry|trocknen|secher|secar)\b.{0,60}\b(`,
        [
          'microwave',
          'oven',
          'hair ?dryer',
          'blow ?dryer',
          'heat gun',
          'bag of rice',
          'in rice',
          'radiator',
          'fohn',
          'foehn',
          'haartrockner',
          'seche cheveux',
          'secador',
          'riz',
          'reis',
          'arroz',
          'backofen',
          'horno',
        ],
        String.raw`)\b`,
      ),
    ),
  ],
  [
    'heat',
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'freezer',
          'fridge',
          'refrigerator',
          'cool ?box',
          'cooler box',
          'ice pack',
          'bag of ice',
          'congelateur',
          'gefrierfach',
          'kuhlschrank',
          'congelador',
          'nevera',
          'frigo',
        ],
        String.raw`)\b.{0,60}\b(phone|it|battery|cool|es|le|lo)\b`,
      ),
      group(
        String.raw`\b(phone|it|battery|cool)\b.{0,60}\b(`,
        [
          'freezer',
          'fridge',
          'refrigerator',
          'congelateur',
          'gefrierfach',
          'kuhlschrank',
          'congelador',
          'nevera',
          'frigo',
        ],
        String.raw`)\b`,
      ),
    ),
  ],
  // A cracked, dented or punctured battery: never used, charged or thrown in the bin.
  // Getting rid of a swollen or damaged one ("went all fat, just bin it?"): never the household bin.
  [
    'damaged-battery',
    anyOf(
      '',
      group(
        group(
          String.raw`^(?=.*\b(`,
          [
            'get rid of',
            String.raw`dispos\w*`,
            'bin it',
            'in the bin',
            'throw (it |them )?(away|out)',
            'trash',
            'rubbish',
            String.raw`recycl\w*`,
            'chuck (it |them )?(out|away|in the bin)',
          ],
          String.raw`)\b)(?=.*(`,
        ),
        [
          group(
            String.raw`\bbatter(y|ies)\b.{0,40}\b(`,
            [
              String.raw`swell\w*`,
              'swollen',
              String.raw`bulg\w*`,
              String.raw`puff\w*`,
              'fat',
              String.raw`bloat\w*`,
              'expanded',
              String.raw`punctur\w*`,
              'dented',
              String.raw`leak\w*`,
            ],
            String.raw`)\b`,
          ),
          group(
            String.raw`\b(`,
            [
              String.raw`swell\w*`,
              'swollen',
              String.raw`bulg\w*`,
              String.raw`puff\w*`,
              String.raw`bloat\w*`,
              'expanded',
              'damaged',
              String.raw`punctur\w*`,
              'dented',
              String.raw`leak\w*`,
            ],
            String.raw`) (\w+ )?batter(y|ies)\b`,
          ),
          String.raw`\bbatter(y|ies)( pack| module)? (is|was|got|looks|s|are|were) (\w+ )?damaged\b`,
        ],
        '))',
      ),
    ),
  ],
  [
    'damaged-battery',
    anyOf(
      '',
      String.raw`\b(punctur\w*|dent(ed|s)?|pierc\w*|leak(ed|ing|s)?)\b.{0,40}\bbattery\b`,
      String.raw`\bcracked battery\b`,
      String.raw`\b(power ?bank)\b.{0,40}\b(dent(ed)?|punctur\w*|cracked|split)\b`,
      String.raw`\b(power ?bank|battery)\b.{0,60}\b(rattl\w*|split\w*|cracked open|casing)\b`,
      String.raw`\b(rattl\w*)\b.{0,40}\b(power ?bank|battery)\b`,
      String.raw`\bbattery\b.{0,60}\b(punctur\w*|cracked|dent|dented|leak\w*|pierc\w*|bent|deformed)\b`,
      String.raw`\bbatter(y|ies)( pack| module)? (is|was|got|looks|seems|s|has been|are|were) (\w+ )?damaged\b`,
      String.raw`\bdamaged (\w+ )?batter(y|ies)\b`,
    ),
  ],
  // A cable or charger with its wires showing: stop using it before it shocks or burns.
  [
    'shock',
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          String.raw`fray(ed|ing|s)\b(?=.{0,40}\b(cable|cord|lead|wires?|charger|plug|usb)\b)`,
          String.raw`(?<=\b(cable|cord|lead|wires?|charger|plug|usb c?)\b.{0,40})fray(ed|ing|s)`,
          'exposed wires?',
          'wires? (showing|exposed|sticking out|poking out)',
          String.raw`(can|could) (\w+ )?see (the )?(tiny |little |lil |bare |inner |metal )?wires?`,
          group(
            String.raw`(cable|cord|lead|braid\w*)\b.{0,30}\b(`,
            ['coming apart', 'split open', 'splitting', 'torn open', 'falling apart'],
            String.raw`)\b.{0,40}\b(wires?|inside|plug)`,
          ),
          'insulation (is )?(gone|split|broken|melted)',
        ],
        String.raw`)\b`,
      ),
    ),
  ],
  // A charger or cable that is hot, buzzing, scorched or chewed to the metal: unplugged at the wall, never used again.
  [
    'shock',
    anyOf(
      '',
      group(
        String.raw`\b(plug|charger|adapter|adaptor|brick|cable|cord|lead|socket|outlet)\b.{0,30}\b(`,
        [
          '(really|very|super|so|too|properly|way|extremely|crazy) hot',
          'hot to (the )?touch',
          'scorching',
          'burning hot',
          'roasting',
          'boiling hot',
        ],
        String.raw`)\b`,
      ),
      group(
        String.raw`\b(charger|adapter|adaptor|plug|brick)\b (\w+ ){0,4}(makes (a |this |an )?(\w+ ){0,3})?(`,
        [
          'whin(e|es|ing)',
          'buzz(es|ing)?',
          String.raw`crackl\w*`,
          'humming',
          String.raw`screech\w*`,
          String.raw`squeal\w*`,
        ],
        String.raw`)\b`,
      ),
      group(
        String.raw`\b(charger|adapter|adaptor|plug|brick|socket)\b.{0,40}\b(`,
        [String.raw`scorch\w*`, 'black(ened)? marks?', 'brown marks?'],
        String.raw`)\b`,
      ),
      String.raw`\b(scorch\w*|black(ened)? marks?)\b.{0,40}\b(charger|adapter|adaptor|plug|brick|socket)\b`,
    ),
  ],
  [
    'shock',
    anyOf(
      '',
      group(
        String.raw`^(?=.*\b(cable|cord|lead|charger|plug|wires?|braid\w*)\b).*(`,
        [
          String.raw`\b(copper|bare wires?|bare metal)\b.{0,30}\b(showing|exposed|visible|poking|sticking|through)\b`,
          String.raw`\b(can see|see|showing|exposed)\b.{0,20}\b(copper|the wires?|bare wires?)\b`,
        ],
        ')',
      ),
      String.raw`\b(chewed|bitten|gnawed|tooth marks|teeth marks)\b.{0,40}\b(cable|cord|wire|charger)\b`,
      String.raw`\b(cable|cord|wire|charger)\b.{0,40}\b(chewed|bitten|gnawed|tooth marks|teeth marks)\b`,
    ),
  ],
  [
    'shock',
    anyOf(
      '',
      String.raw`\belectric shock\b`,
      String.raw`\bshocked me\b`,
      group(
        String.raw`\b(`,
        ['tingl(e|es|ed|ing)', 'zapp(ed|ing)', 'gave me a shock', 'got a shock'],
        String.raw`)\b.{0,40}\b(charg\w*|plug\w*|cable|phone|hand|finger)\b`,
      ),
    ),
  ],
  // The same hazards in French, German and Spanish (accents already stripped by plain()).
  ['swelling', /\b(gonfl\w*|aufgeblah\w*|aufgebla\w*|geschwollen|hinchad\w*|inflad\w*|bombe|abomba\w*)\b/],
  [
    'fire',
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'fumee',
          String.raw`rauch\w*`,
          'humo',
          'odeur de brule',
          'sent le brule',
          'riecht verbrannt',
          'verbrannt',
          'huele a quemado',
          String.raw`quemad\w*`,
          String.raw`etincel\w*`,
          'funken',
          'chispas?',
          'en feu',
          'brennt',
          'fuego',
          'en llamas',
        ],
        String.raw`)\b`,
      ),
    ),
  ],
  // Fallen in or soaked, in either order ("tombé dans l'eau", "in die Badewanne gefallen").
  [
    'liquid',
    anyOf(
      '',
      group(
        group(
          String.raw`\b(`,
          [
            'tombe',
            'tombee',
            'fallen',
            'gefallen',
            'caido',
            'caida',
            'cayo',
            'se me cayo',
            'mouille',
            'trempe',
            'nass',
            String.raw`mojad\w*`,
            String.raw`empapad\w*`,
            'renverse',
            'verschuttet',
            String.raw`derram\w*`,
          ],
          String.raw`)\b.{0,40}\b(`,
        ),
        [
          'eau',
          'wasser',
          'agua',
          'toilettes?',
          'wc',
          'klo',
          'toilette',
          'inodoro',
          'evier',
          'spulbecken',
          'waschbecken',
          'fregadero',
          'lavabo',
          'piscine',
          'schwimmbad',
          'piscina',
          'bain',
          'baignoire',
          'badewanne',
          'banera',
          'pluie',
          'regen',
          'lluvia',
          'mer',
          'meer',
          'mar',
          'waschmaschine',
          'lave linge',
          'lavadora',
          'coca',
          'cola',
          'du cafe',
          'de cafe',
          'kaffee',
          'jus',
          'saft',
          'zumo',
          'jugo',
          'biere',
          'bier',
          'cerveza',
          'vin',
          'wein',
          'vino',
          'lait',
          'milch',
          'leche',
          'soda',
          'refresco',
          'limonade',
        ],
        String.raw`)\b`,
      ),
      group(
        String.raw`\b(`,
        [
          'eau',
          'wasser',
          'agua',
          'toilettes?',
          'klo',
          'inodoro',
          'evier',
          'spulbecken',
          'waschbecken',
          'fregadero',
          'piscine',
          'schwimmbad',
          'piscina',
          'badewanne',
          'banera',
          'baignoire',
          'mer',
          'meer',
          'waschmaschine',
          'lave linge',
          'lavadora',
          'coca',
          'cola',
          'du cafe',
          'de cafe',
          'kaffee',
          'jus',
          'saft',
          'zumo',
          'jugo',
          'biere',
          'bier',
          'cerveza',
          'vin',
          'wein',
          'vino',
          'lait',
          'milch',
          'leche',
          'soda',
          'refresco',
          'limonade',
        ],
        group(
          String.raw`)\b.{0,40}\b(`,
          [
            'tombe',
            'tombee',
            'gefallen',
            'caido',
            'caida',
            'renverse',
            'verschuttet',
            String.raw`derram\w*`,
            'gelandet',
            'gewaschen',
            'lave',
          ],
          String.raw`)\b`,
        ),
      ),
      group(
        String.raw`\b(ins|dans l|en el|al|a la|dans la) (`,
        [
          'wasser',
          'eau',
          'agua',
          'klo',
          'spulbecken',
          'waschbecken',
          'inodoro',
          'fregadero',
          'mar',
          'mer',
          'meer',
          'piscina',
          'piscine',
        ],
        String.raw`)\b`,
      ),
    ),
  ],
  [
    'heat',
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'trop chaud',
          'brulant',
          'zu heiss',
          'sehr heiss',
          'gluhend',
          'muy caliente',
          'demasiado caliente',
          'se calienta muchisimo',
          String.raw`surchauff\w*`,
          String.raw`uberhitz\w*`,
          String.raw`sobrecalent\w*`,
        ],
        String.raw`)\b`,
      ),
    ),
  ],
  ['swallowed', /\b(avale|avalee|verschluckt|geschluckt|tragado|tragada|se trago|tragar\w*|tragaron|se traga)\b/],
];

const CHOOSES_FOR_ROUGH_USE = anyOf(
  '',
  group(
    String.raw`\b(what|which|whats)\b( \w+){0,3} (`,
    ['survive', 'survives', 'handle', 'handles', 'cope', 'copes', 'last', 'lasts'],
    String.raw`)\b(?! (it|this|that) (water|rain|spill))`,
  ),
  String.raw`\b(phone|one) that (can|will|would|could) (survive|handle|take|cope)\b`,
  String.raw`\b(something|a phone|one) that (survives|handles|copes with|can take|takes)\b`,
);

const LIQUID_SIGNS = SIGNS.filter(([kind]) => kind === 'liquid').map(([, re]) => re);
const ASKS_COVER_OF_LIQUID = anyOf(
  '',
  group(
    String.raw`\b(is|does|are|would|will)\b.{0,30}\b(water|liquid) damage\b.{0,30}\b(`,
    ['covered', 'cover', String.raw`warrant\w*`, String.raw`guarantee\w*`, String.raw`insur\w*`],
    String.raw`)\b`,
  ),
  String.raw`\b(warrant\w*|guarantee\w*|insur\w*)\b.{0,30}\bcovers?\b.{0,20}\b(water|liquid) damage\b`,
);

/** Any sign it already happened to a phone of theirs ("mine just went in the river", "got rained on", "went through the wash"). */
const HAPPENED_TO_MINE = anyOf(
  '',
  String.raw`\b(dropped|spilt|spilled|knocked|soaked|dunked|got) (it|my \w+|the phone)\b`,
  group(
    String.raw`\b(`,
    ['it', 'mine', String.raw`my \w+( \w+)?`, String.raw`(his|her|their|daughters?|sons?|kids?) \w+`],
    String.raw`) (just )?(fell|got|went|was|is|has been|had been|been)\b`,
  ),
  group(
    String.raw`\b(`,
    [
      'mine',
      'got rained on',
      'went (in|into|through|under)',
      'been (in|under|through)',
      'fell (in|into)',
      'soaked',
      'drenched',
      'drowned',
      'dunked',
      'flooded',
      'died',
      'stopped working',
      String.raw`flicker\w*`,
      'wont (turn|switch) on',
    ],
    String.raw`)\b`,
  ),
);

/** "Has broken three phones", "went through two cells this year": earlier phones, lost already. */
const PHONES_BROKEN_BEFORE =
  /\b(broken|broke|killed|destroyed|gone through|went through|wrecked|smashed|drowned) (two|three|four|five|six|\d+|several|many|so many|a few|all (his|her|their|my|of (his|her|their|my))) (phones|cells|cell ?phones|mobiles|smartphones)\b/;

/** The hazards a message describes, most serious first (none for almost every message). */
export function hazardKinds(text: string): HazardKind[] {
  // A colour ("the case in Ocean Blue") and a battery running low ("run out of juice") are no liquid.
  const p = plain(text)
    .replace(/\bocean blue\b/g, 'blue')
    .replace(/\b(run(ning|s)? out of|out of|low on|no) juice\b/g, '$1 charge')
    .replace(/\bjuic(e|ed|es|ing) ((it|them|me|my \w+|the \w+|your \w+|her|him) )?up\b/g, 'charge up');
  const found = new Set(SIGNS.filter(([, re]) => re.test(p)).map(([kind]) => kind));
  // "Gets dropped, rained on… what's gonna survive that?": a phone to choose for rough use, no accident to see to.
  // "He has broken three phones: one went into the pool… what survives that?": the accidents are past,
  // the phones they happened to already replaced; the question is the next phone.
  if (CHOOSES_FOR_ROUGH_USE.test(p) && (!HAPPENED_TO_MINE.test(p) || PHONES_BROKEN_BEFORE.test(p)))
    found.delete('liquid');
  // "Before I buy: is water damage covered?": a question of cover, no accident to see to.
  if (
    ASKS_COVER_OF_LIQUID.test(p) &&
    !HAPPENED_TO_MINE.test(p) &&
    !LIQUID_SIGNS.some((re) => re.test(p.replace(/\b(water|liquid) damage\b/g, '')))
  )
    found.delete('liquid');
  return HAZARD_ORDER.filter((k) => found.has(k));
}
