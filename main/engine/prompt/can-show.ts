// What Kinora can show, said when it refuses a prompt (honesty.ts).
import { LIQUIDS } from '../liquids/catalog';
import { OBJECTS } from '../objects';
import { SETTING_FACTS } from '../settings/facts';

// The things, liquids and places come from their own tables, so the list grows with them.
export const CAN_SHOW =
  'Kinora can show balls (basketballs, soccer balls, tennis balls and more) thrown, kicked, dribbled, bouncing and rolling, ' +
  'down ramps and stairs, off tables or into stacks of boxes; ' +
  'people walking, running, talking, waving, jumping on the spot and shooting at a hoop; ' +
  `everyday things (${OBJECTS.filter((o) => o.form !== 'tap' && o.form !== 'sink').map((o) => o.label).join(', ')}) pushed, sliding, tipping over, falling, breaking, spinning, flipped (a coin), stacked, or toppling like dominoes; ` +
  `${LIQUIDS.map((l) => l.kind).join(', ')} poured, stirred or run from a tap, with things floating or sinking in them; ` +
  `in a ${SETTING_FACTS.map((f) => f.words[0]).join(', ')}, by day, at sunset or at night, in the rain or not. ` +
  'Try: "a woman pours water from a jug into a glass" or "a basketball player shoots at the hoop and misses".';

// What a prompt with nothing Kinora can show is told.
export const UNSUPPORTED_MESSAGE = `Kinora cannot show that yet. ${CAN_SHOW}`;

