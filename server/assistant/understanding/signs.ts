import { plain } from '../../nlu/entities.js';

/** The words that show what a message is about, shared by the checks that weigh the classifier's reading. */

/** An explicit cart action is never a continuation of the question before it. */
export const CART_VERB =
  /\b(add|buy|put|bump (it|that|me|mine)|upgrade (it|that|mine) to|remove|delete|take (it )?out|drop|order it|get it|i ll take|checkout|check out|basket|cart)\b/;
export const SIGN_IN_CODES =
  /\b(recovery codes?|authenticat[aeo]r|auth app|two step|2 step|two factor|2fa|sign in codes?|login codes?|6 digit code|autenticaci\w*|authentifi\w*|authentifizier\w*|codigo de 6 digitos|code a 6 chiffres|6 stellige\w* code|codigos? de recuperacion|codes? de recuperation|wiederherstellungscode\w*)\b/;
export const THIRD_PARTY =
  /\b(someone|somebody|they|he|she|caller|called|rang|texted|emailed|messaged|asked me|wants me|told me)\b/;
/** A parcel that came damaged or never came. */
export const PARCEL_TROUBLE =
  /\b((box|parcel|package|packaging)\b.{0,20}\b(ripped|torn|split|burst|soaked)|damaged|broken|smashed|crushed|dented|crack(?!l)\w*|missing|stolen|never (arrived|came|got)|not (arrived|delivered)|wrong (item|phone|colour)|(says|marked|shows|showing|tracking)( as| it was| its| it s| it has been| it got)? (delivered|deliverd|deliverred|delievered)\b|nothing (here|there|at (the|my) (door|porch|house|flat))|never (showed|turned) up|nobody (has|had|got) it|not (at|on) (my|the) (door|doorstep|porch)|(cant|can t) find (it|the (parcel|package|box)))\b/;
export const PARCEL =
  /\b(parcel|package|box|delivery|delivered|courier|arrived|turned up|came today|showed up|shipment)\b/;
export const BULK =
  /\b(bulk|wholesale|business (order|purchase|account)|company (order|purchase)|\d{2,} (phones|units|devices|handsets|of them|vision|terras|gos|halos)(?! (on|is|at|battery|screen|storage)\b)|fleet|corporate (order|account)|trade discount|volume discount|discount (if|when|for) (i|we) (buy|order|get) (that|this|so) many)\b/;
export const CALLBACK = /\b(call|ring|phone) me( back)?\b|\bcall ?back\b|\bring (me )?back\b/;
/** Money on a card, tax on a price, paying over time. */
export const PAYMENT_TALK =
  /\b((visa|mastercard|amex|card) ending|ending in \d{4}|charged (me|twice|two|three|my|for|already|before|again)|(card|account|i) (was|got|been|were) charged|charges? (on|from|to) (my )?(card|statement|account)|two charges|double charge|charge me|debited|billed|statement|go (thru|through)|went (thru|through)|declined|spread the (cost|payments?)|instal+ments?|pay (monthly|later|over time|in parts)|financ\w*|split (the )?(payment|cost)|vat|sales tax|tax(es)?|duties|customs|invoice|receipt)\b/;
export const ADDING =
  /\b(pop|stick|chuck|bung|throw|drop|pls|please)\b.{0,40}\b(in|into|to) (my|the) (basket|cart|trolley|bag)\b|\b(add|buy|put|take (it|one|two|that|the|them|both)(?! (in|into|to|on|with|out|off|apart|swimming|underwater)\b)|order (it|one|two|that|the|them|both|a)|bump|upgrade|swap|switch|change it|make it|ajoute\w*|mets|hinzufug\w*|fug\w* hinzu|leg\w* in|anad\w*|agreg\w*|pon(lo|la)?|andern|wechseln|changer|cambiar|get (me|it|one|the|a)|i ll (take|have|get)|want (it|one|the|a|to (buy|get|order))|grab|throw|pop|purchase|cart|basket|checkout)\b/;
export const CHOOSING =
  /\b(which|what|any|anything|do you (have|sell|make)|does any|is there|are there|recommend\w*|suggest\w*|need|want|looking for|options?|phones?)\b/;
/** Comparatives that may sit a few words before "than", or its typo "then" ("heavier is the Terra then the X"). */
const COMPARATIVES =
  '(heavier|lighter|bigger|smaller|cheaper|pricier|dearer|faster|slower|longer|shorter|thinner|thicker|brighter|tougher|stronger|newer|louder|quieter|larger|easier|harder)';
