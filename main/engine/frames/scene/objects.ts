// Everyday objects in the picture: a whole one is its profile turned on a lathe (outside up to the
// rim, inside back down, so a glass is hollow), glass clear, ceramic glazed; its
// pieces, once it breaks, are convex shards of the same stuff. The whole is shown until the trace's
// break event, the pieces from then on.
import * as THREE from 'three';
import { ConvexGeometry } from 'three/examples/jsm/geometries/ConvexGeometry.js';
import type { Entity, TraceBody, WorldTrace } from '../../../contract/world-trace-types';
import { objectModule } from '../../objects';
import { heightOf, innerProfile } from '../../objects/geometry';
import { handlePath } from '../../objects/handle';
import type { BoxPart, ObjectModule } from '../../objects/types';
import type { TraceSampler } from '../trace-sampler';
import { GlassSurfaceMesh } from '../clear/glass-surface';
import { creasedLathe } from './lathe';
import { OBJECT_LOOKS } from './looks';
import { MATERIAL_LOOKS, patternedMaterial, timberSurface } from '../shading/surfaces';

// Glass made of boxes (a pane) is blended faintly, lit per vertex.
function materialFor(e: Pick<Entity, 'material' | 'color'>): THREE.Material {
  if (e.material === 'glass') {
    return new THREE.MeshPhongMaterial({ color: e.color, specular: 0xffffff, shininess: 90, transparent: true, opacity: 0.25, side: THREE.DoubleSide, depthWrite: false });
  }
  // Otherwise what it is made of, as the boxes and balls are: wood with its grain, metal metallic.
  const look = MATERIAL_LOOKS[e.material];
  return patternedMaterial(look.pattern?.() ?? null, { color: e.color, roughness: look.roughness, metalness: look.metalness, side: THREE.DoubleSide });
}

export function buildObject(e: Entity): THREE.Object3D {
  const o = objectModule(e.form);
  const half = heightOf(o) / 2;
  const scale = (e.size[1] ?? half) / half;
  const look = OBJECT_LOOKS[o.form];
  if (look) {
    const drawn = look(e, o);
    drawn.scale.setScalar(scale);
    drawn.name = `object:${e.id}`;
    // A handle is drawn the one way, whatever draws the rest (a kettle's look).
    if (o.handle && !o.parts) drawn.add(handleMesh(e, o, (g) => new THREE.Mesh(g, materialFor(e))));
    return drawn;
  }
  if (o.parts) return buildBoxes(e, o.parts, scale);
  const outer = o.profile.map(([r, y]) => new THREE.Vector2(r, y - half));
  const inner = innerProfile(o).reverse().map(([r, y]) => new THREE.Vector2(r, y - half));
  const geometry = creasedLathe([...outer, ...inner], 24);
  // A whole glass draws itself clear and casts its own shadow (frames/clear/glass-surface.ts).
  const made = (g: THREE.BufferGeometry, baseTopY: number | null = null): THREE.Mesh => (e.material === 'glass' ? new GlassSurfaceMesh(g, new THREE.Color(e.color), baseTopY) : new THREE.Mesh(g, materialFor(e)));
  const mesh = made(geometry, o.baseM - half);
  mesh.scale.setScalar(scale);
  mesh.name = `object:${e.id}`;
  if (o.handle) mesh.add(handleMesh(e, o, made));
  return mesh;
}

// A mug's, cup's, jug's or kettle's handle: a tube along its path, of the same stuff.
function handleMesh(e: Entity, o: ObjectModule, made: (g: THREE.BufferGeometry) => THREE.Mesh): THREE.Mesh {
  const curve = new THREE.CatmullRomCurve3(handlePath(o).map(([x, y]) => new THREE.Vector3(x, y, 0)));
  const handle = made(new THREE.TubeGeometry(curve, 16, (o.handle?.thickM ?? 0.01) / 2, 8, false));
  handle.name = `object:${e.id}:handle`;
  return handle;
}

// A thing made of boxes (a book, a domino, a chair): one box per part, in one group.
function buildBoxes(e: Entity, parts: readonly BoxPart[], scale: number): THREE.Group {
  const group = new THREE.Group();
  const material = materialFor(e);
  parts.forEach((p, i) => {
    const box = new THREE.Mesh(new THREE.BoxGeometry(2 * p.half[0], 2 * p.half[1], 2 * p.half[2]), e.material === 'wood' ? timberFor(e, p, i) : material);
    box.position.set(...p.center);
    box.name = `part${i}`;
    group.add(box);
  });
  group.scale.setScalar(scale);
  group.name = `object:${e.id}`;
  return group;
}

// A wooden part of a made thing (a chair's leg, a shelf's board) is one piece of timber with its
// grain along its length, each part its own tone.
function timberFor(e: Entity, p: BoxPart, i: number): THREE.Material {
  const axis = p.half.indexOf(Math.max(...p.half)) as 0 | 1 | 2;
  const look = MATERIAL_LOOKS.wood;
  return patternedMaterial(timberSurface(axis, look.roughness, 31 + i), { color: e.color, roughness: look.roughness, side: THREE.DoubleSide });
}

// When each broken thing broke (entity id -> seconds).
export function breakTimes(trace: WorldTrace): Map<string, number> {
  return new Map(trace.events.flatMap((ev) => (ev.kind === 'break' ? [[ev.object, ev.t] as const] : [])));
}

// The pieces of everything that can break, posed from the trace and shown once it has broken.
export function addPieces(scene: THREE.Scene, entities: readonly Entity[], trace: WorldTrace, sampler: TraceSampler): (frame: number, t: number) => void {
  const broke = breakTimes(trace);
  const meshes: { body: TraceBody; mesh: THREE.Mesh; at: number }[] = [];
  for (const body of trace.bodies) {
    const whole = body.pieceOf ? entities.find((e) => e.id === body.pieceOf) : undefined;
    if (!whole || body.shape.kind !== 'hull') continue;
    const geometry = new ConvexGeometry(body.shape.points.map((p) => new THREE.Vector3(...p)));
    // A glass's pieces are drawn as the glass was: clear, tinted by the faces a ray crosses, with
    // highlights and a reflection of the room (the flat blended material read as white chips).
    const mesh = whole.material === 'glass' ? new GlassSurfaceMesh(geometry, new THREE.Color(whole.color)) : new THREE.Mesh(geometry, materialFor(whole));
    mesh.name = `piece:${body.id}`;
    mesh.visible = false;
    mesh.castShadow = true;
    scene.add(mesh);
    meshes.push({ body, mesh, at: broke.get(whole.id) ?? Infinity });
  }
  const p = new THREE.Vector3();
  const q = new THREE.Quaternion();
  return (frame, t) => {
    for (const m of meshes) {
      m.mesh.visible = t >= m.at;
      if (!m.mesh.visible) continue;
      if (sampler.position(m.body.id, frame, p)) m.mesh.position.copy(p);
      if (sampler.quaternion(m.body.id, frame, q)) m.mesh.quaternion.copy(q);
    }
  };
}
