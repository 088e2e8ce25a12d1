// The inspector's remix-and-regenerate sections for a generated clip: regenerate a range, extend,
// remix, the clip's family, and sharing the take as a file.
import type { Clip, Take } from '../../../../main/contract/model';
import type { ClipRange, RemixActions } from '../../state/useRemixActions';
import { ExtendForm } from './ExtendForm';
import { LineageTree } from './LineageTree';
import { RangePanel } from './RangePanel';
import { RemixPanel } from './RemixPanel';
import { ShareTake } from './ShareTake';

export interface RemixContext {
  actions: RemixActions;
  range: ClipRange | null;
  onRangeChange(range: ClipRange | null): void;
  mediaUrl(path: string): string;
  exportDir: string;
}

interface RemixSectionsProps extends RemixContext {
  clip: Clip;
  take: Take;
  takes: readonly Take[];
  busy: boolean;
}

export function RemixSections({ clip, take, takes, busy, actions, range, onRangeChange, mediaUrl, exportDir }: RemixSectionsProps) {
  return (
    <>
      <RangePanel key={take.id} clipId={clip.id} take={take} range={range} busy={busy} mediaUrl={mediaUrl} onRangeChange={onRangeChange} actions={actions} />
      <ExtendForm key={`extend:${take.id}`} clip={clip} take={take} busy={busy} actions={actions} />
      <RemixPanel key={`remix:${take.id}`} takeId={take.id} clipId={clip.id} busy={busy} actions={actions} />
      <LineageTree clipId={clip.id} currentTakeId={take.id} memberIds={clip.takeIds} takes={takes} mediaUrl={mediaUrl} actions={actions} />
      <ShareTake key={`share:${take.id}`} take={take} exportDir={exportDir} actions={actions} />
    </>
  );
}
