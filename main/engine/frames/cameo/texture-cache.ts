// The textures of the footage frames being drawn: built on first use, and only the last few kept
// (a clip walks through its footage in order, each frame shown on two or three video frames).
import type { CameoFootage } from '../../cameo/footage';
import { CardTexture } from './card-texture';

const KEEP = 3;

export class TextureCache {
  private readonly built = new Map<number, CardTexture>();

  constructor(private readonly footage: CameoFootage) {}

  get(frame: number): CardTexture {
    const hit = this.built.get(frame);
    if (hit) return hit;
    const rgba = this.footage.frames[frame] ?? this.footage.frames[this.footage.frames.length - 1];
    if (!rgba) throw new Error('The cameo footage has no frames.');
    const texture = new CardTexture(rgba, this.footage.width, this.footage.height);
    this.built.set(frame, texture);
    if (this.built.size > KEEP) this.built.delete(this.built.keys().next().value as number);
    return texture;
  }
}
