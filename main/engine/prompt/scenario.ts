// Builds the physical scene from what was mentioned: real sizes and masses for every entity, and a
// layout that makes the action work (the shooter 4.2 m from a regulation hoop, the ball at the top
// of the ramp with the boxes in its path, the tennis ball a metre above the table).
//
// World conventions (shared with the simulator and renderer): y is up, the floor is y = 0, the main
// action runs towards +x (hoops face -x), bystanders stand at -z, behind the action as seen from
// the default side camera at +z.
import type { Action, Entity, Material, Setting, Vec3 } from '../../contract/scene-plan';
import {
  DRIBBLE_FIRST_PUSH_AFTER_START,
  KICK_CONTACT_AFTER_START,
  SHOOT_RELEASE_AFTER_START,
  THROW_RELEASE_AFTER_START,
  ballHoldPosition,
  kickStanceFor,
} from '../actors/person-pose';
import { rampGeometry, tableGeometry, RIM_HEIGHT } from '../simulate/fixtures';
import type { Verbs } from './actions';
import type { Draft } from './entities';
import {
  BALLS,
  BALL_BY_MATERIAL,
  BOXES,
  BOX_DENSITY,
  HOOP,
  PEOPLE,
  RAMP,
  TABLE,
  type BallSpec,
  type EntityKind,
} from './vocabulary';

export interface ScenarioInput {
  drafts: Draft[];
  verbs: Verbs;
  durationSec: number;
  // "from 2 metres": drop height or shot distance.
  distanceM: number | null;
  speedFactor: number;
  // Word indices of prepositions that tie a ball to a thing ("onto the table", "down the ramp").
  words: readonly string[];
}

export interface Scenario {
  entities: Entity[];
  actions: Action[];
  // The entity the action is about (the shot ball, the dropped ball), for the camera.
  focus: string | null;
  kind: 'shoot' | 'ramp' | 'impact' | 'table' | 'drop' | 'throw' | 'still';
  // Where such a scene usually is, when the prompt does not say.
  defaultSetting: Setting['kind'];
  // Draft -> the ids of the entities made from it (a group of three balls gives three ids).
  idsByDraft: Map<Draft, string[]>;
}

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

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
const v3 = (x: number, y: number, z: number): Vec3 => [round(x), round(y), round(z)];

