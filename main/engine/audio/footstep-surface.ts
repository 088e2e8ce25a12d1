// The grounds footsteps can sound on (a setting names one for its floor).
export const FOOTSTEP_SURFACES = ['wood', 'asphalt', 'grass', 'sand', 'leaves', 'gravel'] as const;
export type FootstepSurface = (typeof FOOTSTEP_SURFACES)[number];
