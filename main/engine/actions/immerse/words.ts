// How prompts say things go into a liquid, float or sink in it, and splash.
export const FLOAT = ['floats', 'float', 'floating', 'bobs', 'bobbing', 'stays afloat'];
export const SINK = ['sinks', 'sink', 'sinking', 'sank', 'sunk', 'goes under', 'goes to the bottom', 'to the bottom'];
export const INTO = ['drops into', 'dropped into', 'drop into', 'falls into', 'fall into', 'fell into', 'is dropped into', 'thrown into', 'tossed into', 'plunges into', 'splashes into', 'lands in', 'put into', 'placed in', 'dunked', 'dunks'];
export const SPLASH = ['splashes', 'splash', 'splashing', 'making a splash', 'with a splash'];

export const IMMERSE = [...FLOAT, ...SINK, ...INTO, ...SPLASH];
