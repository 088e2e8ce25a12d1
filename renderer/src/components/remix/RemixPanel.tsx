// The Remix panel: what Kinora understood of the take, as fields to change (place, time of day,
// camera, light, the things' colours, materials and ball types, the sound, the length) plus the
// words. A change of look or sound keeps the motion exactly (the stored trace is drawn again); one
// that changes how things move simulates again. The remix lands as a new take of the clip. The words
// can cast a cameo as the person (the same picker as the prompt panel's: "@alex shoots...").
import { useState } from 'react';
import { cameraSchema, type CameraPlan } from '../../../../main/contract/scene-plan';
import type { RemixFields } from '../../../../main/contract/remix';
import type { RemixActions } from '../../state/useRemixActions';
import { CameoPicker } from '../cameos/CameoPicker';
import { changesMotion, changesOf, fromHex, hex } from './remix-form';

interface RemixPanelProps {
  takeId: string;
  clipId: string;
  busy: boolean;
  actions: RemixActions;
}

const SHOTS: CameraPlan['shot'][] = ['wide', 'medium', 'close'];
const ANGLES: CameraPlan['angle'][] = ['side', 'front', 'three-quarter', 'behind', 'high', 'overhead'];
const MOTIONS: readonly CameraPlan['motion'][] = cameraSchema.shape.motion.options;

