// Images are generated and served by the simulator itself (issue 2 §2 "Images").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../main/simulator';
import { type Api, bind, demoGuild, startSim } from './support/sim';

let sim: Simulator;
let api: Api;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
async function fetchPng(url: string): Promise<{ type: string | null; bytes: Buffer }> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  return { type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
}
/** Width and height from the IHDR chunk. */
const size = (png: Buffer): [number, number] => [png.readUInt32BE(16), png.readUInt32BE(20)];

beforeAll(async () => {
  sim = await startSim();
  api = bind(sim);
});
afterAll(() => sim.close());

describe('images', () => {
  it('serves a real PNG at the avatar URL of user/me, on the simulator itself', async () => {
    const me = await api.ok<{ avatar: string }>('user/me');
    expect(me.avatar.startsWith(sim.origin)).toBe(true);
    const { type, bytes } = await fetchPng(me.avatar);
    expect(type).toBe('image/png');
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const [w, h] = size(bytes);
    expect(w).toBeGreaterThan(0);
    expect(h).toBeGreaterThan(0);
  });

  it('serves a real PNG at the icon URL of guild/view, different from the avatar', async () => {
    const g = await demoGuild(api);
    const view = await api.ok<{ icon: string }>('guild/view', { guild_id: g.guildId });
    const icon = await fetchPng(view.icon);
    expect([...icon.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const me = await api.ok<{ avatar: string }>('user/me');
    const avatar = await fetchPng(me.avatar);
    expect(icon.bytes.equals(avatar.bytes)).toBe(false);
  });

  it('serves member avatars from guild/user-list', async () => {
    const g = await demoGuild(api);
    const list = await api.ok<{ items: { avatar: string }[] }>('guild/user-list', { guild_id: g.guildId, page_size: 2 });
    for (const m of list.items) expect([...(await fetchPng(m.avatar)).bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  });
});