interface Built {
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
function makeEntities(drafts: Draft[]): Built {
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
        case 'table': {
          const spec = d.kind === 'hoop' ? HOOP : d.kind === 'ramp' ? RAMP : TABLE;
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

// A stack on display is a pyramid (six boxes: 3-2-1), built across the x axis (rows along z).
function pyramidPositions(count: number, half: readonly number[], centreX: number, baseY: number, centreZ: number): Vec3[] {
  const hy = half[1] ?? half[0] ?? 0.15;
  const hz = half[2] ?? half[0] ?? 0.15;
  let base = 1;
  while ((base * (base + 1)) / 2 < count) base++;
  const out: Vec3[] = [];
  for (let row = 0; row < base && out.length < count; row++) {
    const n = base - row;
    for (let k = 0; k < n && out.length < count; k++) {
      out.push(v3(centreX, baseY + hy + row * 2 * hy, centreZ + (k - (n - 1) / 2) * (2 * hz + 0.01)));
    }
  }
  return out;
}

// A stack something is going to hit is a tower two boxes wide, aimed at by the ball along its seam,
// so the impact knocks out both bottom boxes (a pyramid hit in its middle just loses one box and
// stands as an arch). Wider for many boxes; a lone top box sits centred.
function towerPositions(count: number, half: readonly number[], centreX: number, baseY: number, centreZ: number): Vec3[] {
  const hy = half[1] ?? half[0] ?? 0.15;
  const hz = half[2] ?? half[0] ?? 0.15;
  const width = count <= 2 ? count : count <= 8 ? 2 : 4;
  const out: Vec3[] = [];
  for (let i = 0; i < count; i++) {
    const row = Math.floor(i / width);
    const inRow = Math.min(width, count - row * width);
    const k = i % width;
    out.push(v3(centreX, baseY + hy + row * 2 * hy, centreZ + (k - (inRow - 1) / 2) * (2 * hz + 0.01)));
  }
  return out;
}

function byKind(b: Built, kind: EntityKind): Entity[] {
  return b.entities.filter((e) => e.kind === kind);
}

// The draft a word index belongs to (its nearest mention at or after `at`, within a few words).
function draftNear(b: Built, kind: EntityKind, at: number): Draft | undefined {
  return b.drafts.find((d) => d.kind === kind && d.mentions.some((m) => m >= at && m <= at + 4));
}

function hasRelation(words: readonly string[], preps: readonly string[], b: Built, kind: EntityKind): boolean {
  for (let i = 0; i < words.length; i++) {
    if (preps.includes(words[i] ?? '') && draftNear(b, kind, i + 1)) return true;
  }
  return false;
}

function addImplied(drafts: Draft[], kind: EntityKind, target: Draft['target']): Draft {
  const d: Draft = { kind, target, count: 1, arrangement: null, material: null, color: null, scale: 1, mentions: [], implied: true };
  drafts.push(d);
  return d;
}

// Bystanders stand in a row behind the action.
function placeBystanders(people: readonly Entity[], fromX: number): void {
  people.forEach((p, i) => {
    p.position = v3(fromX + i * 1.1, 0, -1.8 - (i % 2) * 0.4);
  });
}

function placeAside(entities: readonly Entity[], x: number): void {
  let z = -3.2;
  for (const e of entities) {
    const h = e.size[1] ?? e.size[0] ?? 0.2;
    if (e.kind === 'ball') e.position = v3(x, e.size[0] ?? 0.1, z);
    else e.position = v3(x, e.kind === 'hoop' ? RIM_HEIGHT : h, z);
    z -= 1.6;
  }
}

export function buildScenario(input: ScenarioInput): Scenario {
  const { verbs, words } = input;
  const drafts = [...input.drafts];
  const has = (kind: EntityKind): boolean => drafts.some((d) => d.kind === kind);
  const baller = drafts.some((d) => d.target.kind === 'person' && PEOPLE[d.target.key]?.baller);
  const basketballNamed = drafts.some((d) => d.target.kind === 'ball' && d.target.key === 'basketball');

  // A shot needs a shooter, a ball and a hoop; whichever the prompt left out is implied.
  // An outcome phrase about a ball ("the ball does not go in") implies a basket too.
  const isShot =
    (has('hoop') && (has('ball') || has('person') || verbs.shoot)) ||
    (verbs.shoot && (has('person') || basketballNamed || baller)) ||
    (verbs.intent !== 'any' && (has('ball') || drafts.length === 0));
  if (isShot) {
    // In a basketball scene "the ball" is a basketball unless the prompt says otherwise.
    const plain = drafts.find((d) => d.kind === 'ball');
    if (plain && plain.target.kind === 'ball' && plain.target.key === 'generic' && !plain.material) plain.target = { kind: 'ball', key: 'basketball' };
    if (!has('person')) addImplied(drafts, 'person', { kind: 'person', key: 'baller' });
    if (!has('ball')) addImplied(drafts, 'ball', { kind: 'ball', key: 'basketball' });
    if (!has('hoop')) addImplied(drafts, 'hoop', { kind: 'hoop', part: false });
  } else if (verbs.dribble) {
    // Someone dribbles, a basketball unless the prompt names another ball.
    const plain = drafts.find((d) => d.kind === 'ball');
    if (plain && plain.target.kind === 'ball' && plain.target.key === 'generic' && !plain.material) plain.target = { kind: 'ball', key: 'basketball' };
    if (!has('person')) addImplied(drafts, 'person', { kind: 'person', key: 'baller' });
    if (!has('ball')) addImplied(drafts, 'ball', { kind: 'ball', key: 'basketball' });
  } else if (baller && !has('ball')) {
    addImplied(drafts, 'ball', { kind: 'ball', key: 'basketball' });
  }
  // A kicked ball is kicked by someone.
  if (!isShot && verbs.kick && !verbs.throw && has('ball') && !has('person')) addImplied(drafts, 'person', { kind: 'person', key: 'person' });
  // People, then balls, then the rest, so ids read naturally (person-1 shoots ball-1).
  const order: Record<EntityKind, number> = { person: 0, ball: 1, hoop: 2, ramp: 3, table: 4, box: 5 };
  drafts.sort((a, b) => order[a.kind] - order[b.kind]);
  const built = makeEntities(drafts);
  const people = byKind(built, 'person');
  const balls = byKind(built, 'ball');
  const boxes = byKind(built, 'box');
  const hoop = byKind(built, 'hoop')[0];
  const ramp = byKind(built, 'ramp')[0];
  const table = byKind(built, 'table')[0];
  const actions: Action[] = [];
  const speed = input.speedFactor;
  const T = input.durationSec;
  const startAt = (s: number): number => round(Math.max(0, Math.min(s, T - 0.5)));
  const result = (kind: Scenario['kind'], focus: string | null, defaultSetting: Setting['kind']): Scenario => ({
    entities: built.entities,
    actions,
    focus,
    kind,
    defaultSetting,
    idsByDraft: built.idsByDraft,
  });
  const homeOf = (b: Entity | undefined, fallback: Setting['kind']): Setting['kind'] => {
    const spec = Object.values(BALLS).find((s) => s.label === b?.label);
    return spec && 'home' in spec ? spec.home : fallback;
  };

  // Who acts: for a shot, a basketball player if there is one; otherwise whoever is named last
  // before the verb ("a woman watches a man shoot" -> the man), else the first person.
  const actorFor = (verbAt: number, preferBaller: boolean): Entity | undefined => {
    const personDrafts = built.drafts.filter((d) => d.kind === 'person');
    const baller = preferBaller ? personDrafts.find((d) => d.target.kind === 'person' && PEOPLE[d.target.key]?.baller) : undefined;
    const before = personDrafts
      .filter((d) => d.mentions.some((m) => m < verbAt))
      .sort((a, b) => Math.max(...b.mentions.filter((m) => m < verbAt)) - Math.max(...a.mentions.filter((m) => m < verbAt)))[0];
    const draft = baller ?? (verbAt >= 0 ? before : undefined);
    const id = draft ? built.idsByDraft.get(draft)?.[0] : undefined;
    return people.find((p) => p.id === id) ?? people[0];
  };

  if (isShot && hoop && people[0] && balls[0]) {
    const shooter = actorFor(verbs.shootAt, true) ?? people[0];
    const ball = balls[0];
    const range = verbs.shotRange;
    const distance = input.distanceM !== null ? Math.min(Math.max(input.distanceM, 1.5), 9) : range === 'three' ? 6.75 : range === 'free' ? 4.19 : range === 'close' ? 2.4 : 4.2;
    hoop.position = v3(distance / 2, RIM_HEIGHT, 0);
    shooter.position = v3(-distance / 2, 0, 0);
    // Leave time for the gather, the flight and the landing when the clip is short.
    const startSec = round(Math.max(0, Math.min(0.5, T - 2.6)));
    const track = {
      entityId: shooter.id,
      animation: 'shoot' as const,
      startSec,
      releaseSec: startSec + SHOOT_RELEASE_AFTER_START,
      facing: 0,
      position: shooter.position,
    };
    ball.position = ballHoldPosition(track, shooter.size[0] ?? 1.9, 0, ball.size[0] ?? 0.12).map(round) as Vec3;
    actions.push({ kind: 'shoot', actor: shooter.id, object: ball.id, target: hoop.id, intent: verbs.intent, startSec });
    placeBystanders(people.filter((p) => p !== shooter), -distance / 2 + 0.8);
    // Spare balls wait on the floor by the shooter; other props stand off to the side.
    balls.slice(1).forEach((b, i) => {
      b.position = v3(-distance / 2 - 0.7 - i * 0.35, b.size[0] ?? 0.1, -0.8);
    });
    placeAside([...boxes, ...(ramp ? [ramp] : []), ...(table ? [table] : [])], distance / 2 - 2.5);
    return result('shoot', ball.id, 'gym');
  }

  const thrower = verbs.throw || verbs.kick ? actorFor(verbs.throwAt, false) : undefined;
  // A kick's run-up takes KICK_CONTACT_AFTER_START; start it early enough for the strike to be seen.
  const kickStart = round(Math.max(0, Math.min(0.5, T - KICK_CONTACT_AFTER_START - 1)));

  if (ramp) {
    const hx = ramp.size[0] ?? 1;
    const hy = ramp.size[1] ?? 0.35;
    const hz = ramp.size[2] ?? 0.35;
    ramp.position = v3(-1.6, hy, 0);
    const g = rampGeometry(ramp);
    const top = -1.6 - hx;
    // Balls line up across the top of the ramp, as many as fit side by side.
    const onRamp: Entity[] = [];
    for (const b of balls) {
      const r = b.size[0] ?? 0.1;
      const fit = Math.max(1, Math.floor((2 * hz) / (2 * r + 0.03)));
      if (onRamp.length >= fit) break;
      onRamp.push(b);
    }
    onRamp.forEach((b, k) => {
      const r = b.size[0] ?? 0.1;
      const z = (k - (onRamp.length - 1) / 2) * (2 * r + 0.03);
      const x = top + r + 0.12;
      // Resting on the slope: the centre sits r / cos(angle) above the surface line.
      b.position = v3(x, g.surfaceY(x) + r / Math.cos(g.angle), z);
      const v = 0.15 * speed;
      actions.push({ kind: 'roll', object: b.id, velocity: v3(v * Math.cos(g.angle), -v * Math.sin(g.angle), 0), startSec: startAt(0.4 + k * 0.5) });
    });
    balls.filter((b) => !onRamp.includes(b)).forEach((b, i) => {
      b.position = v3(-1.6 - (i % 3) * 0.4, b.size[0] ?? 0.1, -1 - Math.floor(i / 3) * 0.4);
    });
    if (boxes.length > 0) {
      const first = boxes[0] as Entity;
      if (balls.length > 0) {
        const end = -1.6 + hx;
        towerPositions(boxes.length, first.size, end + 1.5, 0, 0).forEach((p, i) => {
          (boxes[i] as Entity).position = p;
        });
      } else {
        // Nothing to roll: the boxes sit at the top of the slope and slide if the grip allows.
        boxes.forEach((bx, i) => {
          const h = bx.size[1] ?? 0.15;
          const x = top + (bx.size[0] ?? 0.15) + 0.05 + i * 0.02;
          bx.position = v3(x, g.surfaceY(x) + h / Math.cos(g.angle) + 0.06, -hz / 2 + (i % 3) * (hz / 2));
        });
      }
    }
    placeBystanders(people, -1.2);
    if (table) placeAside([table], 2.5);
    return result('ramp', onRamp[0]?.id ?? null, homeOf(balls[0], 'room'));
  }

  const aimsAtBoxes = boxes.length > 0 && (verbs.roll || verbs.throw || verbs.kick || hasRelation(words, ['into', 'at', 'toward', 'towards'], built, 'box'));
  if (balls.length > 0 && boxes.length > 0 && aimsAtBoxes) {
    const first = boxes[0] as Entity;
    const stack = towerPositions(boxes.length, first.size, 1.5, 0, 0);
    stack.forEach((p, i) => {
      (boxes[i] as Entity).position = p;
    });
    const stackHeight = Math.max(...stack.map((p) => p[1])) / 2 + (first.size[1] ?? 0.15) / 2;
    const ball = balls[0] as Entity;
    const r = ball.size[0] ?? 0.1;
    const heavy = ball.mass > 2;
    if (thrower && verbs.throw) {
      thrower.position = v3(-2.5, 0, 0);
      const startSec = startAt(0.5);
      const track = { entityId: thrower.id, animation: 'throw' as const, startSec, releaseSec: startSec + THROW_RELEASE_AFTER_START, facing: 0, position: thrower.position };
      const H = thrower.size[0] ?? 1.75;
      ball.position = ballHoldPosition(track, H, 0, r).map(round) as Vec3;
      const release = ballHoldPosition(track, H, track.releaseSec, r);
      actions.push({ kind: 'throw', object: ball.id, actor: thrower.id, velocity: aimVelocity(release, [1.5, stackHeight, 0], heavy ? 10 : 12, speed), startSec });
      placeBystanders(people.filter((p) => p !== thrower), -1.5);
    } else {
      const kicker = verbs.kick ? thrower : undefined;
      ball.position = v3(-2.5, r, 0);
      const v = (heavy ? 4 : 5) * speed;
      if (kicker) {
        // The kicker runs up from behind the ball and strikes it towards the stack.
        kicker.position = kickStanceFor(ball.position, 0, kicker.size[0] ?? 1.75, r).map(round) as Vec3;
        actions.push({ kind: 'kick', actor: kicker.id, object: ball.id, velocity: v3(v * 1.3, 1.2, 0), startSec: kickStart });
      } else if (verbs.kick) {
        actions.push({ kind: 'throw', object: ball.id, velocity: v3(v * 1.3, 1.2, 0), startSec: startAt(0.5) });
      } else {
        actions.push({ kind: 'roll', object: ball.id, velocity: v3(v, 0, 0), startSec: startAt(0.4) });
      }
      placeBystanders(people.filter((p) => p !== kicker), -1.5);
    }
    balls.slice(1).forEach((b, i) => {
      b.position = v3(-2.5 - (i + 1) * 0.5, b.size[0] ?? 0.1, -0.8);
    });
    if (table) placeAside([table], 3.5);
    return result('impact', ball.id, homeOf(ball, 'room'));
  }

  if (table) {
    table.position = v3(0, table.size[1] ?? 0.375, 0);
    const g = tableGeometry(table);
    const hx = table.size[0] ?? 0.7;
    const rollsOff = verbs.roll || hasRelation(words, ['off'], built, 'table');
    const dropHeight = input.distanceM !== null ? Math.min(Math.max(input.distanceM, 0.1), 8) : 1.0;
    const perRow = Math.max(1, Math.min(balls.length, 5));
    balls.forEach((b, i) => {
      const r = b.size[0] ?? 0.1;
      const x = perRow === 1 ? 0 : -hx * 0.6 + (i % perRow) * ((1.2 * hx) / (perRow - 1));
      const z = (Math.floor(i / perRow) - 0.5) * 0.25 * (balls.length > perRow ? 1 : 0);
      if (rollsOff) {
        // Side by side across the table so no two start in the same place.
        b.position = v3(-hx * 0.7, g.topY + r, (i - (balls.length - 1) / 2) * (2 * r + 0.04));
        actions.push({ kind: 'roll', object: b.id, velocity: v3(1.1 * speed, 0, 0), startSec: startAt(0.4 + i * 0.6) });
      } else {
        b.position = v3(x, g.topY + r + dropHeight + (i % 2) * 0.2, z);
        actions.push({ kind: 'drop', object: b.id, startSec: startAt(0.3 + i * 0.35) });
      }
    });
    if (boxes.length > 0) {
      const first = boxes[0] as Entity;
      // "a box falls off the table": it starts hanging over the edge, past its balance point.
      const offEdge = balls.length === 0 && (verbs.drop || verbs.topple || verbs.roll);
      const x = offEdge ? hx + 0.35 * (first.size[0] ?? 0.15) : hx * 0.45;
      pyramidPositions(boxes.length, first.size, x, g.topY, 0).forEach((p, i) => {
        (boxes[i] as Entity).position = p;
      });
    }
    placeBystanders(people, -0.8);
    return result('table', balls[0]?.id ?? null, 'room');
  }

  if (balls.length > 0) {
    const first = balls[0] as Entity;
    if (thrower) {
      // A throw or kick with nothing to aim at: forward, in a high arc.
      thrower.position = v3(-2.5, 0, 0);
      const r = first.size[0] ?? 0.1;
      const heavy = first.mass > 2;
      if (verbs.throw) {
        const startSec = startAt(0.5);
        const track = { entityId: thrower.id, animation: 'throw' as const, startSec, releaseSec: startSec + THROW_RELEASE_AFTER_START, facing: 0, position: thrower.position };
        const H = thrower.size[0] ?? 1.75;
        first.position = ballHoldPosition(track, H, 0, r).map(round) as Vec3;
        const v = (heavy ? 4 : 8) * speed;
        actions.push({ kind: 'throw', object: first.id, actor: thrower.id, velocity: v3(v * Math.cos(0.6), v * Math.sin(0.6), 0), startSec });
      } else {
        // A kick: the ball rests on the ground where the kicker's foot will meet it.
        first.position = v3(-2.1, r, 0.05);
        const v = (heavy ? 3 : 8) * speed;
        thrower.position = kickStanceFor(first.position, 0, thrower.size[0] ?? 1.75, r).map(round) as Vec3;
        actions.push({ kind: 'kick', actor: thrower.id, object: first.id, velocity: v3(v * 0.85, v * 0.5, 0), startSec: kickStart });
      }
      balls.slice(1).forEach((b, i) => {
        b.position = v3(-2.8 - i * 0.4, b.size[0] ?? 0.1, -0.7);
      });
      placeBystanders(people.filter((p) => p !== thrower), -1.2);
      return result('throw', first.id, homeOf(first, 'park'));
    }
    const rolling = verbs.roll && !verbs.drop && !verbs.bounce;
    const dribbler = verbs.dribble ? actorFor(-1, true) : undefined;
    const spacing = Math.max(...balls.map((b) => 4 * (b.size[0] ?? 0.1)), 0.45);
    const height = input.distanceM !== null ? Math.min(Math.max(input.distanceM, 0.1), 8) : verbs.bounce && !verbs.drop ? 1.2 : 1.5;
    balls.forEach((b, i) => {
      const r = b.size[0] ?? 0.1;
      const x = (i - (balls.length - 1) / 2) * spacing;
      if (rolling) {
        b.position = v3(-2 + x * 0.2, r, (i - (balls.length - 1) / 2) * 0.5);
        actions.push({ kind: 'roll', object: b.id, velocity: v3(2.5 * speed, 0, 0), startSec: startAt(0.4 + i * 0.2) });
      } else if (dribbler && i === 0) {
        // The ball starts in the dribbler's hands; the simulation works out the bounce.
        dribbler.position = v3(-0.3, 0, 0);
        const startSec = round(Math.max(0, Math.min(0.4, T - DRIBBLE_FIRST_PUSH_AFTER_START - 0.5)));
        const track = { entityId: dribbler.id, animation: 'dribble' as const, startSec, releaseSec: startSec + DRIBBLE_FIRST_PUSH_AFTER_START, facing: 0, position: dribbler.position };
        b.position = ballHoldPosition(track, dribbler.size[0] ?? 1.75, 0, r).map(round) as Vec3;
        actions.push({ kind: 'dribble', actor: dribbler.id, object: b.id, startSec });
      } else {
        b.position = v3(x, r + height + (i % 3) * 0.3, (i % 2) * 0.3 - 0.15 * (balls.length > 1 ? 1 : 0));
        actions.push({ kind: 'drop', object: b.id, startSec: startAt(0.3 + i * 0.3) });
      }
    });
    placeBystanders(people.filter((p) => p !== dribbler), -1.0);
    if (boxes.length > 0) {
      const f = boxes[0] as Entity;
      pyramidPositions(boxes.length, f.size, 2.2, 0, -0.5).forEach((p, i) => {
        (boxes[i] as Entity).position = p;
      });
    }
    return result('drop', first.id, homeOf(first, rolling ? 'street' : 'room'));
  }

  if (boxes.length > 0) {
    const first = boxes[0] as Entity;
    const stack = pyramidPositions(boxes.length, first.size, 0, verbs.topple || verbs.drop ? 0.6 : 0, 0);
    stack.forEach((p, i) => {
      const bx = boxes[i] as Entity;
      // Toppling boxes start lifted and slightly offset row by row, so the stack comes down.
      bx.position = verbs.topple || verbs.drop ? v3(p[0] + (i % 2 ? 0.06 : -0.04), p[1] + i * 0.05, p[2]) : p;
    });
    placeBystanders(people, -1.2);
    return result('still', first.id, 'room');
  }

  // Only people (or only fixtures): they stand where they can be seen.
  people.forEach((p, i) => {
    p.position = v3((i - (people.length - 1) / 2) * 1.1, 0, 0);
  });
  if (hoop) hoop.position = v3(1.5, RIM_HEIGHT, 0);
  return result('still', null, hoop ? 'gym' : 'room');
}

// Launch velocity from `from` through `to` at a shallow arc (15 degrees), capped at `maxSpeed`.
function aimVelocity(from: Vec3, to: Vec3, maxSpeed: number, factor: number): Vec3 {
  const dx = to[0] - from[0];
  const dz = to[2] - from[2];
  const D = Math.hypot(dx, dz) || 1;
  const rise = to[1] - from[1];
  const angle = (15 * Math.PI) / 180;
  const denom = 2 * Math.cos(angle) ** 2 * (D * Math.tan(angle) - rise);
  const speed = Math.min((denom > 0 ? Math.sqrt((9.81 * D * D) / denom) : maxSpeed) * Math.max(factor, 0.8), maxSpeed);
  const h = speed * Math.cos(angle);
  return v3((dx / D) * h, speed * Math.sin(angle), (dz / D) * h);
}
