// Seeded randomness: every generated thing is a pure function of (seed, …parts), so the same
// seed gives the same world and lazily generated items never depend on generation order.

/** FNV-1a over the parts, finished with murmur3's fmix for avalanche. */
export function hash32(...parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    if (typeof p === 'string') {
      for (let i = 0; i < p.length; i++) {
        h ^= p.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
      }
    } else {
      h ^= p | 0;
      h = Math.imul(h, 0x01000193);
      h ^= Math.floor(p / 4294967296) | 0;
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0xff;
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: tiny, fast, good enough for synthetic chat. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  uint32(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  next(): number {
    return this.uint32() / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
}

export const rngOf = (...parts: readonly (string | number)[]): Rng => new Rng(hash32(...parts));

export const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');

/** A v4-shaped UUID from the parts. */
export function uuidOf(...parts: readonly (string | number)[]): string {
  const r = rngOf(...parts);
  const a = hex8(r.uint32());
  const b = hex8(r.uint32());
  const c = hex8(r.uint32());
  const d = hex8(r.uint32());
  const variant = ((parseInt(c.charAt(0), 16) & 3) | 8).toString(16);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
}

/** 32 hex chars, the shape of a DM chat_code (PROTOCOL.md "IDs"). */
export function hex32Of(...parts: readonly (string | number)[]): string {
  const r = rngOf(...parts);
  return hex8(r.uint32()) + hex8(r.uint32()) + hex8(r.uint32()) + hex8(r.uint32());
}
