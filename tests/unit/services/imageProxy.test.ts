import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImageProxy, type ImageFetch } from '../../../main/images/ImageProxy';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kookdesk-img-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function fakeFetch(answer: (url: string) => Response): { fetch: ImageFetch; calls: string[] } {
  const calls: string[] = [];
  return { calls, fetch: async (url) => (calls.push(url), answer(url)) };
}
const png = (body: Buffer = PNG, type = 'image/png') => new Response(new Uint8Array(body), { headers: { 'content-type': type } });

describe('ImageProxy', () => {
  it('fetches allowed KOOK CDN images once, then serves them from the disk cache', async () => {
    const f = fakeFetch(() => png());
    const proxy = new ImageProxy({ cacheDir: dir, fetch: f.fetch });
    const url = 'https://img.kookapp.cn/assets/a.png';
    expect(await proxy.fetchImage(url)).toEqual({ contentType: 'image/png', body: PNG });
    const again = new ImageProxy({ cacheDir: dir, fetch: f.fetch });
    expect((await again.fetchImage(url))?.body).toEqual(PNG);
    expect(f.calls).toEqual([url]);
    const files = await readdir(dir);
    expect(files.some((n) => n.includes('img.kookapp'))).toBe(false); // hashed names only
  });

  it('downloads again an image whose cached file was deleted, and recreates a deleted cache folder', async () => {
    const f = fakeFetch(() => png());
    const proxy = new ImageProxy({ cacheDir: path.join(dir, 'cache'), fetch: f.fetch });
    const a = 'https://img.kookapp.cn/assets/a.png';
    const b = 'https://img.kookapp.cn/assets/b.png';
    await proxy.fetchImage(a);
    for (const name of await readdir(path.join(dir, 'cache'))) await rm(path.join(dir, 'cache', name));
    expect((await proxy.fetchImage(a))?.body).toEqual(PNG);
    await rm(path.join(dir, 'cache'), { recursive: true });
    expect((await proxy.fetchImage(b))?.body).toEqual(PNG);
    expect(await readdir(path.join(dir, 'cache'))).toHaveLength(1);
    expect((await proxy.fetchImage(b))?.body).toEqual(PNG);
    expect(f.calls).toEqual([a, a, b]);
  });

  it('refuses hosts outside the allow-list, plain http to KOOK, and loopback origins not configured', async () => {
    const f = fakeFetch(() => png());
    const proxy = new ImageProxy({ cacheDir: dir, fetch: f.fetch, extraOrigins: () => ['http://127.0.0.1:9000'] });
    for (const url of ['https://evil.example/a.png', 'http://img.kookapp.cn/a.png', 'http://127.0.0.1:9001/a.png', 'https://u:p@img.kookapp.cn/a.png', 'not a url']) {
      expect(await proxy.fetchImage(url)).toBeNull();
    }
    expect(f.calls).toEqual([]);
    expect(await proxy.fetchImage('http://127.0.0.1:9000/_sim/img/avatar/1.png')).not.toBeNull();
  });

  it('rejects non-image types (SVG included) and images over the size cap', async () => {
    const types = fakeFetch((u) => (u.endsWith('svg') ? png(PNG, 'image/svg+xml') : png(PNG, 'text/html')));
    const p1 = new ImageProxy({ cacheDir: dir, fetch: types.fetch });
    expect(await p1.fetchImage('https://img.kookapp.cn/x.svg')).toBeNull();
    expect(await p1.fetchImage('https://img.kookapp.cn/x.html')).toBeNull();
    const big = fakeFetch(() => png(Buffer.alloc(2048)));
    const p2 = new ImageProxy({ cacheDir: dir, fetch: big.fetch, maxImageBytes: 1024 });
    expect(await p2.fetchImage('https://img.kookapp.cn/big.png')).toBeNull();
  });

  it('does not follow a redirect to a host outside the allow-list', async () => {
    const f = fakeFetch(() => new Response(null, { status: 302, headers: { location: 'https://evil.example/a.png' } }));
    const proxy = new ImageProxy({ cacheDir: dir, fetch: f.fetch });
    expect(await proxy.fetchImage('https://img.kookapp.cn/r.png')).toBeNull();
    expect(f.calls).toHaveLength(1);
  });

  it('dedupes concurrent requests for the same URL', async () => {
    const f = fakeFetch(() => png());
    const proxy = new ImageProxy({ cacheDir: dir, fetch: f.fetch });
    const url = 'https://img.kaiheila.cn/same.png';
    await Promise.all([proxy.fetchImage(url), proxy.fetchImage(url), proxy.fetchImage(url)]);
    expect(f.calls).toHaveLength(1);
  });

  it('evicts the oldest files once the cache passes its cap', async () => {
    const f = fakeFetch(() => png(Buffer.alloc(400, 1)));
    const proxy = new ImageProxy({ cacheDir: dir, fetch: f.fetch, maxCacheBytes: 1000 });
    for (const n of [1, 2, 3, 4]) await proxy.fetchImage(`https://img.kookapp.cn/${n}.png`);
    expect((await readdir(dir)).length).toBeLessThanOrEqual(2);
  });
});
