// Real things from what the prompt mentioned: sizes, masses, bounciness, grip, materials and colours
// (scaled things keep their density, so a "big" ball is heavier by the cube).
import type { Entity, Material, Vec3 } from '../../contract/scene-plan';
import type { Draft } from '../prompt/drafts';
import { BALLS, BALL_BY_MATERIAL, BOXES, BOX_DENSITY, SOLID_DENSITY, HOOP, PEOPLE, RAMP, STAIRS, TABLE, WALL, type BallSpec, type EntityKind } from '../prompt/vocabulary';

const FIXTURES = { hoop: HOOP, ramp: RAMP, table: TABLE, stairs: STAIRS, wall: WALL } as const;
import { objectModule } from '../objects';
import { heightOf, widestOf } from '../objects/geometry';
import { round } from './arrange';

const MATERIAL_ADJECTIVE: Record<Material, string> = {
  rubber: 'rubber',
  leather: 'leather',
  metal: 'metal',
  wood: 'wooden',
  glass: 'glass',
  plastic: 'plastic',
  concrete: 'stone',
  cloth: 'cloth',
  flesh: '',
  ceramic: 'ceramic',
  ice: 'ice',
};

// What a box made of a named material looks like, when the prompt gives no colour.
const MATERIAL_COLOR: Partial<Record<Material, number>> = {
  metal: 0x9aa3ad,
  plastic: 0x3498db,
  glass: 0xa8d8e8,
  concrete: 0x8d8d8d,
  rubber: 0x2d3436,
  cloth: 0xc0392b,
  leather: 0x6d4c41,
};

const BALL_PALETTE = [0xd63031, 0x2e6fd8, 0x27ae60, 0xf1c40f, 0x8e44ad, 0xe67e22, 0x00bcd4, 0xe84393, 0x2d3436, 0xf2f2f2];
const SHIRT_PALETTE = [0x2e6fd8, 0xd63031, 0x27ae60, 0xf39c12, 0x8e44ad];


export interface Built {
  drafts: Draft[];
  entities: Entity[];
  idsByDraft: Map<Draft, string[]>;
}

function ballSpec(d: Draft): BallSpec {
  const key = d.target.kind === 'ball' ? d.target.key : 'generic';
  if (key === 'generic' && d.material) {
    const byMaterial = BALL_BY_MATERIAL[d.material];
    if (byMaterial) return { ...byMaterial, label: `${MATERIAL_ADJECTIVE[d.material]} ball`.trim() };
  }
  return BALLS[key];
}

// Which instance of its draft an entity is, and the palettes shared across drafts (several plain
// balls get different colours like a bag of toys; people get different shirts).
interface MakeContext {
  id: string;
  draft: Draft;
  nextBallColor(): number | undefined;
  nextShirt(): number | undefined;
}
type Maker = (m: MakeContext) => Entity;

const base = (m: MakeContext): Pick<Entity, 'id' | 'position'> => ({ id: m.id, position: [0, 0, 0] as Vec3 });

// Real sizes: scaled things keep their density, so a "big" ball is heavier by the cube.
function makeBall(m: MakeContext): Entity {
  const d = m.draft;
  const spec = ballSpec(d);
  const s = d.scale;
  const plain = d.count > 1 && d.target.kind === 'ball' && d.target.key === 'generic';
  return {
    ...base(m),
    kind: 'ball',
    label: spec.label,
    material: d.material && d.target.kind === 'ball' && d.target.key !== 'generic' ? d.material : spec.material,
    color: d.color ?? (plain ? (m.nextBallColor() ?? spec.color) : spec.color),
    size: [round(spec.radius * s)],
    restitution: spec.restitution,
    friction: spec.friction,
    mass: round(spec.mass * s * s * s) || 0.001,
  };
}

function makeBox(m: MakeContext): Entity {
  const d = m.draft;
  const spec = BOXES[d.target.kind === 'box' ? d.target.key : 'box'];
  const half = spec.halfExtents.map((h) => round(h * d.scale)) as [number, number, number];
  const material = d.material ?? spec.material;
  const solid = d.target.kind === 'box' && d.target.key === 'block';
  const density = d.material ? ((solid ? SOLID_DENSITY : BOX_DENSITY)[d.material] ?? spec.density) : spec.density;
  return {
    ...base(m),
    kind: 'box',
    label: d.material ? `${MATERIAL_ADJECTIVE[d.material]} ${spec.label}`.trim() : spec.label,
    material,
    color: d.color ?? (d.material ? (MATERIAL_COLOR[d.material] ?? spec.color) : spec.color),
    size: half,
    restitution: material === 'rubber' ? 0.6 : spec.restitution,
    friction: spec.friction,
    mass: round(8 * half[0] * half[1] * half[2] * density) || 0.01,
  };
}

