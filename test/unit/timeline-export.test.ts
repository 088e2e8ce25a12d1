// What leaves the timeline: the ExportPlan the encoder takes (trims, gaps, layers, mute, volume,
// fades, a marked range, provenance) and the OpenTimelineIO file; and sound import through ffprobe
// and ffmpeg, refusing a file without sound.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Take } from '../../main/contract/model';
import { clipPartInRange, nothingToExport, type Timeline } from '../../main/contract/timeline';

import { createExportEngine } from '../../main/app/export-engine';
import { ExportService } from '../../main/app/export-service';
import { importMedia, uploadTarget } from '../../main/app/media-import';
import type { ApiEvent } from '../../main/contract/api';
import { findFfmpeg } from '../../main/media/ffmpeg-path';
import { ProjectStore } from '../../main/projects/project-store';
import { buildExportPlan } from '../../main/projects/timeline/export-plan-builder';
import { buildOtio } from '../../main/projects/timeline/otio';
import { timelineInRange } from '../../main/projects/timeline/range-cut';
import { fixtureTake } from '../helpers/take-fixture';
import { makeCutShortClip, makeWholeClip } from '../helpers/cut-short';
import { makeTempDir } from '../helpers/temp-dir';
import { formatTimecode } from '../../renderer/src/lib/timecode';

const take = (id: string, durationSec: number): Take => ({
  id, prompt: `prompt ${id}`, seed: 7, parentTakeId: null, durationSec, width: 854, height: 480, fps: 24,
  videoPath: `media/${id}/clip.mp4`, filmstripPath: '', filmstripFrames: 10, peaksPath: '', outcome: '', createdAt: '', change: { kind: 'original', summary: '' },
});
const base = { volume: 1, fadeInSec: 0, fadeOutSec: 0, mediaId: null };

const timeline: Timeline = {
  fps: 24,
  tracks: [
    { id: 'v1', kind: 'video', name: 'V1', index: 0, muted: false, volume: 1, syncLocked: true, linkedTrackId: null },
    { id: 'v2', kind: 'video', name: 'V2', index: 1, muted: false, volume: 1, syncLocked: true, linkedTrackId: null },
    { id: 'a1', kind: 'sound', name: 'A1', index: 0, muted: false, volume: 0.5, syncLocked: true, linkedTrackId: 'v1' },
    { id: 'a2', kind: 'sound', name: 'A2', index: 1, muted: true, volume: 1, syncLocked: true, linkedTrackId: 'v2' },
    { id: 'm1', kind: 'music', name: 'M1', index: 0, muted: false, volume: 1, syncLocked: true, linkedTrackId: null },
  ],
  clips: [
    { ...base, id: 'c1', trackId: 'v1', startSec: 0, sourceInSec: 1, durationSec: 2, takeId: 'a', takeIds: ['a'], fadeInSec: 1 },
    // A gap from 2 to 3 s.
    { ...base, id: 'c2', trackId: 'v1', startSec: 3, sourceInSec: 0, durationSec: 2, takeId: 'b', takeIds: ['b'], volume: 2 },
    { ...base, id: 'top', trackId: 'v2', startSec: 1, sourceInSec: 0, durationSec: 1, takeId: 'b', takeIds: ['b'] },
    { ...base, id: 'song', trackId: 'm1', startSec: 0.5, sourceInSec: 0, durationSec: 4, takeId: null, takeIds: [], mediaId: 'm', fadeOutSec: 1 },
  ],
  markers: [{ id: 'mk', timeSec: 3, label: 'cut' }],
  range: { inSec: 1.5, outSec: 4 },
};
const media = [{ id: 'm', name: 'song.mp3', path: 'media/m/source.mp3', peaksPath: '', durationSec: 10, fromVideo: false, sha256: 'abc', createdAt: '' }];
const input = { timeline, takes: [take('a', 5), take('b', 3)], media, projectDir: '/p', outputPath: '/out/film.mp4', title: 'Film', width: 1280, height: 720, watermark: true, generator: 'Kinora test', engineVersion: '0.1.0' };

