// Ripple edits keep every track in sync (sync lock): a ripple delete or a closed gap on one track
// pulls the clips after it on every other sync-locked track left by as much, refuses rather than push
// clips into one that spans the cut, is one undo step, and the exported film's music starts that much
// earlier. A track with sync lock off stays where it is; the switch is an undoable edit that survives
// closing and reopening the project.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExportEngine } from '../../main/app/export-engine';
import { ExportService } from '../../main/app/export-service';
import { importMedia, uploadTarget } from '../../main/app/media-import';
import type { ApiEvent } from '../../main/contract/api';
import { SAMPLE_RATE } from '../../main/contract/format';
import type { Clip, Timeline } from '../../main/contract/timeline';
import { findFfmpeg } from '../../main/media/ffmpeg-path';
import { ProjectStore } from '../../main/projects/project-store';
import { closeGap, deleteClips } from '../../main/projects/timeline/edit-delete';
import { pasteClips } from '../../main/projects/timeline/edit-paste';
import { moveClips } from '../../main/projects/timeline/edit-place';
import { setTrack } from '../../main/projects/timeline/edit-sound';
import { switchTake } from '../../main/projects/timeline/edit-takes';
import type { EditContext } from '../../main/projects/timeline/timeline-math';
import { decodeStereo, makeEventClip } from '../helpers/media-fixtures';
import { firstOnsetSec } from '../helpers/sound-onset';
import { fixtureTake } from '../helpers/take-fixture';
import { makeTempDir } from '../helpers/temp-dir';

const FPS = 24;

function clip(id: string, trackId: string, startSec: number, durationSec: number): Clip {
  const media = trackId !== 'v1' && trackId !== 'v2';
  return {
    id, trackId, startSec, sourceInSec: 0, durationSec, takeId: media ? null : 't', takeIds: media ? [] : ['t'], mediaId: media ? 'm' : null,
    volume: 1, fadeInSec: 0, fadeOutSec: 0,
  };
}

function timeline(clips: Clip[]): Timeline {
  const track = (id: string, kind: 'video' | 'sound' | 'dialogue' | 'music', name: string, index = 0, linkedTrackId: string | null = null) =>
    ({ id, kind, name, index, muted: false, volume: 1, syncLocked: true, linkedTrackId });
  return {
    fps: FPS,
    tracks: [track('v1', 'video', 'V1'), track('v2', 'video', 'V2', 1), track('a1', 'sound', 'A1', 0, 'v1'), track('d1', 'dialogue', 'D1'), track('m1', 'music', 'M1')],
    clips, markers: [], range: null,
  };
}

let ids = 0;
const ctx: EditContext = { fps: FPS, sourceDurationSec: () => 10, newId: () => `n${++ids}` };
const copyOf = (trackId: string, durationSec: number) => ({
  trackId, offsetSec: 0, sourceInSec: 0, durationSec, takeId: 't', takeIds: ['t'], mediaId: null, volume: 1, fadeInSec: 0, fadeOutSec: 0,
});
// Each clip's [track, start, source in, duration], in time order per track: a split shows as two rows.
const rows = (t: Timeline) => [...t.clips].sort((a, b) => a.trackId.localeCompare(b.trackId) || a.startSec - b.startSec)
  .map((c) => [c.trackId, c.startSec, c.sourceInSec, c.durationSec]);

const starts = (t: Timeline) => Object.fromEntries([...t.clips].sort((a, b) => a.id.localeCompare(b.id)).map((c) => [c.id, c.startSec]));

