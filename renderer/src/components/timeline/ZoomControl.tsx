// Zoom slider with out/in/fit buttons. The slider follows the committed zoom; dragging it zooms
// live through the viewport.
import type { TimelineViewport } from './timeline-viewport';
import { MAX_PPS, MIN_PPS, ZOOM_SLIDER_MAX, ppsToSlider, sliderToPps } from './zoom';

interface ZoomControlProps {
  viewport: TimelineViewport;
  pixelsPerSecond: number;
  onFit(): void;
  canFit: boolean;
}

export function ZoomControl({ viewport, pixelsPerSecond, onFit, canFit }: ZoomControlProps) {
  return (
    <div className="zoom-control">
      <button type="button" className="icon-button icon-button-small" onClick={() => viewport.zoomTo(viewport.pixelsPerSecond / 1.5)} disabled={pixelsPerSecond <= MIN_PPS} aria-label="Zoom out" title="Zoom out (Ctrl+wheel, -)">
        −
      </button>
      <input
        type="range"
        className="zoom-slider"
        min={0}
        max={ZOOM_SLIDER_MAX}
        value={ppsToSlider(pixelsPerSecond)}
        onChange={(event) => viewport.zoomTo(sliderToPps(Number(event.target.value)))}
        aria-label="Timeline zoom"
        aria-valuetext={`${Math.round(pixelsPerSecond)} pixels per second`}
        data-testid="zoom-slider"
      />
      <button type="button" className="icon-button icon-button-small" onClick={() => viewport.zoomTo(viewport.pixelsPerSecond * 1.5)} disabled={pixelsPerSecond >= MAX_PPS} aria-label="Zoom in" title="Zoom in (Ctrl+wheel, +)">
        +
      </button>
      <button type="button" className="button button-small button-ghost" onClick={onFit} disabled={!canFit} title="Fit the whole timeline in view" data-testid="zoom-fit-button">
        Fit
      </button>
    </div>
  );
}