describe('export plan', () => {
  it('turns the whole timeline into timed pieces after trims, gaps, layers, mute and volume', () => {
    const plan = buildExportPlan({ ...input, range: null });
    expect(plan).toMatchObject({ durationSec: 5, fps: 24, width: 1280, height: 720, watermark: true });
    expect(plan.video.map((v) => [path.basename(path.dirname(v.file)), v.sourceInSec, v.durationSec, v.timelineStartSec, v.layer])).toEqual([
      ['a', 1, 2, 0, 0], ['b', 0, 2, 3, 0], ['b', 0, 1, 1, 1],
    ]);
    // A2 is muted, so the V2 clip is seen but not heard; A1's volume scales its clips.
    expect(plan.audio.map((a) => [path.basename(a.file), a.timelineStartSec, a.gain, a.fadeInSec, a.fadeOutSec])).toEqual([
      ['clip.mp4', 0, 0.5, 1, 0], ['source.mp3', 0.5, 1, 0, 1], ['clip.mp4', 3, 1, 0, 0],
    ]);
    expect(plan.provenance.parts.find((p) => p.kind === 'imported')).toMatchObject({ fileName: 'song.mp3', sha256: 'abc' });
    expect(plan.provenance.parts.find((p) => p.takeId === 'a')).toMatchObject({ prompt: 'prompt a', seed: 7, engineVersion: '0.1.0' });
  });

  it('cuts every piece to a marked range, keeping the rest of a fade it cuts into', () => {
    const plan = buildExportPlan({ ...input, range: timeline.range });
    expect(plan.durationSec).toBe(2.5);
    expect(plan.video.map((v) => [v.sourceInSec, v.durationSec, v.timelineStartSec])).toEqual([[2.5, 0.5, 0], [0, 1, 1.5], [0.5, 0.5, 0]]);
    const song = plan.audio.find((a) => a.file.endsWith('source.mp3'))!;
    expect(song).toMatchObject({ sourceInSec: 1, durationSec: 2.5, timelineStartSec: 0, fadeOutSec: 0.5 });
  });
});

// One rule for what a range holds (main/contract/timeline.ts): the service refuses with it and the
// Export dialog greys its buttons and says why with it, so they cannot disagree at the edges.
describe('what a marked range holds', () => {
  const c1 = timeline.clips[0]!; // 0 to 2 s on V1
  const c2 = timeline.clips[1]!; // 3 to 5 s, after a gap from 2 to 3 s

  it('takes the part of a clip inside it, and nothing of a clip that only touches it', () => {
    expect(clipPartInRange(c1, { inSec: 1.5, outSec: 4 })).toEqual({ startSec: 1.5, endSec: 2 });
    // A range from a clip's end, or up to its start: the clip is not in it, even off by a rounding.
    expect(clipPartInRange(c1, { inSec: 2, outSec: 3 })).toBeNull();
    expect(clipPartInRange(c1, { inSec: 2 - 1e-7, outSec: 3 })).toBeNull();
    expect(clipPartInRange(c2, { inSec: 2, outSec: 3 })).toBeNull();
    // One frame of it is in.
    expect(clipPartInRange(c1, { inSec: 2 - 1 / 24, outSec: 3 })).toEqual({ startSec: 2 - 1 / 24, endSec: 2 });
    expect(buildExportPlan({ ...input, timeline: { ...timeline, range: { inSec: 2, outSec: 3 } }, range: { inSec: 2, outSec: 3 } }).video).toEqual([]);
  });

  it('says why an export would hold nothing: an empty timeline, no range, a range over a gap or touching clips only', () => {
    const clips = [c1, c2];
    expect(nothingToExport({ clips: [], range: null }, 'all')).toMatch(/timeline is empty/);
    expect(nothingToExport({ clips: [], range: { inSec: 0, outSec: 1 } }, 'range')).toMatch(/timeline is empty/);
    expect(nothingToExport({ clips, range: null }, 'all')).toBeNull();
    expect(nothingToExport({ clips, range: null }, 'range')).toMatch(/No range is marked/);
    expect(nothingToExport({ clips, range: { inSec: 2, outSec: 3 } }, 'range')).toMatch(/No clip lies inside the marked range \(2\.00 s to 3\.00 s\)/);
    // Written as the reader sees times: the dialog passes the editor's timecode (QA: the note said
    // 2.33 s while the dialog showed 00:00:02:08).
    expect(nothingToExport({ clips, range: { inSec: 2, outSec: 3 } }, 'range', (sec) => formatTimecode(sec, 24))).toMatch(/\(00:00:02:00 to 00:00:03:00\)/);
    expect(nothingToExport({ clips, range: { inSec: 2, outSec: 3 } }, 'all')).toBeNull();
    expect(nothingToExport({ clips, range: { inSec: 2, outSec: 3 + 1 / 24 } }, 'range')).toBeNull();
    // Past the end of the timeline.
    expect(nothingToExport({ clips, range: { inSec: 5, outSec: 6 } }, 'range')).toMatch(/No clip lies inside/);
  });
});