describe('sync lock', () => {
  // V1: a 0-2, b 2-5, c 5-6. D1: a voice over b (2-4). M1: music from 6. V2: a title over a (0-1).
  const base = timeline([
    clip('a', 'v1', 0, 2), clip('b', 'v1', 2, 3), clip('c', 'v1', 5, 1),
    clip('voice', 'd1', 2, 2), clip('song', 'm1', 6, 4), clip('title', 'v2', 0, 1),
  ]);

  it('a ripple delete moves every track’s clips after the cut by its length, and leaves the clips before it', () => {
    expect(starts(deleteClips(base, ['a'], true))).toEqual({ b: 0, c: 3, song: 4, title: 0, voice: 0 });
    // D1's voice over b lies inside the cut: it is not cut and stays, as nothing on D1 follows it.
    expect(starts(deleteClips(base, ['b'], true))).toEqual({ a: 0, c: 2, song: 3, title: 0, voice: 2 });
  });

  it('clips removed together on two tracks are one cut, not two', () => {
    expect(starts(deleteClips(base, ['b', 'voice'], true))).toEqual({ a: 0, c: 2, song: 3, title: 0 });
  });

  it('refuses when clips after the cut would run into a clip that spans it on their track', () => {
    const spanned = timeline([clip('a', 'v1', 0, 2), clip('b', 'v1', 2, 3), clip('bed', 'm1', 1, 2), clip('song', 'm1', 3, 4)]);
    expect(() => deleteClips(spanned, ['a'], true)).toThrow(/clips after the cut on M1 would run into the M1 clip that spans it/);
    // Without ripple nothing else moves.
    expect(starts(deleteClips(spanned, ['a'], false))).toEqual({ b: 2, bed: 1, song: 3 });
  });

  it('closing a gap moves the other tracks too, and refuses when a clip spans the gap with clips after it', () => {
    const gapped = timeline([clip('a', 'v1', 0, 2), clip('b', 'v1', 3, 2), clip('song', 'm1', 3.5, 2)]);
    expect(starts(closeGap(gapped, 'v1', 2.5))).toEqual({ a: 0, b: 2, song: 2.5 });
    const spanned = timeline([clip('a', 'v1', 0, 2), clip('b', 'v1', 3, 2), clip('bed', 'm1', 1, 1.5), clip('song', 'm1', 3, 2)]);
    expect(() => closeGap(spanned, 'v1', 2.5)).toThrow(/on M1 would run into/);
    // A spanning clip with room after it for the shift is left where it is.
    const roomy = timeline([clip('a', 'v1', 0, 2), clip('b', 'v1', 3, 2), clip('bed', 'm1', 1, 1.5), clip('song', 'm1', 4, 2)]);
    expect(starts(closeGap(roomy, 'v1', 2.5))).toEqual({ a: 0, b: 2, bed: 1, song: 3 });
  });
});

describe('inserts with sync lock', () => {
  // V1: a 0-2, b 2-5. D1: a voice over b (2.5-4). M1: a bed under both (1-5).
  const base = timeline([clip('a', 'v1', 0, 2), clip('b', 'v1', 2, 3), clip('voice', 'd1', 2.5, 1.5), clip('bed', 'm1', 1, 4)]);

  it('a paste at 2 s opens its length on every locked track: the voice after it moves, the bed under it is split and its rest moves', () => {
    const { timeline: t } = pasteClips(base, ctx, [copyOf('v1', 1.5)], 2);
    expect(rows(t)).toEqual([
      ['d1', 4, 0, 1.5],
      ['m1', 1, 0, 1], ['m1', 3.5, 1, 3],
      ['v1', 0, 0, 2], ['v1', 2, 0, 1.5], ['v1', 3.5, 0, 3],
    ]);
  });

  it('dropping a clip over another inserts it there and moves the locked tracks after the insert point', () => {
    const dropped = timeline([clip('a', 'v1', 0, 2), clip('b', 'v1', 2, 3), clip('c', 'v1', 6, 1), clip('voice', 'd1', 2.5, 1.5)]);
    // C dropped at 0.5 s lands before A (it starts in A's first half): everything from 0 s moves 1 s right.
    expect(starts(moveClips(dropped, ctx, ['c'], -5.5, null))).toEqual({ a: 1, b: 3, c: 0, voice: 3.5 });
  });

  it('the picture leads: a sound dropped or pasted among sounds moves only its own track', () => {
    const sounds = timeline([clip('a', 'v1', 0, 2), clip('b', 'v1', 2, 3), clip('bed', 'm1', 1, 4), clip('sting', 'm1', 6, 1)]);
    // The sting dropped at 1.5 s goes before the bed (in its first half): M1 moves, the picture does not.
    expect(starts(moveClips(sounds, ctx, ['sting'], -4.5, null))).toEqual({ a: 0, b: 2, sting: 1, bed: 2 });
    const { timeline: t } = pasteClips(sounds, ctx, [{ ...copyOf('m1', 1), takeId: null, takeIds: [], mediaId: 'm' }], 2);
    expect(rows(t).filter((r) => r[0] === 'v1')).toEqual([['v1', 0, 0, 2], ['v1', 2, 0, 3]]);
  });

  it('clips moved on two tracks where one inserts: the other moved-to track keeps in step, the moved clips stay put', () => {
    const two = timeline([clip('a', 'v1', 0, 2), clip('b', 'v1', 2, 3), clip('c', 'v1', 6, 1), clip('voice', 'd1', 7, 1), clip('late', 'd1', 9, 1)]);
    // C and its voice dragged to 0.5 s: C goes in before A (everything on V1 from 0 s moves 1 s);
    // the voice lands in free D1 space at 1.5 s, and D1's later clip moves the same 1 s.
    expect(starts(moveClips(two, ctx, ['c', 'voice'], -5.5, null))).toEqual({ a: 1, b: 3, c: 0, voice: 1.5, late: 10 });
  });

  it('an unlocked track stays where it is, and a drop into free space moves nothing else', () => {
    const unlocked = setTrack(setTrack(base, 'm1', { syncLocked: false }), 'd1', { syncLocked: false });
    expect(starts(pasteClips(unlocked, ctx, [copyOf('v1', 1.5)], 2).timeline)).toMatchObject({ voice: 2.5, bed: 1, a: 0, b: 3.5 });
    expect(starts(moveClips(base, ctx, ['b'], 3, null))).toEqual({ a: 0, b: 5, bed: 1, voice: 2.5 });
  });
});

