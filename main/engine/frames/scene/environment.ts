// The look of a setting as numbers: sky gradient, fog, sun and fill light, for every setting x time of
// day, adjusted by the plan's lighting mood and intensity. Everything visual about "sunset on a beach"
// versus "gym at night" is decided here, and the builders only read it.
import * as THREE from 'three';
import type { ScenePlan } from '../../../contract/scene-plan';
import type { SettingLight } from '../../settings/setting-light';
import type { SceneLayout } from './layout';

export interface Environment {
  indoor: boolean;
  night: boolean;
  // The plan's time of day, for what depends on more than day or night (the sea at sunset).
  timeOfDay: ScenePlan['setting']['timeOfDay'];
  skyZenith: THREE.Color;
  skyHorizon: THREE.Color;
  // Below-horizon colour of the dome (seen past the ground's edge, e.g. over the sea).
  skyNadir: THREE.Color;
  fog: { color: THREE.Color; near: number; far: number } | null;
  // Unit vector towards the key light (sun, moon, or the gym's ceiling lights).
  keyDir: THREE.Vector3;
  keyColor: THREE.Color;
  keyIntensity: number;
  hemiSky: THREE.Color;
  hemiGround: THREE.Color;
  hemiIntensity: number;
  // Visible sun disc on the sky (sunsets, daytime), or null.
  sunDisc: { color: THREE.Color; size: number } | null;
}

const MOOD_TINT = {
  warm: new THREE.Color(1.1, 0.97, 0.84),
  neutral: new THREE.Color(1, 1, 1),
  cool: new THREE.Color(0.86, 0.96, 1.12),
} as const;

// What the setting's module says about its light.
export interface EnvironmentPlace {
  indoor: boolean;
  light: SettingLight;
}

type Look = Omit<Environment, 'timeOfDay'>;
// What each light needs: the setting's light, whether it is night, and the direction towards a
// light at an elevation and azimuth (degrees) from the camera's side of the action.
interface LookInput {
  light: SettingLight;
  night: boolean;
  timeOfDay: ScenePlan['setting']['timeOfDay'];
  keySide: 1 | -1;
  towards: (elevationDeg: number, azimuthDeg: number) => THREE.Vector3;
}

const c = (hex: number): THREE.Color => new THREE.Color(hex);
// Indoors at night the ceiling lights' share of their daytime strength (the day's windows add to it).
const NIGHT_INDOOR_KEY = 0.8;

// Moonlight's key and sky fill outdoors where there are no lamps.
const MOON_KEY = 1.3;
const MOON_FILL = 1.0;

