// A mesh that draws itself: the rasterizer sorts, culls and orders it like any other mesh (by its
// material's transparency, its renderOrder and its bounding sphere), then hands it the frame's view
// instead of scan-converting its triangles. How something with a picture of its own (a cameo's matted
// footage on a card) joins the scene without the triangle pipeline learning about textures.
import type * as THREE from 'three';
import type { LightRig } from './lights';
import type { RasterTarget } from './target';

export interface RasterView {
  target: RasterTarget;
  camera: THREE.PerspectiveCamera;
  // Projection x view, and the camera's position, for this frame.
  viewProj: THREE.Matrix4;
  camPos: THREE.Vector3;
  lights: LightRig;
  // Linear distance fog on view depth, as the triangles get it (far <= near: none); colour as sRGB bytes.
  fog: { near: number; far: number; r: number; g: number; b: number };
}

export interface SelfDrawn {
  // Draws into view.target (depth-tested against what is there); returns the triangles it counts as.
  rasterDraw(view: RasterView): number;
}

export function isSelfDrawn(object: THREE.Object3D): object is THREE.Mesh & SelfDrawn {
  return typeof (object as Partial<SelfDrawn>).rasterDraw === 'function';
}
