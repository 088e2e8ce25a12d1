// The owner's "Allow sharing in exported takes": off by default, one statement to change, kept in the
// library across a restart, refused for a cameo without consent or once revoked.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CameoLibrary } from '../../main/cameo/cameo-library';
import { addReadyCameo } from '../helpers/cameo-fixture';
import { makeTempDir } from '../helpers/temp-dir';

describe('cameo sharing permission', () => {
  let temp: ReturnType<typeof makeTempDir>;
  const home = () => path.join(temp.dir, 'home');
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('is off by default, survives reopening the library, and ends with a revocation', async () => {
    let library = new CameoLibrary(home());
    const { id } = await addReadyCameo(library, 'alex', { size: 32 });
    expect(library.get(id).sharingAllowedAt).toBeNull();
    expect(library.sharing([id])).toEqual([{ id, name: 'alex', consentAt: expect.any(String), sharingAllowedAt: null }]);
    const allowed = library.setSharing(id, true).sharingAllowedAt;
    expect(allowed).not.toBeNull();
    library.close();
    library = new CameoLibrary(home());
    expect(library.get(id).sharingAllowedAt).toBe(allowed);
    expect(library.sharing([id])[0]!.sharingAllowedAt).toBe(allowed);
    library.revoke(id);
    expect(library.sharing([id])[0]!.sharingAllowedAt).toBeNull();
    expect(() => library.setSharing(id, true)).toThrow(/"alex" was revoked/);
    library.close();
  });

  it('cannot be allowed before consent is confirmed, and can be taken back', async () => {
    const library = new CameoLibrary(home());
    const { id } = await addReadyCameo(library, 'sam', { size: 32, consent: false });
    expect(() => library.setSharing(id, true)).toThrow(/Confirm the consent for "sam"/);
    library.consent(id, 'sam');
    library.setSharing(id, true);
    expect(library.setSharing(id, false).sharingAllowedAt).toBeNull();
    library.close();
  });
});
