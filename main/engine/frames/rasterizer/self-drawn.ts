// A mesh that draws itself: the rasterizer sorts, culls and orders it like any other mesh (by its
// material's transparency, its renderOrder and its bounding sphere), then, in the transparent pass
// (after the G-buffer is shaded), hands it the frame's view instead of scan-converting its triangles.
// It may also cast its own shape into the sun's shadow map. How something with a picture of its own
// (a cameo's matted footage on a card) joins the scene without the triangle pipeline learning about
// textures.
import type * as THREE from 'three';
import type { NativeRender } from '../native-render';
import type { LightRig } from './lights';
import type { RasterTarget } from './target';

export interface RasterView {
  // The frame: target.hdr holds the shaded scene (linear radiance), depth and id the G-buffer.
  target: RasterTarget;
  camera: THREE.PerspectiveCamera;
  // Projection x view, and the camera's position, for this frame.
  viewProj: THREE.Matrix4;
  camPos: THREE.Vector3;
  lights: LightRig;
  // Fades linear colour rgb (in place) seen at `distance` metres along unit direction d, as the
  // shading pass fades surfaces with haze.
  haze(distance: number, dx: number, dy: number, dz: number, rgb: Float64Array): void;
  // The G-buffer id this drawable writes where it is solid (so id reads and later passes see it).
  id: number;
  // The native render passes, whose opaque fill draws a see-through layer's nearest surface.
  native?: NativeRender | null;
}

// The sun's shadow map as a self-drawn caster sees it: light-space texel coordinates of a world
// point, and a depth write that keeps the nearest caster.
export interface ShadowCasterView {
  size: number;
  // World point -> [texel x, texel y, depth along the light's travel] into out.
  project(x: number, y: number, z: number, out: Float64Array): void;
  write(tx: number, ty: number, depth: number): void;
}

export interface SelfDrawn {
  // Blends into view.target.hdr (depth-tested against what is there); returns the triangles it counts as.
  rasterDraw(view: RasterView): number;
  // Draws its shape into the sun's shadow map for this camera (a card turns to face it).
  castShadowInto?(map: ShadowCasterView, camera: THREE.Camera): void;
}

export function isSelfDrawn(object: THREE.Object3D): object is THREE.Mesh & SelfDrawn {
  return typeof (object as Partial<SelfDrawn>).rasterDraw === 'function';
}