function makePerson(m: MakeContext): Entity {
  const d = m.draft;
  const spec = PEOPLE[d.target.kind === 'person' ? d.target.key : 'person'] ?? { label: 'person', height: 1.72, gender: 'any' };
  // A cameo is as tall as its owner said; anyone else as tall as such a person usually is.
  // "A woman astronaut" is as tall as the shorter of the two usually is (a girl footballer, a girl's).
  const usual = d.sex ? Math.min(spec.height, d.sex.heightM) : spec.height;
  const height = d.cameo ? d.cameo.heightM : round(Math.min(Math.max(usual * (d.scale === 1 ? 1 : Math.sqrt(d.scale)), 0.9), 2.3));
  return {
    ...base(m),
    kind: 'person',
    label: d.cameo ? `@${d.cameo.name}` : d.sex ? `${d.sex.word} ${spec.label}` : spec.label,
    material: 'flesh',
    color: d.color ?? spec.color ?? m.nextShirt() ?? 0x2e6fd8,
    size: [height],
    // A ball bounces off a body about as off a padded wall: a soccer ball off a shin comes back at a
    // third of its speed (restitution combines by minimum, so the ball's own bounce still counts).
    restitution: 0.35,
    friction: 0.8,
    // A typical build (BMI 23).
    mass: round(23 * height * height),
    ...(d.look ? { look: d.look } : {}),
  };
}

// Hoops, ramps, tables and stairs: fixed scenery, sized and made of what the prompt says.
function makeFixture(m: MakeContext): Entity {
  const d = m.draft;
  const kind = d.kind as keyof typeof FIXTURES;
  const spec = FIXTURES[kind];
  const material = kind === 'hoop' ? 'metal' : (d.material ?? spec.material);
  const size = kind === 'hoop' ? [spec.size[0]] : spec.size.map((x) => round(x * (kind === 'table' ? 1 : d.scale)));
  const label = d.target.kind === 'table' ? d.target.label : spec.label;
  return {
    ...base(m),
    kind,
    label: d.material && kind !== 'hoop' ? `${MATERIAL_ADJECTIVE[d.material]} ${label}`.trim() : label,
    material,
    color: d.color ?? (material === 'glass' ? 0xa8d8e8 : material === 'metal' && kind !== 'hoop' ? 0x9aa3ad : spec.color),
    size,
    restitution: material === 'glass' ? 0.7 : material === 'metal' ? 0.6 : spec.restitution,
    friction: spec.friction,
    mass: spec.mass,
  };
}

// Everyday objects: the catalog's form, its real size and mass; a named colour paints it.
function makeObject(m: MakeContext): Entity {
  const d = m.draft;
  const o = objectModule(d.target.kind === 'object' ? d.target.form : undefined);
  const s = d.scale;
  return {
    ...base(m),
    kind: 'object',
    form: o.form,
    label: o.label,
    material: o.material,
    color: d.color ?? o.color,
    size: [round(widestOf(o) * s), round((heightOf(o) / 2) * s)],
    restitution: o.restitution,
    friction: o.friction,
    mass: round(o.massKg * s * s * s) || 0.01,
  };
}

const MAKERS: Record<EntityKind, Maker> = { ball: makeBall, box: makeBox, person: makePerson, hoop: makeFixture, ramp: makeFixture, table: makeFixture, stairs: makeFixture, object: makeObject, wall: makeFixture };

export function makeEntities(drafts: Draft[]): Built {
  const entities: Entity[] = [];
  const idsByDraft = new Map<Draft, string[]>();
  const counters: Partial<Record<EntityKind, number>> = {};
  let shirt = 0;
  let ballColor = 0;
  const palettes = {
    nextBallColor: () => BALL_PALETTE[ballColor++ % BALL_PALETTE.length],
    nextShirt: () => SHIRT_PALETTE[shirt++ % SHIRT_PALETTE.length],
  };
  for (const draft of drafts) {
    const ids: string[] = [];
    for (let i = 0; i < draft.count; i++) {
      counters[draft.kind] = (counters[draft.kind] ?? 0) + 1;
      const id = `${draft.kind}-${counters[draft.kind]}`;
      ids.push(id);
      entities.push(MAKERS[draft.kind]({ id, draft, ...palettes }));
    }
    idsByDraft.set(draft, ids);
  }
  return { drafts, entities, idsByDraft };
}
