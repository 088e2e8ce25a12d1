// The parent take as a derivation needs it: its stored states and view, and where its picture and
// sound master are. A take made before Kinora kept states and views still works: its states are
// simulated again (and checked against its trace), its view is computed as it was rendered, and its
// sound is synthesized again from its trace.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { readStates } from './state-file';
import type { ParentTakeFiles } from './derivation';
import { takeFile } from './take-files';
import { computeView, readView, type TakeView } from './take-view';
import type { TakeState } from '../simulate/run-state';

export interface LoadedParent extends ParentTakeFiles {
  states: TakeState[];
  view: TakeView;
  // Absolute paths; sound is null when the take has no master (it is synthesized again instead).
  videoPath: string;
  soundPath: string | null;
}

const exists = (file: string): Promise<boolean> => access(file).then(() => true, () => false);

export async function loadParent(projectDir: string, parent: ParentTakeFiles): Promise<LoadedParent> {
  const at = (file: Parameters<typeof takeFile>[1]): string => path.join(projectDir, takeFile(parent.takeDir, file));
  const [states, view, hasSound] = await Promise.all([readStates(at('states')), readView(at('view')), exists(at('sound'))]);
  return {
    ...parent,
    states,
    view: view ?? computeView(parent.plan, parent.trace),
    videoPath: at('video'),
    soundPath: hasSound ? at('sound') : null,
  };
}
