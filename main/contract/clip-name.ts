// What a clip is called wherever it is named: its box on the timeline, the inspector's title, its
// spoken lines on D1, an export's cameo refusal. Numbers count per track, so the name carries the
// track: a V1 clip and a V2 clip are never both "clip 1" (QA found them so).
// `index` is the clip's place among its track's clips by start time, from 0.
export function clipName(trackName: string, index: number): string {
  return `${trackName} · clip ${index + 1}`;
}

// The same name, short enough for the badge on a clip's box.
export function clipTag(trackName: string, index: number): string {
  return `${trackName}·${index + 1}`;
}
