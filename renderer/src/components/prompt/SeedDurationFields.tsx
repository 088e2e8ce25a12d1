// A take's seed (blank: random) and duration (blank: what the prompt implies), as typed; the generate
// form checks them (validate-generate.ts).
import { MAX_DURATION_SEC, MIN_DURATION_SEC } from '../../../../main/contract/format';

interface SeedDurationFieldsProps {
  seed: string;
  duration: string;
  onSeed: (next: string) => void;
  onDuration: (next: string) => void;
}

export function SeedDurationFields({ seed, duration, onSeed, onDuration }: SeedDurationFieldsProps) {
  return (
    <div className="field-row">
      <label className="field">
        <span className="field-label">Seed</span>
        <input
          type="number"
          className="text-input"
          inputMode="numeric"
          min={0}
          step={1}
          placeholder="Random"
          value={seed}
          onChange={(event) => onSeed(event.target.value)}
          data-testid="seed-input"
        />
      </label>
      <label className="field">
        <span className="field-label">Duration (s)</span>
        <input
          type="number"
          className="text-input"
          min={MIN_DURATION_SEC}
          max={MAX_DURATION_SEC}
          step={0.5}
          placeholder="Auto"
          value={duration}
          onChange={(event) => onDuration(event.target.value)}
          data-testid="duration-input"
        />
      </label>
    </div>
  );
}
