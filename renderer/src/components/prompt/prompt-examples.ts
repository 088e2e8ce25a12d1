// The prompts the editor suggests. Each one must work as written: test/unit/prompt-suite.test.ts
// parses every one of them and checks it is understood with nothing left undepicted.
export const PROMPT_EXAMPLES = [
  'A basketball player shoots a free throw in a gym and misses off the backboard',
  'A red rubber ball bounces down a flight of concrete stairs',
  'Rain falls on a quiet street at night',
  'A kid kicks a soccer ball into a stack of boxes in the park at sunset, overhead',
] as const;