describe('sync lock when a clip switches to a take of another length', () => {
  // Takes: t 3 s, long 5 s, short 1.5 s. V1: a (take t, all of it) 0-3, b 3-6. D1: a voice under b.
  const takeCtx: EditContext = { fps: FPS, sourceDurationSec: ({ takeId }) => ({ long: 5, short: 1.5 })[takeId ?? ''] ?? 3, newId: () => `n${++ids}` };
  const cut = (extra: Clip[]) => timeline([clip('a', 'v1', 0, 3), clip('b', 'v1', 3, 3), clip('voice', 'd1', 3.5, 1), ...extra]);

  it('a longer take opens its extra length on the locked tracks at its old end, splitting a clip that spans it', () => {
    const t = switchTake(cut([clip('bed', 'm1', 1, 3)]), takeCtx, 'a', 'long').timeline;
    expect(rows(t)).toEqual([
      ['d1', 5.5, 0, 1],
      ['m1', 1, 0, 2], ['m1', 5, 2, 1],
      ['v1', 0, 0, 5], ['v1', 5, 0, 3],
    ]);
  });

  it('a shorter take closes the stretch on the locked tracks, and only its own track when a locked track has no room', () => {
    expect(starts(switchTake(cut([]), takeCtx, 'a', 'short').timeline)).toEqual({ a: 0, b: 1.5, voice: 2 });
    // A bed spanning the stretch stays, as in a ripple delete; with a song after it on M1 there is
    // no room for the song to move into: the take still switches, the other tracks stay.
    expect(starts(switchTake(cut([clip('bed', 'm1', 1, 3)]), takeCtx, 'a', 'short').timeline)).toEqual({ a: 0, b: 1.5, bed: 1, voice: 2 });
    expect(starts(switchTake(cut([clip('bed', 'm1', 1, 3), clip('song', 'm1', 4, 2)]), takeCtx, 'a', 'short').timeline)).toEqual({ a: 0, b: 1.5, bed: 1, song: 4, voice: 3.5 });
  });

  it('tells the user which locked tracks a shorter take left late against the picture, and by how much', () => {
    // M1 has no room (its song would run into the bed spanning the cut): M1 and D1 both stay, 1.5 s late.
    const blocked = switchTake(cut([clip('bed', 'm1', 1, 3), clip('song', 'm1', 4, 2)]), takeCtx, 'a', 'short');
    expect(blocked.note).toContain('1.5 s shorter');
    expect(blocked.note).toContain('M1 had no room');
    expect(blocked.note).toMatch(/D1 and M1 run 1\.5 s late against the picture/);
    // Kept in step (room everywhere, or a longer take): nothing to tell.
    expect(switchTake(cut([clip('bed', 'm1', 1, 3)]), takeCtx, 'a', 'short').note).toBeNull();
    expect(switchTake(cut([clip('bed', 'm1', 1, 3)]), takeCtx, 'a', 'long').note).toBeNull();
    // A locked track with nothing after the cut lost nothing: only M1 is named.
    const onlyMusic = switchTake(timeline([clip('a', 'v1', 0, 3), clip('b', 'v1', 3, 3), clip('bed', 'm1', 1, 3), clip('song', 'm1', 4, 2)]), takeCtx, 'a', 'short');
    expect(onlyMusic.note).toMatch(/M1 runs 1\.5 s late/);
    expect(onlyMusic.note).not.toContain('D1');
  });

  it('the sound track that shows the clip’s picture moves with it, also when a locked track has no room', () => {
    // A door slam laid on A1 under b at 4 s: it stays under b (1 s into it) whichever way the take goes.
    const slam = clip('slam', 'a1', 4, 0.5);
    expect(starts(switchTake(cut([slam]), takeCtx, 'a', 'long').timeline)).toMatchObject({ b: 5, slam: 6 });
    const blocked = switchTake(cut([clip('bed', 'm1', 1, 3), clip('song', 'm1', 4, 2), slam]), takeCtx, 'a', 'short');
    expect(starts(blocked.timeline)).toMatchObject({ b: 1.5, slam: 2.5, song: 4 });
    expect(blocked.note).not.toContain('A1');
  });

  it('an unlocked track stays where it is', () => {
    const t = switchTake(setTrack(cut([]), 'd1', { syncLocked: false }), takeCtx, 'a', 'long').timeline;
    expect(starts(t)).toEqual({ a: 0, b: 5, voice: 3.5 });
  });
});

