// Indoors the key light is banks of ceiling lights and the windows: a source as broad as a patch of
// sky, which the floor at a sofa's foot or a room's corner sees only in part, as it sees only part
// of the room's fill. So indoors the ambient occlusion hides AREA_SHARE of the key too, not only the
// fill: furniture stands on the floor instead of floating over it (a living room's floor at the
// sofa's foot was as bright as a metre in front of it, 189 against 188 of 255, at 854x480).
// The shading pass (shade.ts and its native twin) scales the key's visibility by
// 1 - AREA_SHARE * (1 - occlusion) for the pixels it lights.
export const AREA_SHARE = 0.8;
