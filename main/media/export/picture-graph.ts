// The picture half of the export as one ffmpeg filtergraph: the lowest layer's clips and black gaps
// concatenated end to end at exact frame counts, each higher-layer clip laid over it at its start
// frame, then the optional mark. Each clip is its own input, opened with input seeking (-ss/-t) so
// ffmpeg decodes only the frames the timeline uses.
import type { PictureLayout, PlacedVideo } from './export-layout';
import type { FfmpegInput } from './run-ffmpeg';
import { filterNumber } from './filter-text';

export interface PictureGraph {
  inputs: FfmpegInput[];
  // Filtergraph text; its output pad is [picture].
  graph: string;
}

export interface PictureFormat {
  width: number;
  height: number;
}

// Read a little past the piece's end so rounding never starves the last frame; tpad covers a source
// that really is shorter (the last frame holds), so each piece yields exactly its frame count.
function clipInput(placed: PlacedVideo, layout: PictureLayout): FfmpegInput {
  const readSec = ((placed.frameCount + 2) * layout.rate.den) / layout.rate.num;
  return { file: placed.piece.file, options: ['-threads', '1', '-ss', filterNumber(placed.sourceStartSec), '-t', filterNumber(readSec)] };
}

// Scale to fit the frame keeping the source's shape (dar: display aspect). A shape within 1% of the
// frame's (854x480 in a 16:9 film) fills it exactly rather than leaving a one-pixel line of black.
function fitScale(format: PictureFormat): string {
  const { width, height } = format;
  const ratio = filterNumber(width / height);
  const close = `lt(abs(dar-${ratio}),${ratio}*0.01)`;
  const w = `if(${close},${width},if(gt(dar,${ratio}),${width},2*round(${height}*dar/2)))`;
  const h = `if(${close},${height},if(gt(dar,${ratio}),2*round(${width}/dar/2),${height}))`;
  return `scale=w='${w}':h='${h}'`;
}

function exactFrames(frameCount: number): string {
  return `tpad=stop_mode=clone:stop=${frameCount},trim=end_frame=${frameCount},setpts=PTS-STARTPTS`;
}

// A base clip fills the frame (scaled to fit, letterboxed in black).
function baseClipChain(index: number, placed: PlacedVideo, layout: PictureLayout, format: PictureFormat, label: string): string {
  const { width, height } = format;
  return (
    `[${index}:v:0]${fitScale(format)},` +
    `pad=${width}:${height}:(ow-iw)/2:(oh-ih)/2:color=black,setsar=1,format=yuv420p,` +
    `fps=fps=${layout.rate.text}:start_time=0:round=near,${exactFrames(placed.frameCount)}[${label}]`
  );
}

function gapChain(frameCount: number, layout: PictureLayout, format: PictureFormat, label: string): string {
  const durationSec = ((frameCount + 1) * layout.rate.den) / layout.rate.num;
  return (
    `color=c=black:s=${format.width}x${format.height}:r=${layout.rate.text}:d=${filterNumber(durationSec)},` +
    `setsar=1,format=yuv420p,trim=end_frame=${frameCount},setpts=PTS-STARTPTS[${label}]`
  );
}

// A higher-layer clip is scaled to fit without bars (the layers below show around it) and shifted to
// its start time; overlay passes the picture below through before it starts and after it ends.
function overlayChain(index: number, placed: PlacedVideo, layout: PictureLayout, format: PictureFormat, label: string): string {
  const startExpr = `${placed.startFrame}*${layout.rate.den}/${layout.rate.num}/TB`;
  return (
    `[${index}:v:0]${fitScale(format)},setsar=1,format=yuv420p,` +
    `fps=fps=${layout.rate.text}:start_time=0:round=near,${exactFrames(placed.frameCount)},setpts=PTS+${startExpr}[${label}]`
  );
}

export function buildPictureGraph(layout: PictureLayout, format: PictureFormat, markFilter: string | null): PictureGraph {
  const inputs: FfmpegInput[] = [];
  const chains: string[] = [];
  const baseLabels = layout.base.map((segment, i) => {
    const label = `b${i}`;
    if (segment.kind === 'gap') chains.push(gapChain(segment.frameCount, layout, format, label));
    else {
      chains.push(baseClipChain(inputs.length, segment.placed, layout, format, label));
      inputs.push(clipInput(segment.placed, layout));
    }
    return `[${label}]`;
  });
  let current = 'base';
  chains.push(
    baseLabels.length === 1
      ? `${baseLabels[0]}null[${current}]`
      : `${baseLabels.join('')}concat=n=${baseLabels.length}:v=1:a=0[${current}]`,
  );
  layout.overlays.forEach((placed, i) => {
    chains.push(overlayChain(inputs.length, placed, layout, format, `o${i}`));
    inputs.push(clipInput(placed, layout));
    const next = `over${i}`;
    chains.push(`[${current}][o${i}]overlay=x=(W-w)/2:y=(H-h)/2:eof_action=pass:repeatlast=0[${next}]`);
    current = next;
  });
  chains.push(`[${current}]${markFilter ? `${markFilter},` : ''}format=yuv420p[picture]`);
  return { inputs, graph: chains.join(';\n') };
}
