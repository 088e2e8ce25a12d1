// Real things from what the prompt mentioned: sizes, masses, bounciness, grip, materials and colours
// (scaled things keep their density, so a "big" ball is heavier by the cube).
import type { Entity, Material, Vec3 } from '../../contract/scene-plan';
import type { Draft } from '../prompt/entities';
import { BALLS, BALL_BY_MATERIAL, BOXES, BOX_DENSITY, HOOP, PEOPLE, RAMP, STAIRS, TABLE, type BallSpec, type EntityKind } from '../prompt/vocabulary';

const FIXTURES = { hoop: HOOP, ramp: RAMP, table: TABLE, stairs: STAIRS } as const;
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

// Real sizes: scaled things keep their density, so a "big" ball is heavier by the cube.
export function makeEntities(drafts: Draft[]): Built {
  const entities: Entity[] = [];
  const idsByDraft = new Map<Draft, string[]>();
  const counters: Partial<Record<EntityKind, number>> = {};
  const nextId = (kind: EntityKind): string => {
    counters[kind] = (counters[kind] ?? 0) + 1;
    return `${kind}-${counters[kind]}`;
  };
  let shirt = 0;
  let ballColor = 0;
  for (const d of drafts) {
    const ids: string[] = [];
    for (let i = 0; i < d.count; i++) {
      const id = nextId(d.kind);
      ids.push(id);
      const base = { id, position: [0, 0, 0] as Vec3 };
      switch (d.kind) {
        case 'ball': {
          const spec = ballSpec(d);
          const s = d.scale;
          // Several plain balls without a named colour get different colours, like a bag of toys.
          const color = d.color ?? (d.count > 1 && (d.target.kind === 'ball' && d.target.key === 'generic') ? (BALL_PALETTE[ballColor++ % BALL_PALETTE.length] ?? spec.color) : spec.color);
          entities.push({
            ...base,
            kind: 'ball',
            label: spec.label,
            material: d.material && d.target.kind === 'ball' && d.target.key !== 'generic' ? d.material : spec.material,
            color,
            size: [round(spec.radius * s)],
            restitution: spec.restitution,
            friction: spec.friction,
            mass: round(spec.mass * s * s * s) || 0.001,
          });
          break;
        }
        case 'box': {
          const spec = BOXES[d.target.kind === 'box' ? d.target.key : 'box'];
          const half = spec.halfExtents.map((h) => round(h * d.scale)) as [number, number, number];
          const material = d.material ?? spec.material;
          const density = d.material ? (BOX_DENSITY[d.material] ?? spec.density) : spec.density;
          entities.push({
            ...base,
            kind: 'box',
            label: d.material ? `${MATERIAL_ADJECTIVE[d.material]} ${spec.label}`.trim() : spec.label,
            material,
            color: d.color ?? (d.material ? (MATERIAL_COLOR[d.material] ?? spec.color) : spec.color),
            size: half,
            restitution: material === 'rubber' ? 0.6 : spec.restitution,
            friction: spec.friction,
            mass: round(8 * half[0] * half[1] * half[2] * density) || 0.01,
          });
          break;
        }
        case 'person': {
          const spec = PEOPLE[d.target.kind === 'person' ? d.target.key : 'person'] ?? { label: 'person', height: 1.72, gender: 'any' };
          const height = round(Math.min(Math.max(spec.height * (d.scale === 1 ? 1 : Math.sqrt(d.scale)), 0.9), 2.3));
          entities.push({
            ...base,
            kind: 'person',
            label: spec.label,
            material: 'flesh',
            color: d.color ?? SHIRT_PALETTE[shirt++ % SHIRT_PALETTE.length] ?? 0x2e6fd8,
            size: [height],
            restitution: 0.1,
            friction: 0.8,
            // A typical build (BMI 23).
            mass: round(23 * height * height),
          });
          break;
        }
        case 'hoop':
        case 'ramp':
        case 'stairs':
        case 'table': {
          const spec = FIXTURES[d.kind];
          const material = d.kind === 'hoop' ? 'metal' : (d.material ?? spec.material);
          const size = d.kind === 'hoop' ? [spec.size[0]] : spec.size.map((x) => round(x * (d.kind === 'table' ? 1 : d.scale)));
          const label = d.target.kind === 'table' ? d.target.label : spec.label;
          entities.push({
            ...base,
            kind: d.kind,
            label: d.material && d.kind !== 'hoop' ? `${MATERIAL_ADJECTIVE[d.material]} ${label}`.trim() : label,
            material,
            color: d.color ?? (material === 'glass' ? 0xa8d8e8 : material === 'metal' && d.kind !== 'hoop' ? 0x9aa3ad : spec.color),
            size,
            restitution: material === 'glass' ? 0.7 : material === 'metal' ? 0.6 : spec.restitution,
            friction: spec.friction,
            mass: spec.mass,
          });
          break;
        }
      }
    }
    idsByDraft.set(d, ids);
  }
  return { drafts, entities, idsByDraft };
}