describe('OpenTimelineIO', () => {
  it('writes tracks of clips and gaps with media references, generation metadata and markers', () => {
    const otio = buildOtio({ ...input, name: 'Film' }) as { OTIO_SCHEMA: string; tracks: { markers: unknown[]; children: { name: string; kind: string; enabled: boolean; children: { OTIO_SCHEMA: string; source_range: { start_time: { value: number }; duration: { value: number } }; media_references?: { DEFAULT_MEDIA: { target_url: string } }; metadata: { kinora?: { generation?: { prompt?: string } } } }[] }[] } };
    expect(otio.OTIO_SCHEMA).toBe('Timeline.1');
    const names = otio.tracks.children.map((t) => `${t.name}:${t.kind}`);
    expect(names).toEqual(['V1:Video', 'V2:Video', 'A1:Audio', 'A2:Audio', 'M1:Audio']);
    const v1 = otio.tracks.children[0]!;
    expect(v1.children.map((c) => c.OTIO_SCHEMA)).toEqual(['Clip.2', 'Gap.1', 'Clip.2']);
    expect(v1.children[0]!.source_range.start_time.value).toBe(24);
    expect(v1.children[0]!.source_range.duration.value).toBe(48);
    expect(v1.children[0]!.media_references!.DEFAULT_MEDIA.target_url).toBe('file:///p/media/a/clip.mp4');
    expect(v1.children[0]!.metadata.kinora!.generation!.prompt).toBe('prompt a');
    expect(v1.children[1]!.source_range.duration.value).toBe(24);
    expect(otio.tracks.children[3]!.enabled).toBe(false);
    expect(otio.tracks.markers).toHaveLength(1);
  });

  it('writes the clips\' spoken lines as speech tracks, overlapping parts of layered clips on a second one', () => {
    const spoken = (t: Take): Take => ({ ...t, speech: { path: `media/${t.id}/speech.wav`, peaksPath: '' } });
    const withD1: Timeline = { ...timeline, tracks: [...timeline.tracks, { id: 'd1', kind: 'dialogue', name: 'D1', index: 0, muted: false, volume: 1, syncLocked: true, linkedTrackId: null }] };
    type Track = { name: string; kind: string; children: { OTIO_SCHEMA: string; source_range: { start_time: { value: number }; duration: { value: number } }; media_references?: { DEFAULT_MEDIA: { target_url: string } } }[] };
    const otio = buildOtio({ ...input, timeline: withD1, takes: [spoken(take('a', 5)), spoken(take('b', 3))], name: 'Film' }) as { tracks: { children: Track[] } };
    const speech = otio.tracks.children.filter((t) => t.name.startsWith('D1 speech'));
    expect(speech.map((t) => `${t.name}:${t.kind}`)).toEqual(['D1 speech 1:Audio', 'D1 speech 2:Audio']);
    // c1 (0-2 s, from 1 s in its source), a gap, c2 (3-5 s); the V2 clip over c1 (1-2 s) needs its own track.
    expect(speech[0]!.children.map((c) => c.OTIO_SCHEMA)).toEqual(['Clip.2', 'Gap.1', 'Clip.2']);
    expect(speech[0]!.children[0]!.source_range.start_time.value).toBe(24);
    expect(speech[0]!.children[0]!.media_references!.DEFAULT_MEDIA.target_url).toBe('file:///p/media/a/speech.wav');
    expect(speech[1]!.children.map((c) => c.OTIO_SCHEMA)).toEqual(['Gap.1', 'Clip.2']);
    expect(speech[1]!.children[0]!.source_range.duration.value).toBe(24);
  });
});

