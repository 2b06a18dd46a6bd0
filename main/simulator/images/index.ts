// Generated images served under /_sim/img/<kind>/<key>.png (issue 2: "Images").
import { generateImage, isImageKind } from './generate';
import { Lru } from './lru';

export { IMAGE_KINDS, IMAGE_SIZES, type ImageKind, generateImage, isImageKind } from './generate';
export { encodePng, crc32 } from './png';
export { Lru } from './lru';

/** Keys the world hands out are ids and hashes; anything else is refused rather than rendered. */
const KEY_PATTERN = /^[A-Za-z0-9_.-]{1,128}$/;

export class ImageStore {
  private readonly cache: Lru<string, Buffer>;
  constructor(capacity = 512) {
    this.cache = new Lru(capacity);
  }

  /** PNG bytes of `/_sim/img/<kind>/<key>.png`, or null for an unknown kind or a bad key. */
  get(kind: string, key: string): Buffer | null {
    if (!isImageKind(kind) || !KEY_PATTERN.test(key)) return null;
    const id = `${kind}/${key}`;
    const cached = this.cache.get(id);
    if (cached) return cached;
    const png = generateImage(kind, key);
    this.cache.set(id, png);
    return png;
  }
}
