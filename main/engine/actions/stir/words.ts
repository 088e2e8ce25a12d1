// How prompts say a liquid is stirred.
export const STIR = ['stirs', 'stir', 'stirred', 'stirring', 'stirs up', 'swirls', 'swirl', 'swirled', 'swirling', 'mixes', 'mix', 'mixed', 'mixing'];