describe('sound import', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: ProjectStore;
  beforeEach(() => {
    temp = makeTempDir();
    store = ProjectStore.create(path.join(temp.dir, 'p'), 'Import');
  });
  afterEach(() => {
    store.close();
    temp.cleanup();
  });

  it('checks, copies and places a sound file, with peaks; refuses one without sound and keeps nothing of it', async () => {
    const upload = uploadTarget(store);
    mkdirSync(path.dirname(upload.file), { recursive: true });
    execFileSync(findFfmpeg()!, ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=220:duration=1', '-ac', '1', '-f', 'flac', upload.file]);
    await importMedia(store, { uploadId: upload.uploadId, fileName: 'voice.flac', trackId: 'track-d1', atSec: 2 }, process.env);
    const state = store.state();
    expect(state.media).toHaveLength(1);
    expect(state.media[0]).toMatchObject({ name: 'voice.flac', fromVideo: false, durationSec: expect.closeTo(1, 1) });
    expect(existsSync(path.join(store.dir, state.media[0]!.path))).toBe(true);
    expect(existsSync(path.join(store.dir, state.media[0]!.peaksPath))).toBe(true);
    expect(state.timeline.clips).toMatchObject([{ trackId: 'track-d1', startSec: 2, mediaId: state.media[0]!.id }]);
    expect(state.history.undoLabel).toBe('Import sound');

    const bad = uploadTarget(store);
    writeFileSync(bad.file, 'this is not a sound');
    await expect(importMedia(store, { uploadId: bad.uploadId, fileName: 'notes.mp3', trackId: 'track-m1', atSec: 0 }, process.env)).rejects.toThrow(/notes.mp3 has no sound Kinora can read/);
    expect(existsSync(bad.file)).toBe(false);
    expect(readdirSync(path.join(store.dir, 'media')).filter((d) => d !== '.incoming')).toHaveLength(1);
    await expect(importMedia(store, { uploadId: bad.uploadId, fileName: 'x.wav', trackId: 'track-v1', atSec: 0 }, process.env)).rejects.toThrow(/voice \(D\) or music \(M\) track/);
  });

  it('refuses a video or song cut short (its headers promise 5 s, far less decodes) and keeps nothing of it', async () => {
    const cut = uploadTarget(store);
    mkdirSync(path.dirname(cut.file), { recursive: true });
    await makeCutShortClip(cut.file, 0.15);
    await expect(importMedia(store, { uploadId: cut.uploadId, fileName: 'corrupt.mp4', trackId: 'track-d1', atSec: 0 }, process.env))
      .rejects.toThrow(/corrupt\.mp4 is damaged: only [0-2]\.\d s of its 5\.0 s of sound could be read/);
    const song = uploadTarget(store);
    execFileSync(findFfmpeg()!, ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=220:duration=5', '-f', 'mp3', song.file]);
    truncateSync(song.file, 30_000);
    await expect(importMedia(store, { uploadId: song.uploadId, fileName: 'song.mp3', trackId: 'track-m1', atSec: 0 }, process.env)).rejects.toThrow(/song\.mp3 is damaged/);
    expect(existsSync(cut.file) || existsSync(song.file)).toBe(false);
    expect(readdirSync(path.join(store.dir, 'media')).filter((d) => d !== '.incoming')).toEqual([]);
    expect(store.state().timeline.clips.filter((c) => c.mediaId)).toEqual([]);

    const whole = uploadTarget(store);
    await makeWholeClip(whole.file);
    await importMedia(store, { uploadId: whole.uploadId, fileName: 'whole.mp4', trackId: 'track-d1', atSec: 0 }, process.env);
    expect(store.state().media).toMatchObject([{ name: 'whole.mp4', fromVideo: true, durationSec: expect.closeTo(5, 1) }]);
  });
});

describe('OpenTimelineIO of a marked range', () => {
  it('holds only the range: clips cut to it and starting at 0, fades kept where it cuts into them, markers inside it moved', () => {
    const cut = timelineInRange(timeline, timeline.range!);
    expect(cut.range).toBeNull();
    // c1 (0-2 s, from 1 s in its take) keeps 1.5-2; c2 (3-5) keeps 3-4; V2's clip (1-2) keeps 1.5-2;
    // the song (0.5-4.5, fading out over its last 1 s) keeps 1.5-4.
    expect(cut.clips.map((c) => [c.id, c.startSec, c.sourceInSec, c.durationSec])).toEqual([
      ['c1', 0, 2.5, 0.5], ['c2', 1.5, 0, 1], ['top', 0, 0.5, 0.5], ['song', 0, 1, 2.5],
    ]);
    expect(cut.clips.find((c) => c.id === 'song')!.fadeOutSec).toBe(0.5);
    expect(cut.markers).toEqual([{ id: 'mk', timeSec: 1.5, label: 'cut' }]);
    // A marker on the range's out point is its end.
    const atOut = timelineInRange({ ...timeline, markers: [{ id: 'end', timeSec: 4, label: 'out' }] }, timeline.range!);
    expect(atOut.markers).toEqual([{ id: 'end', timeSec: 2.5, label: 'out' }]);
    // The .otio of it: V1 a 0.5 s clip, a 1 s gap, a 1 s clip (2.5 s in all); nothing of the rest.
    const otio = buildOtio({ ...input, timeline: cut, name: 'Part' }) as { tracks: { children: { name: string; children: { OTIO_SCHEMA: string; source_range: { duration: { value: number } } }[] }[] } };
    const v1 = otio.tracks.children.find((t) => t.name === 'V1')!;
    expect(v1.children.map((c) => [c.OTIO_SCHEMA, c.source_range.duration.value / 24])).toEqual([['Clip.2', 0.5], ['Gap.1', 1], ['Clip.2', 1]]);
  });
});

describe('export service', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: ProjectStore;
  beforeEach(() => {
    temp = makeTempDir();
    store = ProjectStore.create(path.join(temp.dir, 'p'), 'Export');
  });
  afterEach(() => {
    store.close();
    temp.cleanup();
  });

  it('refuses an empty timeline, a missing range and a relative path; reports an encoder failure as an event', async () => {
    const events: ApiEvent[] = [];
    const service = new ExportService(createExportEngine(path.join(temp.dir, 'home')), '0.1.0', (event) => events.push(event));
    const request = { span: 'all' as const, preset: '720p' as const, watermark: true, outputPath: path.join(temp.dir, 'out', 'film.mp4') };
    expect(() => service.start(store, request)).toThrow(/timeline is empty/);
    await expect(service.writeOtio(store, path.join(temp.dir, 'empty'))).rejects.toThrow(/timeline is empty/);
    expect(existsSync(path.join(temp.dir, 'empty.otio'))).toBe(false);
    store.addTake(fixtureTake(), null);
    expect(() => service.start(store, { ...request, span: 'range' })).toThrow(/No range is marked/);
    expect(() => service.start(store, { ...request, outputPath: 'film.mp4' })).toThrow(/full path/);
    service.start(store, request);
    expect(() => service.start(store, request)).toThrow(/already running/);
    await expect.poll(() => events.at(-1)?.event === 'export.updated' && events.at(-1)!.payload).toMatchObject({ export: { status: 'failed' } });
    await expect(service.writeOtio(store, path.join(temp.dir, 'cut'))).resolves.toBe(path.join(temp.dir, 'cut.otio'));
    expect(existsSync(path.join(temp.dir, 'cut.otio'))).toBe(true);
    await expect(service.writeOtio(store, path.join(temp.dir, 'part'), 'range')).rejects.toThrow(/No range is marked/);
    // A range over a gap holds nothing: neither a film of black nor an .otio without clips is written.
    store.edit('Gap', (t) => ({ ...t, clips: t.clips.map((c) => ({ ...c, startSec: 3 })), range: { inSec: 0.5, outSec: 2.5 } }));
    await expect(service.writeOtio(store, path.join(temp.dir, 'gap'), 'range')).rejects.toThrow(/No clip lies inside the marked range/);
    expect(existsSync(path.join(temp.dir, 'gap.otio'))).toBe(false);
    expect(() => service.start(store, { ...request, span: 'range', outputPath: path.join(temp.dir, 'gap.mp4') })).toThrow(/No clip lies inside/);
  });
});
