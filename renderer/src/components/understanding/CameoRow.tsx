// The cameos a prompt names, on the understanding card: each one's cut-out, name and whether it can
// be used (the reading's refusal says why not).
import type { BlockedCameo, Cameo } from '../../../../main/contract/cameo';
import { useCameoLibrary } from '../../state/cameo-context';
import { useClient } from '../../state/client-context';

function status(cameo: Cameo | undefined, blocked: BlockedCameo | undefined): string {
  if (blocked) return blocked.deletedAt ? 'deleted' : 'revoked';
  if (!cameo) return 'not in your library';
  if (cameo.usable) return `${cameo.heightM.toFixed(2)} m`;
  return cameo.status !== 'ready' ? 'not analysed yet' : 'needs consent';
}

export function CameoRow({ names, testId }: { names: readonly string[]; testId: string }) {
  const client = useClient();
  const { cameos, blocked } = useCameoLibrary();
  const byName = (name: string): Cameo | undefined => cameos.find((c) => c.name.toLowerCase() === name.toLowerCase());
  const blockedByName = (name: string): BlockedCameo | undefined => [...blocked.values()].find((b) => b.name.toLowerCase() === name.toLowerCase());
  return (
    <>
      <dt>Cameo</dt>
      <dd className="understanding-cameos" data-testid={`${testId}-cameos`}>
        {names.map((name) => {
          const cameo = byName(name);
          return (
            <span key={name} className={`understanding-cameo${cameo?.usable ? '' : ' is-unusable'}`}>
              {cameo?.posterPath ? <img src={client.cameoMediaUrl(cameo.id, cameo.posterPath)} alt="" className="cameo-thumb" /> : null}@{cameo?.name ?? name}{' '}
              <span className="muted">({status(cameo, blockedByName(name))})</span>
            </span>
          );
        })}
      </dd>
    </>
  );
}
