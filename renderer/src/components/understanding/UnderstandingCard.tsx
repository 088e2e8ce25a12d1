// What Kinora understood of a prompt: who, what, where, the action and the camera, the words it
// could not depict, and, for a prompt it refuses, why.
import type { Understanding } from '../../../../main/contract/understanding';
import { CameoRow } from './CameoRow';

interface UnderstandingCardProps {
  understanding: Understanding | null | undefined;
  refusal?: string | null;
  testId: string;
}

function Row({ label, value }: { label: string; value: string | null }) {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

export function UnderstandingCard({ understanding, refusal, testId }: UnderstandingCardProps) {
  if (!understanding && !refusal) return null;
  return (
    <section className={`understanding${refusal ? ' understanding-refused' : ''}`} data-testid={testId} aria-label="What Kinora understood">
      {refusal ? (
        <p className="understanding-refusal" role="status" data-testid={`${testId}-refusal`}>
          {refusal}
        </p>
      ) : null}
      {understanding ? (
        <dl className="understanding-list">
          <Row label="Who" value={understanding.who.join(', ') || null} />
          {understanding.cameos?.length ? <CameoRow names={understanding.cameos} testId={testId} /> : null}
          <Row label="What" value={understanding.what.join(', ') || null} />
          <Row label="Where" value={understanding.where} />
          <Row label="Action" value={understanding.action ?? 'nothing moves'} />
          <Row label="Camera" value={understanding.camera} />
        </dl>
      ) : null}
      {understanding && understanding.notDepicted.length > 0 ? (
        <div className="understanding-missing" data-testid={`${testId}-not-depicted`}>
          <span className="field-label">Not shown</span>
          <ul>
            {understanding.notDepicted.map((word) => (
              <li key={word}>{word}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