describe('sync lock off on a track', () => {
  const base = timeline([
    clip('a', 'v1', 0, 2), clip('b', 'v1', 2, 3), clip('c', 'v1', 5, 1),
    clip('voice', 'd1', 2, 2), clip('song', 'm1', 6, 4), clip('title', 'v2', 3, 1),
  ]);
  const unlock = (t: Timeline, ...trackIds: string[]) => trackIds.reduce((next, id) => setTrack(next, id, { syncLocked: false }), t);

  it('a ripple delete on V1 leaves an unlocked M1 where it was and still moves the locked tracks', () => {
    expect(starts(deleteClips(unlock(base, 'm1'), ['a'], true))).toEqual({ b: 0, c: 3, song: 6, title: 1, voice: 0 });
  });

  it('the track the edit is made on ripples even with its own sync lock off', () => {
    expect(starts(deleteClips(unlock(base, 'v1', 'm1', 'd1', 'v2'), ['a'], true))).toEqual({ b: 0, c: 3, song: 6, title: 3, voice: 2 });
    // Ripple-deleting the voice (D1, unlocked) moves D1 and the one locked track, M1; the picture stays.
    expect(starts(deleteClips(unlock(base, 'v1', 'd1', 'v2'), ['voice'], true))).toEqual({ a: 0, b: 2, c: 5, song: 4, title: 3 });
  });

  it('clips removed together on two tracks ripple both tracks, whatever their locks', () => {
    expect(starts(deleteClips(unlock(base, 'v1', 'd1', 'm1', 'v2'), ['b', 'voice'], true))).toEqual({ a: 0, c: 2, song: 6, title: 3 });
  });

  it('closing a gap leaves an unlocked track, and unlocking is the way past a clip that spans the cut', () => {
    const spanned = timeline([clip('a', 'v1', 0, 2), clip('b', 'v1', 3, 2), clip('bed', 'm1', 1, 1.5), clip('song', 'm1', 3, 2)]);
    expect(() => closeGap(spanned, 'v1', 2.5)).toThrow(/or turn off sync lock on M1/);
    expect(starts(closeGap(unlock(spanned, 'm1'), 'v1', 2.5))).toEqual({ a: 0, b: 2, bed: 1, song: 3 });
  });

  it('a sound track follows its video track and has no switch of its own', () => {
    expect(() => setTrack(base, 'a1', { syncLocked: false })).toThrow(/A1 shows the sound of V1’s clips .* set sync lock on V1/);
  });
});

