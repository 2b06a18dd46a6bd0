// Deterministic pictures for every image URL the world hands out: the same key always gives
// the same bytes, coloured by a hash of the key, so the demo looks alive without KOOK's CDN.
import { encodePng } from './png';
import { Raster, type Rgb, hsl, mix } from './raster';

export const IMAGE_KINDS = ['avatar', 'icon', 'attachment', 'card', 'emoji'] as const;
export type ImageKind = (typeof IMAGE_KINDS)[number];

export const IMAGE_SIZES: Readonly<Record<ImageKind, { width: number; height: number }>> = {
  avatar: { width: 64, height: 64 },
  icon: { width: 64, height: 64 },
  attachment: { width: 320, height: 180 },
  card: { width: 320, height: 180 },
  emoji: { width: 32, height: 32 },
};

export function isImageKind(value: string): value is ImageKind {
  return (IMAGE_KINDS as readonly string[]).includes(value);
}

/** FNV-1a, then a mulberry32 stream: cheap, stable across platforms. */
function randomFor(key: string): () => number {
  let seed = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) seed = Math.imul(seed ^ key.charCodeAt(i), 0x01000193);
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function palette(random: () => number): { back: Rgb; front: Rgb; accent: Rgb } {
  const hue = Math.floor(random() * 360);
  return { back: hsl(hue, 0.45, 0.9), front: hsl(hue, 0.6, 0.45), accent: hsl((hue + 150) % 360, 0.65, 0.55) };
}

/** A 5×5 mirrored identicon, like the default avatars of many chat services. */
function identicon(raster: Raster, random: () => number, front: Rgb): void {
  const cell = Math.floor(raster.width / 6);
  const margin = Math.floor((raster.width - cell * 5) / 2);
  for (let row = 0; row < 5; row++)
    for (let col = 0; col < 3; col++) {
      if (random() < 0.5) continue;
      raster.fillRect(margin + col * cell, margin + row * cell, cell, cell, front);
      raster.fillRect(margin + (4 - col) * cell, margin + row * cell, cell, cell, front);
    }
}

function shapes(raster: Raster, random: () => number, colours: Rgb[], count: number): void {
  for (let i = 0; i < count; i++) {
    const colour = colours[i % colours.length] ?? [0, 0, 0];
    const x = Math.floor(random() * raster.width);
    const y = Math.floor(random() * raster.height);
    const size = 10 + Math.floor(random() * raster.height * 0.4);
    if (random() < 0.5) raster.fillCircle(x, y, size / 2, colour);
    else raster.fillRect(x - size / 2, y - size / 2, size, size, colour);
  }
}

function draw(kind: ImageKind, key: string): Raster {
  const random = randomFor(`${kind}:${key}`);
  const { width, height } = IMAGE_SIZES[kind];
  const raster = new Raster(width, height);
  const { back, front, accent } = palette(random);
  switch (kind) {
    case 'avatar':
      raster.fillRect(0, 0, width, height, back);
      identicon(raster, random, front);
      break;
    case 'icon':
      raster.gradient(front, accent);
      raster.fillCircle(width / 2, height / 2, width * 0.3, back);
      identicon(raster, random, front);
      break;
    case 'attachment':
      raster.gradient(back, mix(front, back, 0.3));
      shapes(raster, random, [front, accent, mix(front, accent, 0.5)], 7);
      break;
    case 'card':
      raster.gradient(front, accent);
      shapes(raster, random, [back, mix(back, accent, 0.4)], 5);
      raster.fillRect(0, Math.floor(height * 0.75), width, Math.ceil(height * 0.25), mix(front, [0, 0, 0], 0.4));
      break;
    case 'emoji':
      raster.fillRect(0, 0, width, height, hsl(45 + Math.floor(random() * 30), 0.9, 0.6));
      raster.fillCircle(width * 0.32, height * 0.4, 3, [40, 40, 40]);
      raster.fillCircle(width * 0.68, height * 0.4, 3, [40, 40, 40]);
      raster.fillRect(Math.floor(width * 0.3), Math.floor(height * 0.68), Math.ceil(width * 0.4), 3, accent);
      raster.clipCircle();
      break;
  }
  return raster;
}

/** The PNG bytes of the image `kind/key`. */
export function generateImage(kind: ImageKind, key: string): Buffer {
  const raster = draw(kind, key);
  return encodePng(raster.width, raster.height, raster.pixels);
}
