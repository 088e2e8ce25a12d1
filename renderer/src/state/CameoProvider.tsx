// Loads the cameo library once for the editor and shares it (the drawer, the prompt's cameo picker,
// the understanding card, the clips and takes that hold a revoked cameo all read the same list).
import type { ReactNode } from 'react';
import { CameoContext } from './cameo-context';
import { useCameos } from './useCameos';

export function CameoProvider({ children }: { children: ReactNode }) {
  const library = useCameos();
  return <CameoContext.Provider value={library}>{children}</CameoContext.Provider>;
}
