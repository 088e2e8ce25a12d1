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

// Each noun and verb of the prompt, marked shown or not shown (with why, where physics says otherwise;
// the "Not shown" list says it in full).
function WordsRow({ words, testId }: { words: NonNullable<Understanding['words']>; testId: string }) {
  return (
    <div className="understanding-words" data-testid={`${testId}-words`}>
      <span className="field-label">Nouns and verbs</span>
      <ul>
        {words.map((w, i) => (
          <li key={`${w.word}-${i}`} className={w.depicted ? 'word-shown' : 'word-not-shown'} data-depicted={w.depicted} title={`${w.kind}, ${w.depicted ? 'shown' : 'not shown'}${w.reason ? `: ${w.reason}` : ''}`}>
            {w.word}
            <span className="word-mark" aria-label={w.depicted ? 'shown' : 'not shown'}>{w.depicted ? ' \u2713' : ' \u2717'}</span>
          </li>
        ))}
      </ul>
    </div>
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
      {understanding?.words?.length ? <WordsRow words={understanding.words} testId={testId} /> : null}
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