function Select<T extends string>({ label, value, options, onChange, testId }: { label: string; value: T; options: readonly T[]; onChange(v: T): void; testId: string }) {
  return (
    <label className="remix-field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as T)} data-testid={testId}>
        {options.map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
    </label>
  );
}

export function RemixPanel({ takeId, clipId, busy, actions }: RemixPanelProps) {
  const [loaded, setLoaded] = useState<{ takeId: string; fields: RemixFields } | null>(null);
  const [form, setForm] = useState<RemixFields | null>(null);
  const [sending, setSending] = useState(false);
  const open = async () => {
    if (loaded?.takeId === takeId) return;
    const fields = await actions.remixable(takeId);
    if (!fields) return;
    setLoaded({ takeId, fields });
    setForm(fields);
  };
  const changes = loaded && form ? changesOf(loaded.fields, form) : {};
  const any = Object.keys(changes).length > 0;
  const set = (patch: Partial<RemixFields>) => setForm((f) => (f ? { ...f, ...patch } : f));
  const remix = async () => {
    setSending(true);
    try {
      if (await actions.remix(takeId, clipId, changes)) setLoaded(null);
    } finally {
      setSending(false);
    }
  };

  return (
    <details className="remix-section remix-panel" data-testid="remix-panel" onToggle={(e) => (e.currentTarget.open ? void open() : undefined)}>
      <summary className="panel-subheader" data-testid="remix-open">Remix</summary>
      {form ? (
        <div className="remix-fields">
          <label className="field-label" htmlFor="remix-prompt">Words</label>
          <textarea id="remix-prompt" className="text-area" rows={2} value={form.prompt} onChange={(e) => set({ prompt: e.target.value })} data-testid="remix-prompt" />
          <CameoPicker prompt={form.prompt} onPrompt={(prompt) => set({ prompt })} testId="remix-cameo-picker" />
          <div className="remix-grid">
            <Select label="Place" value={form.setting} options={form.settings} onChange={(setting) => set({ setting })} testId="remix-setting" />
            <Select label="Time of day" value={form.timeOfDay} options={['day', 'sunset', 'night'] as const} onChange={(timeOfDay) => set({ timeOfDay })} testId="remix-time" />
            <Select label="Shot" value={form.camera.shot} options={SHOTS} onChange={(shot) => set({ camera: { ...form.camera, shot } })} testId="remix-shot" />
            <Select label="Angle" value={form.camera.angle} options={ANGLES} onChange={(angle) => set({ camera: { ...form.camera, angle } })} testId="remix-angle" />
            <Select label="Camera" value={form.camera.motion} options={MOTIONS} onChange={(motion) => set({ camera: { ...form.camera, motion } })} testId="remix-motion" />
            <Select label="Light" value={form.lighting.mood} options={['warm', 'neutral', 'cool'] as const} onChange={(mood) => set({ lighting: { ...form.lighting, mood } })} testId="remix-light" />
          </div>
          <label className="remix-field remix-wide">
            <span>Brightness {Math.round(form.lighting.intensity * 100)}%</span>
            <input type="range" min={0.2} max={2} step={0.05} value={form.lighting.intensity} onChange={(e) => set({ lighting: { ...form.lighting, intensity: Number(e.target.value) } })} />
          </label>
          <ThingFields form={form} set={set} />
          <SoundFields form={form} set={set} />
          <p className="muted small" data-testid="remix-hint">
            {!any ? 'Change anything above to remix.' : changesMotion(changes) ? 'This changes how things move: the scene is simulated again.' : 'Same motion: only the look or sound changes.'}
          </p>
          <div className="regenerate-actions">
            <button type="button" className="button button-ghost button-small" onClick={() => setForm(loaded?.fields ?? null)} disabled={!any}>Reset</button>
            <button type="button" className="button button-primary" onClick={() => void remix()} disabled={!any || sending || busy} data-testid="remix-button">
              {sending ? 'Starting…' : 'Remix'}
            </button>
          </div>
        </div>
      ) : (
        <p className="muted small">Loading what Kinora understood…</p>
      )}
    </details>
  );
}

type FieldsProps = { form: RemixFields; set(patch: Partial<RemixFields>): void };

// Each thing's colour, material and (for a ball) what ball it is.
function ThingFields({ form, set }: FieldsProps) {
  return (
    <>
      {form.things.map((thing) => (
        <div key={thing.id} className="remix-thing" data-testid="remix-thing">
          <span className="remix-thing-label">{thing.label}</span>
          <input type="color" value={hex(thing.color)} aria-label={`${thing.label} colour`} onChange={(e) => set({ things: form.things.map((t) => (t.id === thing.id ? { ...t, color: fromHex(e.target.value) } : t)) })} />
          <select value={thing.material} aria-label={`${thing.label} material`} onChange={(e) => set({ things: form.things.map((t) => (t.id === thing.id ? { ...t, material: e.target.value as typeof t.material } : t)) })}>
            {form.materials.map((m) => <option key={m} value={m}>{m}</option>)}
          </select>
          {thing.kind === 'ball' ? (
            <select value={thing.ball ?? ''} aria-label={`${thing.label} type`} onChange={(e) => set({ things: form.things.map((t) => (t.id === thing.id ? { ...t, ball: e.target.value } : t)) })}>
              {thing.ball ? null : <option value="">{thing.label}</option>}
              {form.ballTypes.map((b) => <option key={b.key} value={b.key}>{b.label}</option>)}
            </select>
          ) : null}
        </div>
      ))}
    </>
  );
}

function SoundFields({ form, set }: FieldsProps) {
  return (
    <div className="remix-grid">
      <label className="remix-field">
        <span>Sound {Math.round(form.sound.level * 100)}%</span>
        <input type="range" min={0} max={2} step={0.05} value={form.sound.level} onChange={(e) => set({ sound: { ...form.sound, level: Number(e.target.value) } })} data-testid="remix-sound-level" />
      </label>
      <label className="remix-field remix-check">
        <input type="checkbox" checked={form.sound.ambience} onChange={(e) => set({ sound: { ...form.sound, ambience: e.target.checked } })} /> Ambience
      </label>
      <label className="remix-field">
        <span>Length (s)</span>
        <input type="number" className="number-input" min={1} max={20} step={0.5} value={form.durationSec} onChange={(e) => set({ durationSec: Number(e.target.value) })} />
      </label>
    </div>
  );
}