export const COMPARING = new RegExp(
  `\\b(\\w+er than|${COMPARATIVES}( \\w+){0,5} th[ae]n|better|worse|vs|versus|or|instead of|(what|wht) (would|do|will|did|am) (i|you|we) (\\w+ )?(lose|losing|give up|giving up|miss out|missing out)|diff\\w*|compare\\w*|which|same(?! (storage|colou?r|size|one|capacity|model))|share\\w*|in common|alike|ou|oder|o)\\b`,
);
/** What makes a message about a phone a hazard; without these a classifier's "safety" on a spec question is a misreading. */
export const HAZARD_WORD =
  /\b(swell\w*|swollen|bulg\w*|smok\w*|burn\w*|fire|spark\w*|hot|heat\w*|overheat\w*|swallow\w*|dropp?ed|fell|spill\w*|soak\w*|crack(?!l)\w*|shock\w*|leak\w*|melt\w*|hiss\w*|smell\w*|puff\w*)\b/;
export const WARRANTY_WORD =
  /\b(warrant\w*|guarantee\w*|covered|cover|repair\w*|fix\w*|broken?|claim|defect\w*|replace\w*|spare|module)\b/;
export const SPEC_QUESTION =
  /^ ?(what|whats|which|how (big|large|heavy|much|many|long|bright|fast|thick)|does|do|is|has|can|got)\b|\bcan (i|you|it) (put|use|fit|swap|change|get|shoot|record|take)\b|\b(can i still|size|resolution|specs?|inch(es)?|hz|megapixels?|mah|weight|how many|sealed|rated|rating|waterproof|water resistant|dustproof)\b|\b(is|does|has) (the|it|my|your)\b/;
/** Something wrong right now ("my eSIM won't install"), as opposed to a question about what a phone has. */
export const FAULT_NOW = /\b(wont|doesnt|cant|isnt|not working|stopped|stuck|broken?|error|fail\w*|keeps?|anymore)\b/;
/** Words of something wrong: with them a spec word is a symptom ("the screen flickers"). */
export const FAULT =
  /\b(warm|hot|heat\w*|is (that|it|this) (bad|normal|ok|okay|safe)|not|no longer|wont|doesnt|dont|cant|cannot|isnt|aint|stopped|stuck|broken?|broke|crack(?!l)\w*|flicker\w*|dead|died|problem|issues?|fix|keeps? (crash\w*|freez\w*|dropp\w*|restart\w*|turning|dying|shutting|disconnect\w*|reboot\w*|happening|getting|going|saying|showing|asking|rejecting)|slow\w*|drain\w*|overheat\w*|lag\w*|freez\w*|blank|lines|error|fail\w*|randomly|suddenly|anymore|weird|wrong)\b/;
/** "Just place the order for me": only the shopper can check out (payment needs their card, every time). */
export const PLACE_ORDER =
  /(?<!\b(if|when|once|before|after|i|we) )\b(place|put through|submit|complete|finish)\b.{0,20}\border\b(?!.{0,30}\b(when|leave|ship|arriv)\w*)|\b(check ?out|order it|buy it|pay) for me\b|\bcheck (me|us) out (with|now|please|for me)\b|\b(saved|stored) card\b|\bcard on file\b|\bsame card as (last time|before)\b/;
/** Changing an option, in any of the shop's languages. */
export const CHANGE_WORDS =
  /\b(swap|switch|swich|swtich|swicth|change|chnage|chang|exchange|instead|rather|make it|replace|andern|wechseln|tauschen|changer|change[sz]?( le| la| les)?|remplace[rz]?|plutot|cambiar|cambia\w*|en lugar|mejor en)\b/;

/** A shop in our name that is not ours ("is visionx-outlet.shop one of your official stores?"). */
export const OTHER_SHOP =
  /\b(official|real|genuine|legit|authori[sz]ed) (store|stores|site|sites|website|websites|shop|shops|seller|sellers|page|reseller)\b|\b(site|website|shop|store|seller)\b.{0,30}\b(yours|legit|official)\b|^(?=.*\b(selling|sells|half price|cheap\w*|steal|deal|bargain|\d+ (dollars|bucks|quid|pounds|euros))\b).*\b(site|website|shop|store|seller|page|listing)\b.{0,80}\bis (that|this|it) (you|yours|u|visionx)( guys)?\b|\bvisionx (outlet|deals?|clearance|warehouse clearance|cheap|bargain)\w* (store|site|shop|website|page)?\b/;
