// The list "@" opens under a prompt: the cameos ready to use that match what was typed.
import type { CameoMention } from './useCameoMention';
import { useClient } from '../../state/client-context';

export function CameoSuggestions({ mention }: { mention: CameoMention }) {
  const client = useClient();
  if (mention.suggestions.length === 0) return null;
  return (
    <ul className="cameo-suggestions" role="listbox" aria-label="Cameos" data-testid="cameo-suggestions">
      {mention.suggestions.map((cameo, i) => (
        <li key={cameo.id} role="option" aria-selected={i === mention.active}>
          <button
            type="button"
            className={`cameo-suggestion${i === mention.active ? ' is-active' : ''}`}
            // Mouse down, not click: the textarea keeps its focus and caret.
            onMouseDown={(event) => {
              event.preventDefault();
              mention.pick(cameo);
            }}
            data-testid="cameo-suggestion"
          >
            {cameo.posterPath ? <img src={client.cameoMediaUrl(cameo.id, cameo.posterPath)} alt="" className="cameo-thumb" /> : null}
            <span>@{cameo.name}</span>
            <span className="muted">{cameo.heightM.toFixed(2)} m</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
