// How prompts say a ball is let go or bounces.
export const DROP = ['drop', 'drops', 'dropped', 'dropping', 'fall', 'falls', 'fell', 'falling', 'lands', 'land', 'landing', 'plummets', 'released', 'let go', 'lets go'];
export const BOUNCE = ['bounce', 'bounces', 'bounced', 'bouncing', 'bouncy'];
