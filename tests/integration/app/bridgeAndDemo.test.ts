import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startBridge, type Bridge } from '../../../main/bridge/BridgeServer';
import { launchDemoSimulator } from '../../../main/demo/launchDemoSimulator';
import { ImageProxy } from '../../../main/images/ImageProxy';
import { AppContext } from '../../../main/services/AppContext';
import { SettingsStore } from '../../../main/store/SettingsStore';
import { MemoryVault } from '../../../main/store/TokenVault';
import { type Harness, startHarness, waitFor } from './harness';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('browser-mode bridge over the real services', () => {
  let h: Harness;
  let bridge: Bridge;
  beforeAll(async () => {
    h = await startHarness();
    const images = new ImageProxy({ cacheDir: path.join(h.dataDir, 'img'), extraOrigins: () => [h.sim.origin] });
    bridge = await startBridge({ dispatch: h.dispatch, push: h.ctx.push, staticDir: path.join(h.dataDir, 'none'), images: images.fetchImage });
  });
  afterAll(async () => {
    await bridge.close();
    await h.close();
  });

  const open = (origin: string) => new WebSocket(`ws://127.0.0.1:${bridge.port}/bridge`, { origin });

  it('refuses a foreign origin at the upgrade', async () => {
    const ws = open('http://evil.example');
    const status = await new Promise<number>((resolve) => ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
    expect(status).toBe(403);
  });

  it('closes a socket that presents the wrong secret', async () => {
    const ws = open(bridge.origin);
    await new Promise((r) => ws.on('open', r));
    ws.send(JSON.stringify({ type: 'hello', secret: 'not-the-secret' }));
    const code = await new Promise<number>((resolve) => ws.on('close', (c) => resolve(c)));
    expect(code).toBe(4003);
  });

  it('serves calls and pushes to a client with the right secret, never carrying the token', async () => {
    const ws = open(bridge.origin);
    const frames: string[] = [];
    ws.on('message', (d) => frames.push(d.toString()));
    await new Promise((r) => ws.on('open', r));
    ws.send(JSON.stringify({ type: 'hello', secret: bridge.secret }));
    await waitFor(() => frames.some((f) => f.includes('"ready"')), 2000, 'ready');
    await h.admin('presence', { user_id: h.sim.botId, online: false });
    ws.send(JSON.stringify({ type: 'call', id: 1, channel: 'session:connect', args: { name: 'Sim', token: h.sim.token, baseUrl: h.sim.apiBase } }));
    const result = await waitFor(() => frames.find((f) => f.includes('"result"') && f.includes('"id":1')), 5000, 'connect result');
    expect(JSON.parse(result)).toMatchObject({ type: 'result', id: 1, result: { ok: true, value: { bot: { id: h.sim.botId } } } });
    ws.send(JSON.stringify({ type: 'call', id: 2, channel: 'guilds:list', args: { bogus: 1 } }));
    const invalid = await waitFor(() => frames.find((f) => f.includes('"id":2')), 2000, 'invalid result');
    expect(JSON.parse(invalid)).toMatchObject({ result: { ok: false, error: { code: 'invalid-payload' } } });
    await waitFor(() => frames.some((f) => f.includes('"push"') && f.includes('"connected"')), 5000, 'state push');
    expect(frames.join('\n')).not.toContain(h.sim.token);
    ws.close();
  });

  it('proxies simulator images and refuses hosts outside the allow-list', async () => {
    const me = await h.ctx.rest().users.me();
    const ok = await fetch(`${bridge.origin}/img?u=${encodeURIComponent(me.avatar)}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/png');
    const refused = await fetch(`${bridge.origin}/img?u=${encodeURIComponent('https://evil.example/a.png')}`);
    expect(refused.status).toBe(404);
  });
});

describe('demo mode', () => {
  it('forks the simulator, waits for ready and connects to it as the demo profile', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kookdesk-demo-'));
    const settings = SettingsStore.inDir(dataDir);
    await settings.load();
    const ctx = new AppContext({ dataDir, settings, vault: new MemoryVault(), vaultWarning: true, launchDemo: () => launchDemoSimulator({ dataDir, rootDir: ROOT }) });
    try {
      const state = await ctx.openDemo();
      expect(state).toMatchObject({ demo: true, observer: false, profile: { id: 'demo', kind: 'demo', tokenStorage: 'none' } });
      await waitFor(() => ctx.state().connection === 'connected', 8000, 'demo gateway connected');
      expect(JSON.stringify(await ctx.listProfiles())).not.toMatch(/\d+\/[A-Za-z0-9+/=]{8,}\//);
    } finally {
      await ctx.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 15_000);

  it('fails with a clear error when the child never reports ready', async () => {
    const fakeChild = { on: () => undefined, kill: () => true };
    await expect(launchDemoSimulator({ dataDir: os.tmpdir(), rootDir: ROOT, fork: () => fakeChild, timeoutMs: 50 })).rejects.toThrow(/did not report ready within 50 ms/);
  });
});