/** A web address with our name in it ("visionx-outlet-deals.shop", "visionx.example-secure.shop"), read on the raw text. */
const HOST_WITH_OUR_NAME =
  /\b[a-z0-9.-]*visionx[a-z0-9.-]*\.(shop|store|com|net|org|co|io|app|online|site|xyz|biz|info|deals|sale|top|club|live|support|help|uk|de|fr|es|us|ca|eu)\b/gi;
/** Any such address that is not this shop's own (visionx.example and its subdomains). */
export const namesLookalikeSite = (text: string) =>
  [...text.matchAll(HOST_WITH_OUR_NAME)].some((m) => !/^([a-z0-9-]+\.)*visionx\.example$/i.test(m[0]));
export const namesOtherShop = (text: string) => namesLookalikeSite(text) || OTHER_SHOP.test(plain(text));
/** Something already handed to a scammer: a code, a password, money, an installed app (four languages). */
export const SHARED_WITH_SCAMMER =
  /\b(already|just|i|we|she|he) (gave|given|sent|shared|told|typed|entered|read (it )?out|read|said|installed|downloaded|opened|clicked|paid|let them|put|deposited|transferred|wired|bought)\b|\btoo late\b|\b(ya )?se lo di\b|\bdi\b|\bya (lo|la|se los) (di|dije|mande|envie)\b|\bje (le )?(lui )?(l )?ai (deja )?(donne|dit|envoye)\b|\b(ich )?habe (es|ihn|ihm|ihr|den code) (schon |bereits )?(gegeben|gesagt|geschickt)\b/;
/** Someone got in already: locked out, password changed, orders not theirs. */
export const LOCKED_OUT =
  /\b(locked out|(cant|can t|cannot) (log|sign|get) ?in|cant get into|changed it|password (doesnt|does not|doesn t|no longer|wont|won t) work|changed my password|new orders?|order i (didnt|did not) (place|make))\b/;
/** Deleting the shop account and the phone in one question. */
export const ACCOUNT_NOT_PHONE =
  /^(?=.*\b(delet\w*|remov\w*|wip\w*|eras\w*|clos\w*)\b)(?=.*\b(my (actual |own )?(phone|device|handset)|on (my|the) phone|from (my|the) phone)\b)/;
/** Someone else asks for the shopper's password or sign-in codes: never shared, friends included. */
const SIGN_IN_SECRET =
  '(password|login|(sign in|login|authenticator|2fa|two step|verification|one time|security|recovery|text) codes?|codes? from (my|the) (authenticator|app|text))';
export const SHARES_SIGN_IN = new RegExp(
  `\\b(send|give|share|tell|forward|text)\\w* (him|her|them|my (mate|friend|partner|brother|sister|son|daughter|boyfriend|girlfriend|flatmate))\\b.{0,30}\\b(the |my )?${SIGN_IN_SECRET}\\b|\\b(mate|friend|partner|brother|sister|boyfriend|girlfriend|flatmate|he|she)\\b.{0,40}\\b(asked|wants|asking)\\b.{0,40}\\b(my|the) ${SIGN_IN_SECRET}\\b`,
);
/** The steps were tried and the fault is still there: a person takes it on. */
export const STILL_BROKEN =
  /\b(tried (all|everything|that|those|it)|already (tried|did|done)|still (does|doesnt|doesn t|not|won t|wont|broken|flicker\w*|the same|happening|dead)|didn t (help|work|fix)|didnt (help|work|fix)|nothing (works|worked|helped|changed|fixed it)|(made|makes) no difference|did all (that|those|of (that|those|them)))\b/;
/** "Is that covered?", "how many years am I covered for?": a question of the warranty's cover. */
export const COVER_QUESTION =
  /\b(am i|is (it|that|this|my \w+)|are (they|these|those|we)|would (it|that|this) be|will (it|that|this) be|be|get it) covered\b|\bhow (long|many years)\b.{0,40}\b(covered|warrant\w*|guarantee\w*)\b|\b(covered|warrant\w*|guarantee\w*)\b.{0,20}\bhow (long|many years)\b|\bcovered (by|under) (the |your )?(warrant\w*|guarantee)\b/;
