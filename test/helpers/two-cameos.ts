// The waist-up astronaut ("@alex") and the full-length woman ("@wren"), ready in a cameo library of
// their own for one describe block's tests: added before them, removed after.
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { CameoLibrary } from '../../main/cameo/cameo-library';
import { addReadyCameo, type CameoFixture } from './cameo-fixture';
import { CAMEO_HEIGHT_M } from './cameo-scene';
import { makeTempDir } from './temp-dir';

export interface TwoCameos {
  // A folder of the block's own (the library is in its 'fixtures').
  dir: string;
  astronaut: CameoFixture;
  woman: CameoFixture;
}

export function twoCameos(prefix: string, timeoutMs: number): TwoCameos {
  const cameos = {} as TwoCameos;
  let temp: ReturnType<typeof makeTempDir>;
  let library: CameoLibrary;
  beforeAll(async () => {
    temp = makeTempDir(prefix);
    library = new CameoLibrary(path.join(temp.dir, 'fixtures'));
    cameos.dir = temp.dir;
    cameos.astronaut = await addReadyCameo(library, 'alex', { size: 128, person: 'astronaut', heightM: CAMEO_HEIGHT_M });
    cameos.woman = await addReadyCameo(library, 'wren', { size: 128, heightM: CAMEO_HEIGHT_M });
  }, timeoutMs);
  afterAll(() => {
    library.close();
    temp.cleanup();
  });
  return cameos;
}
