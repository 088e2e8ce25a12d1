// A remix's light follows its place and time as the words would have lit them (the QA probe remixed
// a table-top clip to night, then to the park: the room's lamp-lit night light stayed, 85 mean luma
// against 65 for the same scene typed fresh).
import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { remixPlan } from '../../main/engine/remix/remix-plan';

const FORMAT = { width: 320, height: 180, fps: 24 };

describe('a remix relights', () => {
  it('night then the park gives the light a park at night is typed with', () => {
    const take = parsePrompt('a golf ball drops onto a wooden table', FORMAT);
    const night = remixPlan(take, { timeOfDay: 'night' });
    const park = remixPlan(night, { setting: 'park' });
    const typed = parsePrompt('a golf ball drops onto a wooden table in the park at night', FORMAT);
    expect(typed.setting).toMatchObject({ kind: 'park', timeOfDay: 'night' });
    expect(park.setting).toMatchObject({ kind: 'park', timeOfDay: 'night' });
    expect(park.lighting).toEqual(typed.lighting);
    expect(park.lighting.intensity).toBeLessThan(night.lighting.intensity);
    // And back indoors the lamps light it again.
    expect(remixPlan(park, { setting: take.setting.kind }).lighting).toEqual(night.lighting);
  });

  it('keeps the light the words asked for', () => {
    const dim = parsePrompt('a golf ball drops onto a wooden table in the park, warm dim light', FORMAT);
    const atNight = remixPlan(dim, { timeOfDay: 'night' });
    expect(atNight.lighting).toEqual(dim.lighting);
    expect(remixPlan(dim, { setting: 'room' }).lighting).toEqual(dim.lighting);
  });
});
