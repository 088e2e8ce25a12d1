// How a pool member (a frame worker, or the calling thread) draws a frame into the buffer it is
// given: the renderer's RGBA, or, for the encoder, that frame converted to yuv420p right after the
// post pass, on the same thread (frames/post/yuv420p.ts). The RGBA then goes to a scratch buffer the
// member keeps, so a frame still allocates nothing.
import type { FramePixelFormat } from '../../media/encode-clip';
import type { FrameRenderer } from '../frames/frame-renderer';
import { nativeRender, threadCpuMs } from '../frames/native-render';
import { toYuv420p, yuv420pBytes } from '../frames/post/yuv420p';

export interface FrameDrawer {
  draw(index: number, into: Uint8Array): void;
  // The renderer's CPU ms per stage, with the conversion as one more stage.
  stageCpuMs(): Record<string, number>;
}

// Bytes of one frame in the format.
export function frameBytes(width: number, height: number, format: FramePixelFormat): number {
  return format === 'yuv420p' ? yuv420pBytes(width, height) : width * height * 4;
}

export function frameDrawer(renderer: FrameRenderer, format: FramePixelFormat): FrameDrawer {
  if (format === 'rgba') return { draw: (index, into) => void renderer.renderFrame(index, into), stageCpuMs: () => renderer.stageCpuMs };
  const { width, height } = renderer;
  const rgba = new Uint8Array(width * height * 4);
  const native = nativeRender();
  let convertMs = 0;
  return {
    draw(index, into) {
      renderer.renderFrame(index, rgba);
      const cpu0 = threadCpuMs();
      toYuv420p(native, rgba, width, height, into);
      convertMs += threadCpuMs() - cpu0;
    },
    stageCpuMs: () => ({ ...renderer.stageCpuMs, 'to yuv420p': convertMs }),
  };
}
