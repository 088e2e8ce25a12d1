// Words that carry no picture of their own (so they are never "not depicted"), verbs that describe
// standing still, and style words people add to video prompts. The parts of speech of everything
// else come from the tagger (pos.ts); these lists only cover what a tagger cannot know about us.

// Function words and the words prompts use to talk about the clip itself.
export const STOPWORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'then', 'while', 'as', 'when', 'after', 'before', 'until', 'so', 'that', 'which', 'who', 'whom',
  'this', 'these', 'those', 'there', 'here', 'it', 'its', 'itself', 'they', 'them', 'their', 'he', 'him', 'his', 'she', 'her', 'hers',
  'we', 'us', 'our', 'you', 'your', 'i', 'me', 'my', 'one', 'ones', 'of', 'in', 'on', 'at', 'to', 'into', 'onto', 'off', 'from', 'with',
  'without', 'by', 'for', 'over', 'under', 'down', 'up', 'across', 'through', 'toward', 'towards', 'near', 'next', 'beside', 'behind',
  'around', 'along', 'against', 'past', 'beyond', 'between', 'inside', 'outside', 'out', 'away', 'back', 'again', 'just', 'very', 'really', 'all', 'each',
  'every', 'both', 'some', 'any', 'no', 'not', 'is', 'are', 'was', 'were', 'be', 'being', 'been', 'has', 'have', 'had', 'does', 'do', 'did',
  'can', 'could', 'will', 'would', 'should', 'may', 'might', 'gets', 'get', 'got', 'goes', 'go', 'going', 'itself', 'also', 'too', 'only',
  'than', 'how', 'what', 'where', 'why', 'if', 'about', 'video', 'clip', 'scene', 'footage', 'shows', 'showing', 'show', 'seen', 'see',
  'sees', 'watch', 'watches', 'watching', 'watched', 'looks', 'look', 'looking', 'stands', 'stand', 'standing', 'stood', 'waits', 'wait',
  'waiting', 'observes', 'observing', 'nearby', 'long', 'second', 'seconds', 'sec', 'secs', 's', 'minute', 'minutes', 'm', 'meter', 'meters',
  'metre', 'metres', 'feet', 'foot', 'ft', 'cm', 'again', 'once', 'twice', 'first', 'later', 'finally', 'suddenly', 'slowly', 'together',
  'another', 'other', 'same', 'like', 'lets', 'let', 'way', 'time', 'moment', 'soon', 'now', 'still', 'fully', 'almost', 'right', 'left',
]);

// Verbs of standing by: a person doing them is shown standing, which is what they mean.
export const STILL_VERBS = new Set([
  'stands', 'stand', 'standing', 'stood', 'watches', 'watch', 'watching', 'waits', 'wait', 'waiting', 'looks', 'look', 'looking',
  'observes', 'observe', 'observing', 'stares', 'stare', 'staring', 'is', 'are', 'was', 'were', 'sits', 'sit', 'sitting',
]);
// Of those, the ones a standing figure does not honestly show.
export const NOT_STILL = new Set(['sits', 'sit', 'sitting']);

// Words prompts add about the look of the video (listed as not depicted, never taken for a subject).
export const STYLE_WORDS = new Set([
  'cinematic', 'realistic', 'photorealistic', 'hyperrealistic', 'hd', '4k', '8k', 'film', 'filmic', 'movie', 'epic', 'dramatic',
  'beautiful', 'stunning', 'detailed', 'highly', 'professional', 'quality', 'style', 'slow', 'motion', 'timelapse', 'lapse', 'vintage',
  'grainy', 'anime', 'cartoon', 'footage', 'shallow', 'depth', 'field', 'bokeh', 'lens', 'mm', '35mm', 'aesthetic', 'vibe', 'mood',
]);

// Verbs that are plainly actions the tagger sometimes reads as nouns ("a dog chases", "rain falls").
export const ACTION_VERBS = new Set([
  'walk', 'walks', 'walking', 'walked', 'run', 'runs', 'running', 'ran', 'jog', 'jogs', 'jogging', 'sprint', 'sprints', 'sprinting',
  'jump', 'jumps', 'jumping', 'jumped', 'swim', 'swims', 'swimming', 'dance', 'dances', 'dancing', 'fly', 'flies', 'flying', 'chase',
  'chases', 'chasing', 'catch', 'catches', 'catching', 'crash', 'crashes', 'crashing', 'shatter', 'shatters', 'shattering', 'break',
  'breaks', 'breaking', 'smash', 'smashes', 'splash', 'splashes', 'pour', 'pours', 'pouring', 'spin', 'spins', 'spinning', 'climb',
  'climbs', 'climbing', 'ride', 'rides', 'riding', 'drive', 'drives', 'driving', 'eat', 'eats', 'eating', 'drink', 'drinks', 'sing',
  'sings', 'singing', 'say', 'says', 'said', 'saying', 'shout', 'shouts', 'yell', 'yells', 'talk', 'talks', 'talking', 'speak', 'speaks',
  'whisper', 'whispers', 'laugh', 'laughs', 'cry', 'cries', 'wave', 'waves', 'waving', 'hug', 'hugs', 'push', 'pulls', 'pull', 'lift',
  'lifts', 'carry', 'carries', 'carrying', 'hit', 'hits', 'punch', 'punches', 'juggle', 'juggles', 'juggling', 'skate', 'skates',
  'skating', 'turn', 'turns', 'turning', 'fall', 'falls', 'falling', 'trip', 'trips', 'slip', 'slips', 'melt', 'melts', 'burn', 'burns',
  'explode', 'explodes', 'blow', 'blows', 'blowing', 'rain', 'rains', 'raining', 'snow', 'snows', 'snowing', 'grow', 'grows', 'open',
  'opens', 'close', 'closes', 'swing', 'swings', 'swinging', 'bark', 'barks', 'barking', 'hop', 'hops', 'float', 'floats', 'floating',
  // Serving with a ladle or a scoop is not a pour: Kinora names it as what it cannot show.
  'ladle', 'ladles', 'ladling', 'ladled', 'scoop', 'scoops', 'scooping', 'scooped',
]);

// Nouns the tagger sometimes reads as verbs, which are things, not actions.
export const THING_NOUNS = new Set(['rain', 'snow', 'waves', 'wave', 'fire', 'smoke', 'water', 'glass', 'plate', 'vase', 'bottle', 'cup', 'mug']);