/** Kind words about the shop ("just wanted to say I love that you let people fix their phones"). */
export const PRAISE =
  /\b(just (wanted|want) to say|(?<!\b(i d|id|would|i would) )(honestly |absolutely |really |just )?(love|loving|adore) (it|mine|my (new )?(phone|go|x|terra|halo|vision \w+|watch|buds|case))\b(?! (in|if|to|when))|(im|i m|i am) (so )?(in love with|obsessed with|chuffed with|thrilled with|delighted with) (it|mine|my)|(love|loving|like) (that|what|how) (you|u|visionx|ur|your)|(doing|do) (gods|great|amazing|brilliant|a great|an amazing|fab) (work|job)|keep (it up|up the good work)|well done|kudos|hats off|big fan|you guys (rock|are great|are amazing|are the best)|(ur|youre|you are) (the best|great|amazing|brilliant|legends?))\b/;
/** A worry about the shopper's own health ("my ear's been sore since…"). */
export const HEALTH =
  /\b(infection|infected|sore|ache|aching|pain|painful|rash|itch\w*|headache|migraine|dizzy|nause\w*|symptoms?|doctor|medical|swollen (ear|finger|hand|skin))\b/;
/** "Could you fix it for me if I post it?", "not comfy opening it": the service center, not a module to fit at home. */
export const ASKS_US_TO_REPAIR =
  /\b(service cent(er|re)|send (it|my \w+|the phone) (to|in to|off to) (you|visionx)|(can|could|would|will) (you|u)( guys)? (\w+ )?(fix|repair|sort|replace)|(fix|repair|sort|swap) (it|this|that|the \w+)( \w+)? for me|not (comfy|comfortable|confident|handy)|(dont|do not|rather not) (want to|wanna) (open|take apart|do it myself)|(im|i am) (not |no good|useless|hopeless)( \w+)? (at|with) (repairs|fixing|tools|this)|(dont|do not|cant|can not|wouldnt) trust (myself|me) (with|to)|(no|not) (good|handy) with (a )?(screwdrivers?|tools))\b/;
/** The matter is settled: found, fixed, thanks, bye. */
export const SETTLED =
  /\b(found it|turned up|it s here|its here|arrived|never ?mind|(?<!\b(get|need|want|please) (this|it|that|things) )sorted|fixed|works now|working now|thanks|thank you|cheers|bye)\b/;
/** Rough use: water, dust, drops, building sites, the trail (a phone for it is ranked by toughness). */
export const OUTDOOR =
  /\b(water ?proof|water resistant|rugged|tough|hiking|hike|outdoors?|camping|trail|trek\w*|building site|construction|drops?|dropping|dust\w*|swim\w*|rain\w*|gloves?|ladders?|roof\w*|rocks?|mud\w*|survive)\b/;
/** A price asked, in the shop's four languages ("wie viel kostet…", "combien coûte…"). */
export const ASKS_PRICE =
  /\b(how much|cost\w*|price|prices|kostet|kosten|preis|coute|prix|combien|cuesta|cuanto|precio|wie viel)\b/;

/** Kinds of product VisionX does not sell ("do you sell tablets?"). */
export const NOT_OUR_KIND =
  /\b(do|does) (you|u|ya|visionx|y all|you guys) (\w+ )?(sell|have|make|stock|carry|do|got) (any |a |an |some )?(tablets?|ipads?|laptops?|notebooks?|computers?|pcs|desktops?|tvs?|televisions?|monitors?|drones?|consoles?|printers?|smart speakers?|routers?|e ?readers?|kindles?)\b(?! (for|with|to|mode|stand|holder|mount|app|charger|cable|case))|^ ?(any|got any|do you have any) (tablets?|laptops?|tvs?|drones?|consoles?)\b(?! (for|with|to))/;
/** Who VisionX is: "who even makes these phones?", "never heard of VisionX", "is VisionX a real company?". */
export const ABOUT_US =
  /^(?!.*\b(order|parcel|delivery|arriv\w*|warranty|vx|screen|battery|camera|chip|module|display)\b).*(\bwho (even |actually |really )?(makes?|made|builds?|designs?|is behind) (these phones|these|your phones|the phones|visionx|you( guys)?|this (company|brand)|the (company|brand))( phones)?\b|\bwho (is|are) (visionx|you guys)\b|\bnever heard of (visionx|you|your (brand|company))\b|\b(is|are) (visionx|you( guys)?) (a )?(real|legit|legitimate|proper) (company|brand|business)\b|\btell me (a bit |a little |more )?about (visionx|your company|the company|the brand|you guys)( please)? ?$|\bwhat is visionx\b)/;

