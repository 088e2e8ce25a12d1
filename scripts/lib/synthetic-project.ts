// A large synthetic project for the timeline benchmark: `videoClips` takes end to end on V1 (their
// sound on A1) and `musicClips` sound clips on M1, all sharing one real clip, filmstrip and peaks
// made with ffmpeg, so the editor loads real media without generating a thousand takes.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decodePeaks } from '../../main/media/decode-peaks';
import { pictureOptions } from '../../main/media/encode-clip';
import { makeFilmstrip } from '../../main/media/filmstrip';
import { ProjectStore, newId } from '../../main/projects/project-store';
import { placeClips } from '../../main/projects/timeline/edit-place';
import { fixtureTake } from '../../test/helpers/take-fixture';

const VIDEO_FILES = 8;

export async function makeSyntheticProject(dir: string, ffmpegPath: string, videoClips: number, musicClips: number): Promise<ProjectStore> {
  const store = ProjectStore.create(dir, `Bench ${videoClips + musicClips} clips`);
  const sharedId = newId();
  const folder = path.join('media', sharedId);
  mkdirSync(path.join(dir, folder), { recursive: true });
  const video = path.join(folder, 'clip.mp4');
  execFileSync(ffmpegPath, ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=854x480:rate=24:duration=2', '-f', 'lavfi', '-i', 'sine=frequency=330:duration=2',
    // Encoded as generated takes are (their keyframe spacing decides how long a seek takes).
    ...pictureOptions(24).flatMap((o) => o.split(' ')), '-c:a', 'aac', '-shortest', path.join(dir, video)]);
  const filmstrip = path.join(folder, 'filmstrip.jpg');
  await makeFilmstrip({ ffmpegPath, videoPath: path.join(dir, video), outPath: path.join(dir, filmstrip), durationSec: 2, frames: 10, thumbHeight: 72 });
  const peaksPath = path.join(folder, 'peaks.json');
  const peaks = await decodePeaks(ffmpegPath, path.join(dir, video));
  writeFileSync(path.join(dir, peaksPath), JSON.stringify(peaks));
  // Neighbouring takes are separate files, as generated ones are, so a seek that lands in another
  // clip loads another file; a handful of copies is enough for that.
  const copies = Array.from({ length: VIDEO_FILES }, (_, k) => {
    if (k === 0) return video;
    const copy = path.join(folder, `clip-${k}.mp4`);
    copyFileSync(path.join(dir, video), path.join(dir, copy));
    return copy;
  });
  for (let i = 0; i < videoClips; i++) {
    store.addTake(fixtureTake({ id: i === 0 ? sharedId : newId(), videoPath: copies[i % VIDEO_FILES]!, filmstripPath: filmstrip, peaksPath, seed: i }), null);
  }
  const mediaId = newId();
  store.addMedia(
    { id: mediaId, name: 'tone.mp4', path: video, peaksPath, durationSec: 2, fromVideo: true, sha256: 'bench', createdAt: new Date().toISOString() },
    (t, ctx) => placeClips(t, ctx, Array.from({ length: musicClips }, (_, i) => ({
      id: ctx.newId(), trackId: 'track-m1', startSec: i * 2.5, sourceInSec: 0, durationSec: 2, takeId: null, takeIds: [], mediaId, volume: 1, fadeInSec: 0.25, fadeOutSec: 0.25,
    }))),
  );
  return store;
}
