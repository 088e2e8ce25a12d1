// Everything cameo on top of the editor: the drop target covering the window and the Cameos drawer.
// A file dropped anywhere opens the drawer, where its analysis shows at once.
import { useCallback } from 'react';
import { useCameoLibrary } from '../../state/cameo-context';
import { CameosPanel } from './CameosPanel';
import { useFileDrop } from './useFileDrop';

interface CameoLayerProps {
  open: boolean;
  setOpen(open: boolean): void;
}

export function CameoLayer({ open, setOpen }: CameoLayerProps) {
  const { cameos, actions } = useCameoLibrary();
  const onDrop = useCallback(
    (files: File[]) => {
      setOpen(true);
      void actions.importFiles(files);
    },
    [actions, setOpen],
  );
  const dragging = useFileDrop(onDrop);
  return (
    <>
      {open ? <CameosPanel cameos={cameos} actions={actions} onClose={() => setOpen(false)} /> : null}
      {dragging ? (
        <div className="drop-overlay" data-testid="drop-overlay">
          <div className="drop-overlay-card">Drop a video or photo to make a cameo</div>
        </div>
      ) : null}
    </>
  );
}