describe('sync lock in a project and its exported film', () => {
  const temp = makeTempDir();
  let store: ProjectStore;
  const PING_IN_SONG_SEC = 0.5;

  beforeAll(async () => {
    store = ProjectStore.create(path.join(temp.dir, 'p'), 'Sync');
    // Two 2 s generated clips on V1 (a fixture take lasts 2 s), their own sound muted so the film's
    // only onset is the music's.
    for (let i = 0; i < 2; i++) {
      const take = fixtureTake();
      mkdirSync(path.join(store.dir, path.dirname(take.videoPath)), { recursive: true });
      await makeEventClip(path.join(store.dir, take.videoPath), { durationSec: 2, eventSec: 1, width: 160, height: 90, fps: FPS });
      store.addTake(take, null);
    }
    store.edit('Mute A1', (t) => ({ ...t, tracks: t.tracks.map((tr) => (tr.kind === 'sound' ? { ...tr, muted: true } : tr)) }));
    const upload = uploadTarget(store);
    mkdirSync(path.dirname(upload.file), { recursive: true });
    const ping = `aevalsrc='if(gte(t,${PING_IN_SONG_SEC}),0.6*sin(2*PI*1000*(t-${PING_IN_SONG_SEC}))*exp(-(t-${PING_IN_SONG_SEC})*12),0)':s=${SAMPLE_RATE}:c=stereo:d=1.5`;
    execFileSync(findFfmpeg()!, ['-v', 'error', '-f', 'lavfi', '-i', ping, '-f', 'flac', upload.file]);
    // The music starts at 2.5 s, wholly after the first clip (0-2 s).
    await importMedia(store, { uploadId: upload.uploadId, fileName: 'song.flac', trackId: 'track-m1', atSec: 2.5 }, process.env);
  }, 60_000);
  afterAll(() => {
    store.close();
    temp.cleanup();
  });

  async function exportFilm(name: string): Promise<Float32Array> {
    let last: ApiEvent | undefined;
    const service = new ExportService(createExportEngine(path.join(temp.dir, 'home')), '0.1.0', (event) => (last = event));
    const outputPath = path.join(temp.dir, `${name}.mp4`);
    service.start(store, { span: 'all', preset: '480p', watermark: false, outputPath });
    await expect.poll(() => (last?.event === 'export.updated' ? last.payload.export.status : 'running'), { timeout: 60_000, interval: 200 }).toBe('done');
    return decodeStereo(outputPath);
  }

  it('a ripple delete of V1’s first clip brings the music 2 s earlier in the film, in one undo step', async () => {
    const before = firstOnsetSec(await exportFilm('before'));
    const [first] = store.timeline().clips.filter((c) => c.trackId === 'track-v1').sort((a, b) => a.startSec - b.startSec);
    store.edit('Ripple delete', (t) => deleteClips(t, [first!.id], true));
    const song = () => store.timeline().clips.find((c) => c.trackId === 'track-m1')!;
    expect(song().startSec).toBe(0.5);
    const after = firstOnsetSec(await exportFilm('after'));
    console.info(`music ping at ${before.toFixed(4)} s before the ripple, ${after.toFixed(4)} s after`);
    // The detector's 15 ms window sees the ping up to a window early; the shift between two films is
    // measured the same way both times, so it holds to the millisecond.
    expect(Math.abs(before - (2.5 + PING_IN_SONG_SEC))).toBeLessThan(0.015);
    expect(Math.abs(before - after - 2)).toBeLessThan(0.001);
    store.undo();
    expect(song().startSec).toBe(2.5);
    expect(store.timeline().clips.filter((c) => c.trackId === 'track-v1').map((c) => c.startSec).sort()).toEqual([0, 2]);
  }, 180_000);
});

describe('sync lock in the project database', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('a new project’s tracks are locked; unlocking M1 is one undo step and survives reopening', async () => {
    const dir = path.join(temp.dir, 'lock');
    const store = ProjectStore.create(dir, 'Lock');
    const locked = (s: ProjectStore) => Object.fromEntries(s.timeline().tracks.map((t) => [t.name, t.syncLocked]));
    expect(locked(store)).toEqual({ V1: true, A1: true, D1: true, M1: true });
    store.edit('Sync lock off', (t) => setTrack(t, 'track-m1', { syncLocked: false }));
    store.close();
    const reopened = await ProjectStore.open(dir);
    try {
      expect(locked(reopened)).toEqual({ V1: true, A1: true, D1: true, M1: false });
      reopened.undo();
      expect(locked(reopened).M1).toBe(true);
      reopened.redo();
      expect(locked(reopened).M1).toBe(false);
    } finally {
      reopened.close();
    }
  });
});
