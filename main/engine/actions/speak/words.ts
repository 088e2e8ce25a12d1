// How prompts say someone speaks a line. The quoted words themselves are lifted out of the prompt
// before it is read (prompt/text.ts); these verbs say who says them.
export const SPEAK = [
  'says', 'said', 'say', 'saying', 'shouts', 'shouted', 'shout', 'shouting', 'yells', 'yelled', 'yell', 'asks', 'asked', 'ask',
  'whispers', 'whispered', 'whisper', 'screams', 'screamed', 'cheers', 'cheered', 'exclaims', 'exclaimed', 'calls out', 'calls',
  'called', 'mutters', 'muttered', 'replies', 'replied', 'reply', 'answers', 'answered', 'tells', 'told', 'speaks', 'speak', 'talks',
  'talk', 'talking', 'talked', 'chats', 'chat', 'chatting', 'chatted', 'declares', 'announces', 'greets', 'adds', 'cries',
];

// The verbs as a regular-expression alternation (longest first), for finding who says a quote.
export const SPEAK_PATTERN = [...SPEAK].sort((a, b) => b.length - a.length).join('|');

// What a speak prompt asks for when it names no words to say.
export const NEEDS_QUOTES = 'Put what they say in quotes (a woman says "hello there" to a knight) and Kinora speaks it in their voice.';
