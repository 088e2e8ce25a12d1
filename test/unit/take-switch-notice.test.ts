// A regenerated clip whose new take is shorter, where a sync-locked track cannot close up behind it:
// the take still lands, and the user is told which track now runs late against the picture (the
// 'project.notice' event the editor shows), through the real studio and its job queue.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { ApiEvent } from '../../main/contract/api';
import { Studio } from '../../main/app/studio';
import { moveClips } from '../../main/projects/timeline/edit-place';
import { addVideoTrack } from '../../main/projects/timeline/edit-tracks';
import { fixtureTake, fixtureTrace } from '../helpers/take-fixture';
import { makeTempDir } from '../helpers/temp-dir';

describe('a take switch that loses sync says so', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('regenerating a clip to a shorter take names the locked track left late, and by how much', async () => {
    const events: ApiEvent[] = [];
    const studio = new Studio({
      version: 'test',
      homeDir: path.join(temp.dir, 'home'),
      projectsDir: path.join(temp.dir, 'projects'),
      // No pictures needed: the take's length is what the edit reads (the prompt asks 1 second).
      generate: (input) => Promise.resolve({
        plan: input.plan, trace: fixtureTrace(1, 24), videoPath: 'media/x/clip.mp4', filmstripPath: 'media/x/filmstrip.jpg',
        filmstripFrames: 10, peaksPath: 'media/x/peaks.json', speech: null,
      }),
    });
    studio.onEvent((e) => events.push(e));
    const { project } = await studio.createProject('Sync');
    // V1: a 0-2, b 2-4; V2 (sync-locked): c 1-3 spans a's end, d 3.5-5.5 after it.
    studio.edit(project.id, (store) => {
      for (let i = 0; i < 4; i++) store.addTake(fixtureTake(), null);
      store.edit('Add video track', (t, ctx) => addVideoTrack(t, ctx));
    });
    const [a, , c, d] = studio.state(project.id).timeline.clips;
    const v2 = studio.state(project.id).timeline.tracks.find((t) => t.kind === 'video' && t.index === 1)!;
    studio.edit(project.id, (store) => store.edit('Move clip', (t, ctx) => moveClips(t, ctx, [c!.id], -3, v2.id)));
    studio.edit(project.id, (store) => store.edit('Move clip', (t, ctx) => moveClips(t, ctx, [d!.id], -2.5, v2.id)));
    expect(studio.state(project.id).timeline.clips.filter((x) => x.trackId === v2.id).map((x) => x.startSec)).toEqual([1, 3.5]);

    await studio.regenerate(project.id, { clipId: a!.id, prompt: 'a red ball drops onto the floor, 1 second' });
    await studio.whenIdle();
    const after = studio.state(project.id).timeline;
    // The take landed and V1 closed up; V2 stayed where it was.
    expect(after.clips.find((x) => x.id === a!.id)?.durationSec).toBe(1);
    expect(after.clips.filter((x) => x.trackId === v2.id).map((x) => x.startSec)).toEqual([1, 3.5]);
    const notices = events.flatMap((e) => (e.event === 'project.notice' ? [e.payload] : []));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ projectId: project.id });
    expect(notices[0]!.message).toMatch(/1 s shorter.*V2 had no room.*V2 runs 1 s late against the picture/);

    // Switching back to the 2 s take opens the second again: nothing to tell.
    const count = events.length;
    const first = studio.state(project.id).timeline.clips.find((x) => x.id === a!.id)!.takeIds[0]!;
    studio.edit(project.id, (store) => store.selectTake(a!.id, first));
    expect(events.slice(count).some((e) => e.event === 'project.notice')).toBe(false);
    await studio.close();
  });
});
