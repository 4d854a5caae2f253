/**
 * The shopper messages the assistant-engine bench replays: short dialogues (a follow-up sees the
 * earlier turns as history), written for the bench and kept apart from every evaluation set so
 * that timing them never tunes the engine to a test. `{paid}` and `{shipped}` are the bench
 * shopper's real order numbers.
 */
export const ENGINE_DIALOGUES: readonly (readonly string[])[] = [
  // Product questions, with follow-ups that lean on the previous answer
  ['hello', 'How much does the Vision X cost?', 'and with 512 GB?', 'which colours can I get it in?'],
  ['Is the Vision X Terra waterproof?', 'how heavy is it?', 'does it do wireless charging?'],
  ['What screen size does the Halo Vision Pro Ultra have?', 'and the battery?'],
  ['Tell me about the Vision Watch 45 mm', 'is the 41 mm one cheaper?'],
  ['Do you still have the Vision Go in coral?', 'put one in my basket please'],
  ['What is the difference between the Vision X and the Vision X Pro Max Ultra?', 'which one has the better camera?'],
  ['Which phone is the lightest you sell?'],
  // Recommendations
  ['I want a phone under $500 with a long battery life', 'ok, and something with more storage?'],
  ['What would you recommend for my dad, he mostly calls and reads the news?'],
  ['Which earbuds go with the Vision X?', 'how much are they?'],
  ['Recommend a charger for the Vision X Pro Max Ultra', 'do I need a special cable for it?'],
  ['I need a rugged phone for building sites, what do you have?'],
  ['Suggest a screen protector for the Halo Vision Pro Ultra'],
  // Cart and orders
  ['What is in my basket right now?', 'remove the Vision Go from it'],
  ['Where is my parcel?', 'when will {shipped} arrive?'],
  ['Can I still cancel {paid}?', 'ok please cancel it'],
  ['Show me everything I have ordered'],
  // Shipping, returns, warranty, payment, privacy
  ['Do you ship to Canada?', 'how much does that cost?', 'and to Brazil?'],
  ['How long does delivery to Germany take?'],
  ['I want to send back my phone, I changed my mind', 'how long until I get my money back?'],
  ['My screen cracked after I dropped it, is that covered by the warranty?', 'how do I make a claim then?'],
  ['Does opening the phone to change the battery void my warranty?'],
  ['Which payment methods do you accept?', 'do you keep my card details?'],
  ['How can I download all the data you have about me?'],
  ['What do you give me for trading in my old Vision Go?'],
  // Troubleshooting
  ['My phone gets really hot when I play games', 'it also shuts down sometimes'],
  ['The battery drains within half a day since the last update'],
  ['Bluetooth keeps disconnecting from my car', 'I already restarted both'],
  ['My Wi-Fi is connected but nothing loads'],
  ['The camera app shows a black screen'],
  ['I dropped my phone in the sea', 'should I put it in rice?'],
  ['The phone will not turn on at all'],
  ['I forgot my VisionX account password'],
  // Safety and scams
  ['The battery is swollen and the back is lifting up', 'can I keep using it until the new one arrives?'],
  ['My toddler swallowed one of the magnets from the case!'],
  ['Someone called saying they are VisionX support and asked for my card number, is that you?'],
  // One long conversation: its later turns carry a full history window (ASSISTANT_HISTORY_TURNS, 12) for the engine to recall
  [
    'hi, I am looking for a new phone',
    'something under $700 please',
    'which of those has the best battery?',
    'how much is it with 256 GB?',
    'does it come in green?',
    'is there a case for it?',
    'and a screen protector?',
    'how long does shipping to France take?',
    'can I return it if I do not like it?',
    'ok, add the phone to my cart',
  ],
  // Off-topic, people, thanks
  ['Can you tell me a joke about cats?'],
  ['I want to speak to a real person'],
  ['thanks, that was helpful', 'bye'],
];

/** Every message, in the order the bench sends them. */
export const ENGINE_MESSAGE_COUNT = ENGINE_DIALOGUES.reduce((n, d) => n + d.length, 0);
