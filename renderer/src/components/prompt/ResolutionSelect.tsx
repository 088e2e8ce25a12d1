// The picture size a take is generated at: one select shared by the prompt panel and the
// regenerate form, listing the contract's resolutions.
import { RESOLUTION_IDS, RESOLUTIONS, type ResolutionId } from '../../../../main/contract/format';

interface ResolutionSelectProps {
  value: ResolutionId;
  onChange(value: ResolutionId): void;
  testId: string;
}

export function ResolutionSelect({ value, onChange, testId }: ResolutionSelectProps) {
  return (
    <label className="field">
      <span className="field-label">Resolution</span>
      <select
        className="text-input"
        value={value}
        onChange={(event) => onChange(event.target.value as ResolutionId)}
        title="Bigger pictures take longer to render"
        data-testid={testId}
      >
        {RESOLUTION_IDS.map((id) => (
          <option key={id} value={id}>
            {id} ({RESOLUTIONS[id].width}×{RESOLUTIONS[id].height})
          </option>
        ))}
      </select>
    </label>
  );
}
