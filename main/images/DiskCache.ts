// A folder of cached images: hashed file names (the URL never appears on disk), the type in the
// extension, and simple eviction of the least recently written files past a size cap.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { IMAGE_TYPES, TYPE_OF_EXT } from './imagePolicy';

export interface CachedImage {
  contentType: string;
  body: Buffer;
}

export class DiskCache {
  private sizes: Map<string, { bytes: number; at: number }> | null = null;
  private total = 0;

  constructor(
    private readonly dir: string,
    private readonly maxBytes: number,
  ) {}

  static keyOf(url: string): string {
    return createHash('sha256').update(url).digest('hex');
  }

  async get(url: string): Promise<CachedImage | null> {
    const key = DiskCache.keyOf(url);
    for (const [ext, type] of Object.entries(TYPE_OF_EXT)) {
      const body = await fs.readFile(path.join(this.dir, `${key}.${ext}`)).catch(() => null);
      if (body) return { contentType: type, body };
    }
    return null;
  }

  async put(url: string, image: CachedImage): Promise<void> {
    const ext = IMAGE_TYPES[image.contentType];
    if (!ext) return;
    const sizes = await this.index();
    const name = `${DiskCache.keyOf(url)}.${ext}`;
    await fs.mkdir(this.dir, { recursive: true });
    const tmp = path.join(this.dir, `${name}.${process.pid}.tmp`);
    await fs.writeFile(tmp, image.body);
    await fs.rename(tmp, path.join(this.dir, name));
    this.total -= sizes.get(name)?.bytes ?? 0;
    sizes.set(name, { bytes: image.body.length, at: Date.now() });
    this.total += image.body.length;
    if (this.total > this.maxBytes) await this.evict(sizes);
  }

  get bytes(): number {
    return this.total;
  }

  private async index(): Promise<Map<string, { bytes: number; at: number }>> {
    if (this.sizes) return this.sizes;
    const sizes = new Map<string, { bytes: number; at: number }>();
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    for (const name of names) {
      if (name.endsWith('.tmp')) continue;
      const st = await fs.stat(path.join(this.dir, name)).catch(() => null);
      if (st?.isFile()) sizes.set(name, { bytes: st.size, at: st.mtimeMs });
    }
    this.total = [...sizes.values()].reduce((n, s) => n + s.bytes, 0);
    this.sizes = sizes;
    return sizes;
  }

  /** Oldest first, down to 80 % of the cap, so eviction does not run on every write. */
  private async evict(sizes: Map<string, { bytes: number; at: number }>): Promise<void> {
    const oldest = [...sizes.entries()].sort((a, b) => a[1].at - b[1].at);
    for (const [name, { bytes }] of oldest) {
      if (this.total <= this.maxBytes * 0.8) break;
      await fs.rm(path.join(this.dir, name), { force: true });
      sizes.delete(name);
      this.total -= bytes;
    }
  }
}
