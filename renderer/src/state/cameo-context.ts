// The cameo library for the whole editor (the drawer, the prompt's cameo picker, the understanding
// card, the clips and takes that hold a revoked cameo), loaded once by the Editor.
import { createContext, useContext } from 'react';
import type { BlockedCameo } from '../../../main/contract/cameo';
import type { TakeCameo } from '../../../main/contract/cameo-use';
import type { Take } from '../../../main/contract/model';
import type { CameoLibraryState } from './useCameos';

export const CameoContext = createContext<CameoLibraryState | null>(null);

export function useCameoLibrary(): CameoLibraryState {
  const value = useContext(CameoContext);
  if (!value) throw new Error('useCameoLibrary must be used inside <CameoContext.Provider>.');
  return value;
}

// The cameos of a take that may no longer be used (revoked or deleted); empty for a take that is fine.
export function blockedCameosOf(take: Pick<Take, 'cameos'> | null | undefined, blocked: ReadonlyMap<string, BlockedCameo>): (TakeCameo & { deleted: boolean })[] {
  return (take?.cameos ?? []).flatMap((c) => {
    const hit = blocked.get(c.id);
    return hit ? [{ ...c, deleted: hit.deletedAt !== null }] : [];
  });
}

// "@alex (revoked)", "@alex (deleted) and @sam (revoked)".
export function describeBlocked(list: readonly (TakeCameo & { deleted: boolean })[]): string {
  const parts = list.map((c) => `@${c.name} (${c.deleted ? 'deleted' : 'revoked'})`);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

// The clip badge's words: what happened to the cameos the take shows (deleted, revoked, or both).
export function blockedBadge(list: readonly { deleted: boolean }[]): string {
  if (list.every((c) => c.deleted)) return list.length > 1 ? 'Deleted cameos' : 'Deleted cameo';
  if (list.every((c) => !c.deleted)) return list.length > 1 ? 'Revoked cameos' : 'Revoked cameo';
  return 'Revoked and deleted cameos';
}
