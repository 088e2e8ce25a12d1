// The cut as OpenTimelineIO JSON (.otio): a Timeline.1 whose Stack holds one Track.1 per track
// (video tracks first, bottom-up as OTIO composites them), clips as Clip.2 with an ExternalReference
// to the take or sound file, gaps as Gap.1, markers on the stack. Kinora's own facts (prompt, seed,
// take, volume, fades) ride in each object's metadata under "kinora", so another editor keeps the
// cut and a round trip keeps how each part was made.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { linkedSpeechOf, type LinkedSpeech } from '../../contract/linked-speech';
import type { Take } from '../../contract/model';
import type { Clip, Media, Timeline, Track } from '../../contract/timeline';
import { clipsOnTrack, gapsOf } from './timeline-math';
import { TRACK_KIND_MODULES } from './track-kinds';

type Json = Record<string, unknown>;

export interface OtioInput {
  timeline: Timeline;
  takes: readonly Take[];
  media: readonly Media[];
  projectDir: string;
  name: string;
  engineVersion: string;
}

function rationalTime(seconds: number, rate: number): Json {
  return { OTIO_SCHEMA: 'RationalTime.1', rate, value: Math.round(seconds * rate * 1e6) / 1e6 };
}

function timeRange(startSec: number, durationSec: number, rate: number): Json {
  return { OTIO_SCHEMA: 'TimeRange.1', start_time: rationalTime(startSec, rate), duration: rationalTime(durationSec, rate) };
}

function item(schema: string, name: string, sourceRange: Json | null, extra: Json = {}): Json {
  return { OTIO_SCHEMA: schema, name, source_range: sourceRange, effects: [], markers: [], enabled: true, metadata: {}, ...extra };
}

export function buildOtio(input: OtioInput): Json {
  const { timeline } = input;
  const rate = timeline.fps;
  const tracks = [...timeline.tracks].sort((a, b) => orderOf(a) - orderOf(b));
  return {
    OTIO_SCHEMA: 'Timeline.1',
    name: input.name,
    global_start_time: rationalTime(0, rate),
    metadata: { kinora: { engineVersion: input.engineVersion, fps: rate, range: timeline.range } },
    tracks: {
      ...item('Stack.1', 'tracks', null),
      markers: timeline.markers.map((m) => ({
        OTIO_SCHEMA: 'Marker.2', name: m.label, color: 'RED', comment: '', metadata: { kinora: { id: m.id } },
        marked_range: timeRange(m.timeSec, 0, rate),
      })),
      children: [...tracks.map((track) => trackJson(input, track, rate)), ...speechTracksJson(input, rate)],
    },
  };
}

// Video tracks bottom-up (V1 first), then the sound tracks in the editor's order.
function orderOf(track: Track): number {
  const kinds = ['video', 'sound', 'dialogue', 'music'];
  return kinds.indexOf(track.kind) * 100 + track.index;
}

function trackJson(input: OtioInput, track: Track, rate: number): Json {
  const sourceTrackId = track.linkedTrackId ?? track.id;
  const clips = clipsOnTrack(input.timeline, sourceTrackId);
  const gaps = gapsOf(input.timeline, sourceTrackId);
  const children = [
    ...clips.map((clip) => ({ at: clip.startSec, json: clipJson(input, clip, rate) })),
    ...gaps.map((gap) => ({ at: gap.startSec, json: item('Gap.1', '', timeRange(0, gap.durationSec, rate)) })),
  ].sort((a, b) => a.at - b.at);
  return {
    ...item('Track.1', track.name, null, { enabled: !track.muted }),
    kind: TRACK_KIND_MODULES[track.kind].otioKind,
    metadata: { kinora: { id: track.id, kind: track.kind, volume: track.volume, muted: track.muted, syncLocked: track.syncLocked } },
    children: children.map((c) => c.json),
  };
}

// The generated clips' spoken lines, heard on the dialogue track but not clip rows of their own
// (contract/linked-speech): audio tracks of their own after the editor's tracks, each part a clip of
// the take's speech stem with its video clip's trim. Parts of layered clips can overlap, which one
// OTIO track cannot hold, so they are dealt onto as many tracks as the deepest overlap needs.
function speechTracksJson(input: OtioInput, rate: number): Json[] {
  const parts = linkedSpeechOf(input.timeline, input.takes);
  const layers: LinkedSpeech[][] = [];
  for (const part of parts) {
    const free = layers.find((layer) => {
      const last = layer[layer.length - 1]!.clip;
      return last.startSec + last.durationSec <= part.clip.startSec + 1e-9;
    });
    if (free) free.push(part);
    else layers.push([part]);
  }
  return layers.map((layer, n) => {
    const track = layer[0]!.track;
    const children: Json[] = [];
    let at = 0;
    for (const { clip, take } of layer) {
      if (clip.startSec > at + 1e-9) children.push(item('Gap.1', '', timeRange(0, clip.startSec - at, rate)));
      children.push({
        ...clipJson(input, clip, rate, take.speech.path),
        name: `Speech: ${take.prompt}`,
      });
      at = clip.startSec + clip.durationSec;
    }
    return {
      ...item('Track.1', `${track.name} speech${layers.length > 1 ? ` ${n + 1}` : ''}`, null, { enabled: !track.muted }),
      kind: TRACK_KIND_MODULES.dialogue.otioKind,
      metadata: { kinora: { id: track.id, kind: track.kind, part: 'speech', volume: track.volume, muted: track.muted } },
      children,
    };
  });
}

// `file` overrides the clip's own media (a take's speech stem instead of its video).
function clipJson(input: OtioInput, clip: Clip, rate: number, file?: string): Json {
  const take = clip.takeId ? input.takes.find((t) => t.id === clip.takeId) : undefined;
  const media = clip.mediaId ? input.media.find((m) => m.id === clip.mediaId) : undefined;
  const relative = file ?? take?.videoPath ?? media?.path ?? '';
  const availableSec = take?.durationSec ?? media?.durationSec ?? clip.durationSec;
  const reference = {
    OTIO_SCHEMA: 'ExternalReference.1', name: path.basename(relative), metadata: {},
    target_url: pathToFileURL(path.join(input.projectDir, relative)).href,
    available_range: timeRange(0, availableSec, rate),
  };
  const generation = take
    ? { takeId: take.id, prompt: take.prompt, seed: take.seed, engineVersion: input.engineVersion, outcome: take.outcome, parentTakeId: take.parentTakeId }
    : { fileName: media?.name ?? null, sha256: media?.sha256 ?? null };
  return {
    ...item('Clip.2', take?.prompt ?? media?.name ?? 'clip', timeRange(clip.sourceInSec, clip.durationSec, rate)),
    media_references: { DEFAULT_MEDIA: reference },
    active_media_reference_key: 'DEFAULT_MEDIA',
    metadata: { kinora: { clipId: clip.id, volume: clip.volume, fadeInSec: clip.fadeInSec, fadeOutSec: clip.fadeOutSec, generation } },
  };
}
