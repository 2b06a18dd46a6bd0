import { inflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { IMAGE_SIZES, ImageStore, Lru, crc32, encodePng } from '../../../../main/simulator/images';
import { type TestServer, startTestServer } from './fakes';

/** Walks the chunks of a PNG, checking each CRC. */
function readPng(png: Buffer): { width: number; height: number; colourType: number; pixels: Buffer } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  const idat: Buffer[] = [];
  const types: string[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(png, offset + 4, offset + 8 + length));
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      colourType = data[9] ?? -1;
    }
    if (type === 'IDAT') idat.push(data);
    types.push(type);
    offset += 12 + length;
  }
  expect(types[0]).toBe('IHDR');
  expect(types.at(-1)).toBe('IEND');
  return { width, height, colourType, pixels: inflateSync(Buffer.concat(idat)) };
}

let server: TestServer | undefined;
afterEach(async () => server?.close());

describe('generated images', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
  });

  it('encodes RGBA pixels that decode back to the same bytes', () => {
    const rgba = Uint8Array.from({ length: 3 * 2 * 4 }, (_, i) => (i * 37) % 256);
    const png = readPng(encodePng(3, 2, rgba));
    expect([png.width, png.height, png.colourType]).toEqual([3, 2, 6]);
    const rows = [png.pixels.subarray(1, 13), png.pixels.subarray(14, 26)];
    expect([...Buffer.concat(rows)]).toEqual([...rgba]);
  });

  it.each(Object.entries(IMAGE_SIZES))('draws %s images at their size, the same bytes for the same key', (kind, size) => {
    const store = new ImageStore();
    const first = store.get(kind, 'key-1') ?? Buffer.alloc(0);
    const png = readPng(first);
    expect([png.width, png.height]).toEqual([size.width, size.height]);
    expect(new ImageStore().get(kind, 'key-1')?.equals(first)).toBe(true);
    expect(store.get(kind, 'key-2')?.equals(first)).toBe(false);
  });

  it('refuses unknown kinds and odd keys', () => {
    const store = new ImageStore();
    expect(store.get('banner', 'x')).toBeNull();
    expect(store.get('avatar', '../etc')).toBeNull();
    expect(store.get('avatar', '')).toBeNull();
  });

  it('keeps the most recently used entries of its LRU', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.get('a');
    lru.set('c', 3);
    expect([lru.get('a'), lru.get('b'), lru.get('c'), lru.size]).toEqual([1, undefined, 3, 2]);
  });

  it('serves /_sim/img/<kind>/<key>.png without auth, as image/png with long caching', async () => {
    server = await startTestServer();
    const res = await fetch(`${server.origin}/_sim/img/card/9f8e.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toContain('max-age=31536000');
    const png = readPng(Buffer.from(await res.arrayBuffer()));
    expect([png.width, png.height]).toEqual([320, 180]);
    expect((await fetch(`${server.origin}/_sim/img/nope/9f8e.png`)).status).toBe(404);
  });
});
