// Indoors the key light is banks of ceiling lights and the windows: a source as broad as a patch of
// sky, which the floor at a sofa's foot or a room's corner sees only in part, as it sees only part
// of the room's fill. So indoors the ambient occlusion hides AREA_SHARE of the key too, not only the
// fill: furniture stands on the floor instead of floating over it (a living room's floor at the
// sofa's foot was as bright as a metre in front of it, 189 against 188 of 255, at 854x480).
import { lightsHere } from './shade-plan';

export const AREA_SHARE = 0.8;

// Scales the key's visibility (the shadow map's mask) by the occlusion, for the pixels shading lights.
export function occludeAreaKey(sun: Float32Array, ao: Float32Array, need: Uint8Array): void {
  for (let i = 0; i < sun.length; i++) {
    if (lightsHere(need, i)) sun[i] = sun[i]! * (1 - AREA_SHARE * (1 - ao[i]!));
  }
}