// One look per kind of light: indoors under ceiling lights (any time), and outdoors by day, at sunset
// and at night.
const LOOKS: Record<'indoor' | 'day' | 'sunset' | 'night', (i: LookInput) => Look> = {
  indoor: ({ light, night, timeOfDay, keySide, towards }) => ({
    indoor: true,
    night,
    skyZenith: c(night ? 0x0b1020 : 0x8fb4dd),
    skyHorizon: c(night ? 0x1a2236 : 0xdfe9f2),
    skyNadir: c(0x555048),
    fog: light.haze ? { color: c(timeOfDay === 'sunset' ? 0xd9c3a4 : 0xcfd2d6), near: 18, far: 95 } : null,
    // Ceiling lights: nearly overhead, a little off axis so vertical faces are not flat. At night
    // they are all the light there is: warmer (tungsten-like lamps), no daylight filling the room
    // from its windows, so the fill drops more than the key and corners and walls fall darker.
    keyDir: towards(68, 30 * keySide),
    keyColor: c(night ? 0xffdcb4 : timeOfDay === 'sunset' ? 0xffe2c0 : 0xfff4e6),
    keyIntensity: (light.keyIntensity ?? 1.9) * (night ? NIGHT_INDOOR_KEY : 1),
    hemiSky: c(night ? 0xeed9c2 : 0xf4f1ea),
    hemiGround: c(light.hemiGround),
    hemiIntensity: night ? 1.0 : 1.8,
    sunDisc: null,
  }),
  day: ({ light, night, keySide, towards }) => ({
    indoor: false,
    night,
    skyZenith: c(0x3d7fd6),
    skyHorizon: c(0xcfe3f5),
    skyNadir: c(light.skyNadirDay ?? 0x9aa3a8),
    fog: { color: c(0xcfe0ef), near: 35, far: 220 },
    keyDir: towards(50, 40 * keySide),
    keyColor: c(0xfff3df),
    keyIntensity: 2.5,
    hemiSky: c(0xbcd6f2),
    hemiGround: c(light.hemiGround),
    hemiIntensity: 1.35,
    sunDisc: { color: c(0xfffbe8), size: 9 },
  }),
  sunset: ({ light, night, keySide, towards }) => ({
    indoor: false,
    night,
    // A sunset sky: red-orange along the horizon, through rose to a violet-blue overhead (a paler
    // orange horizon, tone mapped, read as a flat yellow haze across the whole sky in view).
    skyZenith: c(0x2c3474),
    skyHorizon: c(0xff6a2a),
    skyNadir: c(light.skyNadirSunset ?? 0x6a5a58),
    fog: { color: c(0xf0a070), near: 30, far: 200 },
    // A low sun lights faces towards it and barely grazes the ground; a warm sky fill keeps the
    // ground readable, darker than the sky over the horizon (a fill as bright as that sky lit the
    // sand to the sky's own pale orange and the frame read as one yellow haze).
    keyDir: towards(light.sunsetSun?.elevationDeg ?? 15, (light.sunsetSun?.azimuthDeg ?? 55) * keySide),
    keyColor: c(0xffaa66),
    keyIntensity: 3.4,
    hemiSky: c(0xeab0a0),
    hemiGround: c(0x7a6454),
    hemiIntensity: 1.7,
    sunDisc: { color: c(0xffd08a), size: 14 },
  }),
  night: ({ light, night, keySide, towards }) => ({
    indoor: false,
    night,
    skyZenith: c(0x050914),
    skyHorizon: c(0x1c2940),
    skyNadir: c(0x0b1018),
    fog: { color: c(0x141c2c), near: 25, far: 150 },
    // Where there are lamps (a street, a park's paths) they light it from above, warm, with a bluish
    // fill: dark but legible. Elsewhere the moon is the light: high, cold and weak, and the sky's
    // fill is weaker still (a beach at night was lit like a floodlit court: its sand 144 of 255
    // against 154 at sunset).
    keyDir: towards(60, 50 * keySide),
    keyColor: c(light.nightLamps ? 0xffe0b0 : 0xb4c4ff),
    keyIntensity: light.nightLamps ? 2.2 : MOON_KEY,
    hemiSky: c(0x5a72a8),
    hemiGround: c(0x22222c),
    hemiIntensity: light.nightLamps ? 1.4 : MOON_FILL,
    sunDisc: { color: c(0xe8eeff), size: 5 },
  }),
};

// keySide: which way along the action the key swings from the camera's side (-1: towards -axis, the
// default; 1: towards +axis), chosen so a person the shot is about is lit on the face, not the back.
export function environmentFor(plan: ScenePlan, place: EnvironmentPlace, layout: Pick<SceneLayout, 'side'>, keySide: 1 | -1 = -1): Environment {
  // The key light is placed relative to the default camera, as a cinematographer would place the sun
  // by choosing the shooting direction: it comes from over the camera's shoulder (azimuth measured from
  // the camera's side of the action, positive towards the action's +axis), so faces are lit.
  const side = new THREE.Vector3(...layout.side);
  const towards = (elevationDeg: number, azimuthDeg: number): THREE.Vector3 => {
    const e = THREE.MathUtils.degToRad(elevationDeg);
    const h = side.clone().applyAxisAngle(new THREE.Vector3(0, 1, 0), THREE.MathUtils.degToRad(azimuthDeg));
    return h.multiplyScalar(Math.cos(e)).setY(Math.sin(e)).normalize();
  };
  const { timeOfDay } = plan.setting;
  // The setting kind decides what is built (a gym has walls and a roof whatever the flag says), so it
  // also decides the light; plan.setting.indoor is informational.
  const env = LOOKS[place.indoor ? 'indoor' : timeOfDay]({ light: place.light, night: timeOfDay === 'night', timeOfDay, keySide, towards });
  const tint = MOOD_TINT[plan.lighting.mood];
  env.keyColor.multiply(tint);
  env.hemiSky.multiply(tint);
  env.hemiGround.multiply(tint);
  env.keyIntensity *= plan.lighting.intensity;
  env.hemiIntensity *= plan.lighting.intensity;
  return { ...env, timeOfDay };
}