/** "Why has the money already left my account?": when the card is charged (payment), whatever order is named. */
export const CHARGED_ALREADY =
  /^(?!.*\b(never (made|bought|ordered|placed)|(dont|do not|didnt|did not|not) recogni[sz]e|didnt (make|buy|order)|unauthori[sz]ed|not me|wasnt me|used my card|someone|somebody|address|cancel\w*|not (here|arrived)|still not|where is|tracking|arriv\w*)\b).*(\b(moneys?|payments?|funds?|cash)( s| has| have| was| is)?\b.{0,30}\b(already|gone|left|been taken|come out|came out|debited)\b|\b(already|been) (charged|debited|taken)\b|\bcharged (me )?(already|before|straight away|immediately)\b)/;

/** The currency charged: "do I pay in euros?", "charged in pounds or dollars?". */
export const CURRENCY =
  /\b(euros?|sterling|currency|exchange rate|conversion)\b|\b(pay|paid|charged?|billed|prices?|cost) (\w+ ){0,2}(in )?(pounds|dollars)\b/;

/** "What would you give me for my old X?": a trade-in (its quote comes from the team). */
export const TRADE_IN =
  /\b(trade ?ins?|trading in (my|an?|the|our|his|her) |trad(e|ing) (it|my (old )?\w+( \w+)?) in|part ?ex(change)?|buy ?back|buy (it|my \w+( \w+)?) back|what (s|is|would) (it|my (old )?\w+( \w+)?) (be )?worth|(how much|what) (would|will|do|could|can) (you|u|visionx) (give|pay|offer)( me)? for (it|my|this|that|an? old|the old)|sell (it|my \w+( \w+)?) (back )?to (you|visionx))\b/;

/** Card details kept by the shop: what VisionX keeps about your card (payment), never a phone setting. */
export const CARD_KEPT =
  /\b(keep|store|save|hold|retain|have)\w* (my |your )?(card|payment|credit card|bank) (details|info\w*|number|data)\b|\b(card|payment) (details|info\w*|number) (on file|saved|stored)\b/;

/** "Sent it back, why hasn't the money come back?": a refund's timing, without the word refund. */
export const MONEY_NOT_BACK =
  /\bmoneys? (\w+ ){0,3}(not|never|yet to|still not) (come|came|been|got|gone) back\b|\b(hasnt|has not|havent|have not|isnt|is not) (\w+ ){0,2}moneys? (\w+ )?(come|came|been|got|gone) back\b|\b(not|never|havent|haven t|didnt|did not) (got|get|gotten|received|seen) (my |the |any )?money back\b/;

/** A parcel damaged or lost, in French, German and Spanish ("mon colis est arrivé écrasé", "Paket beschädigt", "la caja llegó aplastada"). */
export const FOREIGN_PARCEL_TROUBLE =
  /\b(paquete|paquet|colis|paket|caja|carton|boite|karton)\b.{0,40}\b(aplastad\w*|danad\w*|roto|rota|ecrase\w*|abime\w*|endommage\w*|casse\w*|beschadigt\w*|kaputt\w*|zerdruckt\w*|perdu|perdido|verloren|nunca llego|no (ha )?llegado|jamais (recu|arrive)|pas (recu|arrive)|nie angekommen|nicht angekommen)\b/;

/** Charges on the pad but not by cable (or the reverse): the USB-C port, in four languages. */
export const WIRELESS_NOT_CABLE =
  /^(?!.*\b(sell|sold|buy|want|need a|need an|come with|comes with|included|stopped working but|pad (is|isn t|isnt|stopped|not|doesn t|doesnt))\b)(?=.*\b(charg\w*|lad\w*|carg\w*|recharg\w*|works?|working|funktioniert|marche|funciona)\b)(?=.*\b(still|fine|only|but|aber|mais|pero|noch)\b)(?=.*\b(wireless\w*|pad|qi2?|kabellos\w*|sans fil|induction|inalambric\w*)\b)(?=.*\b(cable|cables|plug\w*|wired?|usb ?c|kabel|port|anschluss|buchse)\b)(?=.*\b(not|nothing|doesnt|does not|dont|wont|won t|stopped|anymore|dead|nicht|kein\w*|plus|pas|no carga|ya no|nada)\b)/;
/** "No 5G, only ever shows 4G": the network, not a spec question. */
export const NO_5G =
  /\b(no|never|cant get|can t get|not getting|doesnt (get|show|find)|wont (get|show|find)|only (ever )?(shows?|gets?|getting|on|says)|stuck on|kein|pas de|sin)\b (\w+ ){0,2}(5g|4g|lte)\b/;
