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
  private dirReady = false;

  constructor(
    private readonly dir: string,
    private readonly maxBytes: number,
  ) {}

  static keyOf(url: string): string {
    return createHash('sha256').update(url).digest('hex');
  }

  async get(url: string): Promise<CachedImage | null> {
    // The index says which file exists: a miss costs no failing open per image type (a jump
    // shows a screenful of avatars never seen before, each asked for here first).
    const sizes = await this.index();
    const key = DiskCache.keyOf(url);
    for (const [ext, type] of Object.entries(TYPE_OF_EXT)) {
      const name = `${key}.${ext}`;
      if (!sizes.has(name)) continue;
      const body = await fs.readFile(path.join(this.dir, name)).catch(() => null);
      if (body) return { contentType: type, body };
      this.forget(sizes, name);
    }
    return null;
  }

  async put(url: string, image: CachedImage): Promise<void> {
    const ext = IMAGE_TYPES[image.contentType];
    if (!ext) return;
    const sizes = await this.index();
    const name = `${DiskCache.keyOf(url)}.${ext}`;
    const tmp = path.join(this.dir, `${name}.${process.pid}.tmp`);
    await this.write(tmp, image.body);
    await fs.rename(tmp, path.join(this.dir, name));
    this.total -= sizes.get(name)?.bytes ?? 0;
    sizes.set(name, { bytes: image.body.length, at: Date.now() });
    this.total += image.body.length;
    if (this.total > this.maxBytes) await this.evict(sizes);
  }

  /** Creates the folder once, and again if it was removed meanwhile. */
  private async write(file: string, body: Buffer): Promise<void> {
    if (!this.dirReady) {
      await fs.mkdir(this.dir, { recursive: true });
      this.dirReady = true;
    }
    try {
      await fs.writeFile(file, body);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await fs.mkdir(this.dir, { recursive: true });
      await fs.writeFile(file, body);
    }
  }

  /** A file listed but gone (deleted from outside): the next ask downloads it again. */
  private forget(sizes: Map<string, { bytes: number; at: number }>, name: string): void {
    this.total -= sizes.get(name)?.bytes ?? 0;
    sizes.delete(name);
  }

  get bytes(): number {
    return this.total;
  }

  private indexing: Promise<Map<string, { bytes: number; at: number }>> | null = null;

  /** Read once per process; concurrent first asks share the one listing. */
  private index(): Promise<Map<string, { bytes: number; at: number }>> {
    this.indexing ??= this.readIndex();
    return this.indexing;
  }

  private async readIndex(): Promise<Map<string, { bytes: number; at: number }>> {
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
