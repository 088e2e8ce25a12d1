// Export holds no revoked likeness: a timeline whose clips show a take made with a cameo that was
// since revoked or deleted is refused, MP4 and .otio alike, naming each such clip the way the editor
// numbers them (clip 2 on V1), until those clips are removed or regenerated without that person.
import type { BlockedCameo } from '../contract/cameo';
import { clipName } from '../contract/clip-name';
import { ApiError } from '../contract/errors';
import type { ProjectState } from '../contract/model';
import { clipPartInRange } from '../contract/timeline';

export interface BlockedClip {
  clipId: string;
  // "clip 2 on V1"
  label: string;
  cameos: BlockedCameo[];
}

// `range`: only the clips an export of that stretch holds count (numbered as the whole timeline
// numbers them, as the editor shows them).
export function blockedClips(state: Pick<ProjectState, 'timeline' | 'takes'>, blocked: readonly BlockedCameo[], range: { inSec: number; outSec: number } | null = null): BlockedClip[] {
  if (blocked.length === 0) return [];
  const byId = new Map(blocked.map((b) => [b.id, b]));
  const takes = new Map(state.takes.map((t) => [t.id, t]));
  const out: BlockedClip[] = [];
  const videoTracks = state.timeline.tracks.filter((t) => t.kind === 'video').sort((a, b) => a.index - b.index);
  for (const track of videoTracks) {
    const clips = state.timeline.clips.filter((c) => c.trackId === track.id).sort((a, b) => a.startSec - b.startSec);
    clips.forEach((clip, index) => {
      const used = (clip.takeId ? takes.get(clip.takeId)?.cameos : undefined) ?? [];
      const hits = used.flatMap((c) => byId.get(c.id) ?? []);
      if (range && !clipPartInRange(clip, range)) return;
      if (hits.length > 0) out.push({ clipId: clip.id, label: clipName(track.name, index), cameos: hits });
    });
  }
  return out;
}

const listing = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

export function refuseBlockedClips(state: Pick<ProjectState, 'timeline' | 'takes'>, blocked: readonly BlockedCameo[], range: { inSec: number; outSec: number } | null = null): void {
  const clips = blockedClips(state, blocked, range);
  if (clips.length === 0) return;
  const people = [...new Map(clips.flatMap((c) => c.cameos).map((b) => [b.id, b])).values()];
  const who = listing(people.map((p) => `@${p.name} (${p.deletedAt ? 'deleted' : 'revoked'})`));
  const one = clips.length === 1;
  throw new ApiError(
    'cameo_unusable',
    `Kinora will not export this ${range ? 'range' : 'timeline'}: ${listing(clips.map((c) => c.label))} ${one ? 'shows' : 'show'} ${who}, whose cameo may no longer be used. ` +
      `Remove ${one ? 'that clip' : 'those clips'} or regenerate ${one ? 'it' : 'them'} without ${people.length === 1 ? 'that person' : 'those people'}, then export again.`,
  );
}
