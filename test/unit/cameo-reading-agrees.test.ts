// The reading as the user types and Generate give a cameo filmed from the waist up the same answer:
// both measure it from its stored analysis (its cut edge, 0.39 m either side for the astronaut at
// 1.7 m, and its body's width) and seat it behind the table with the same check. A prompt accepted
// as it is typed is never refused at Generate, nor the other way round.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { CameoLibrary } from '../../main/cameo/cameo-library';
import { CAMEO_FILES } from '../../main/cameo/cameo-files';
import { Studio } from '../../main/app/studio';
import { runGenerationInWorker } from '../../main/engine/generate/run-in-worker';
import { cutHalfWidthM, measurePerson } from '../../main/engine/cameo/person-measure';
import { addReadyCameo, type CameoFixture } from '../helpers/cameo-fixture';
import { makeTempDir } from '../helpers/temp-dir';

describe('a cut-off cameo: the reading and Generate agree', () => {
  const temp = makeTempDir('kinora-cameo-agree-');
  let studio: Studio;
  let ann: CameoFixture;
  beforeAll(async () => {
    const home = path.join(temp.dir, 'home');
    const library = new CameoLibrary(home);
    ann = await addReadyCameo(library, 'ann', { size: 128, person: 'astronaut', heightM: 1.7 });
    library.close();
    studio = new Studio({ version: 'test', homeDir: home, projectsDir: path.join(temp.dir, 'projects'), generate: runGenerationInWorker });
  });
  afterAll(async () => {
    await studio.close();
    temp.cleanup();
  });

  it('each prompt is accepted or refused, with the same words, both ways', async () => {
    const measure = measurePerson(JSON.parse(readFileSync(path.join(ann.folder, CAMEO_FILES.frames), 'utf8')));
    expect(cutHalfWidthM(measure, 1.7)).toBeGreaterThan(0.3);
    const prompts = [
      '@ann stands at the kitchen table, wide shot',
      '@ann watches a man pour water into a glass, wide shot',
      '@ann and four women stand at the table, wide shot',
      '@ann waves in a park, wide shot',
      '@ann walks in a park',
      '@ann stands at the table, low angle, wide shot',
    ];
    const answers: boolean[] = [];
    for (const prompt of prompts) {
      const typed = await studio.understand(prompt);
      const generated = await studio.readWords(prompt, {}).then(() => null, (error: Error) => error.message);
      expect({ prompt, refusal: typed.refusal }).toEqual({ prompt, refusal: generated });
      answers.push(typed.accepted);
    }
    // Both kinds are among them: seated behind the table, and refused.
    expect(answers).toEqual([true, true, true, false, false, false]);
  }, 120_000);
});
