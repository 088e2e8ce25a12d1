// OBJECT_LOOKS: how the everyday things that do not read as themselves from their collider's shape
// alone are drawn up close, one module per thing (a book's cover round its pages, a phone's glass,
// a domino's pips, a coin's rim, a can's lid, a brick's clay, a tyre's tread round its rim, a
// remote's buttons, a spoon's dish, fruit's skin, an egg's matte shell, a pencil's
// six painted sides and sharpened point, a stove's
// burners, knobs and oven door, a kettle's foot, lid and spout). A thing not listed here is drawn
// from its shape (scene/objects.ts).
import type { ObjectForm } from '../../../../contract/scene-plan';
import { appleLook } from './apple';
import { bookLook } from './book';
import { brickLook } from './brick';
import { canLook } from './can';
import { coinLook } from './coin';
import { dominoLook } from './domino';
import { eggLook } from './egg';
import { kettleLook } from './kettle';
import { orangeLook } from './orange';
import { pencilLook } from './pencil';
import { phoneLook } from './phone';
import { remoteLook } from './remote';
import { spoonLook } from './spoon';
import { stoveLook } from './stove';
import type { ObjectLook } from './types';
import { wheelLook } from './wheel';

export const OBJECT_LOOKS: Partial<Record<ObjectForm, ObjectLook>> = {
  book: bookLook,
  phone: phoneLook,
  domino: dominoLook,
  coin: coinLook,
  can: canLook,
  brick: brickLook,
  wheel: wheelLook,
  remote: remoteLook,
  spoon: spoonLook,
  orange: orangeLook,
  apple: appleLook,
  egg: eggLook,
  pencil: pencilLook,
  stove: stoveLook,
  kettle: kettleLook,
};
