// One conformance suite for both transports (issue 4 "Contract and transports"): every contract
// method is called over Electron IPC (a fake ipcMain/ipcRenderer pair around the real transport and
// the real preload builder) and over the browser bridge (a real loopback WebSocket), and each must
// answer exactly what dispatch answers — including typed errors for invalid payloads.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { METHODS, buildPreloadApi, channelName, type IpcResult } from '../../../shared/ipc';
import { startBridge, type Bridge } from '../../../main/bridge/BridgeServer';
import { createDispatch, type Services } from '../../../main/services/dispatch';
import { PushHub } from '../../../main/services/PushHub';
import { mainFrameSenderCheck, registerIpcTransport } from '../../../main/shell/ipcTransport';

/** Services whose every method echoes the validated arguments it received. */
function echoServices(): Services {
  const services: Record<string, Record<string, (args: unknown) => Promise<unknown>>> = {};
  for (const [service, name] of METHODS) (services[service] ??= {})[name] = async (args) => ({ echo: `${service}:${name}`, args });
  return services as unknown as Services;
}

const dispatch = createDispatch(echoServices());
const caller = { transport: 'test' as const, id: 'direct' };

/** Electron: ipcMain.handle handlers reached through a fake ipcRenderer.invoke from the app's main frame. */
function electronInvoke(): (channel: string, args: unknown) => Promise<unknown> {
  const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const ipcMain = { handle: (c: string, h: (e: unknown, p: unknown) => Promise<unknown>) => void handlers.set(c, h), removeHandler: (c: string) => void handlers.delete(c) };
  const mainFrame = { url: 'file:///app/out/renderer/index.html' };
  registerIpcTransport(ipcMain as never, dispatch, mainFrameSenderCheck(() => 1, (u) => u.startsWith('file://')));
  const ipcRenderer = {
    invoke: async (channel: string, payload: unknown) => {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      // Electron copies arguments with the structured clone algorithm.
      return handler({ sender: { id: 1, mainFrame }, senderFrame: mainFrame }, structuredClone(payload));
    },
  };
  const kook = buildPreloadApi((c, a) => ipcRenderer.invoke(c, a), () => () => undefined);
  return async (channel, args) => {
    const [service = '', method = ''] = channel.split(':');
    const group = kook[service] as Record<string, (a?: unknown) => Promise<unknown>> | undefined;
    const fn = group?.[method];
    if (!fn) return { ok: false, error: { code: 'unknown-method', message: channel } };
    return fn(args);
  };
}

/** Browser mode: the real bridge over a real loopback socket. */
async function bridgeInvoke(bridge: Bridge): Promise<{ invoke: (channel: string, args: unknown) => Promise<unknown>; close(): void }> {
  const ws = new WebSocket(`ws://127.0.0.1:${bridge.port}/bridge`, { origin: bridge.origin });
  await new Promise((r) => ws.once('open', r));
  const pending = new Map<number, (result: unknown) => void>();
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data)) as { type: string; id?: number; result?: unknown };
    if (msg.type === 'result' && msg.id !== undefined) pending.get(msg.id)?.(msg.result);
  });
  ws.send(JSON.stringify({ type: 'hello', secret: bridge.secret }));
  let next = 1;
  return {
    invoke: (channel, args) =>
      new Promise((resolve) => {
        const id = next++;
        pending.set(id, resolve);
        ws.send(JSON.stringify({ type: 'call', id, channel, args }));
      }),
    close: () => ws.terminate(),
  };
}

/** Payloads no method accepts: wrong shapes the schema must refuse with `invalid-payload`. */
const INVALID: unknown[] = [42, 'text', [], { unexpectedKey: true }, null];

describe('transport conformance', () => {
  let bridge: Bridge;
  let viaBridge: Awaited<ReturnType<typeof bridgeInvoke>>;
  const viaElectron = electronInvoke();

  beforeAll(async () => {
    bridge = await startBridge({ dispatch, push: new PushHub(), staticDir: mkdtempSync(path.join(os.tmpdir(), 'kd-static-')) });
    viaBridge = await bridgeInvoke(bridge);
  });
  afterAll(async () => {
    viaBridge.close();
    await bridge.close();
  });

  it('exposes every contract method on both transports', () => {
    expect(METHODS.length).toBeGreaterThan(20);
  });

  it.each(METHODS.map(([s, m]) => channelName(s, m)))('%s refuses invalid payloads with the same typed error on both transports', async (channel) => {
    for (const payload of INVALID) {
      const direct = (await dispatch(channel, payload, caller)) as IpcResult<unknown>;
      expect(direct.ok, `${channel} accepted ${JSON.stringify(payload)}`).toBe(false);
      if (!direct.ok) expect(direct.error.code).toBe('invalid-payload');
      expect(await viaElectron(channel, payload)).toEqual(direct);
      expect(await viaBridge.invoke(channel, payload)).toEqual(direct);
    }
  });

  it.each(METHODS.filter(([s, m]) => `${s}:${m}`.match(/^(session:(state|listProfiles|openDemo|disconnect)|guilds:list|settings:get|events:(subscribe|drain)|jobs:list)$/)).map(([s, m]) => channelName(s, m)))(
    '%s answers a valid call identically on both transports',
    async (channel) => {
      const direct = await dispatch(channel, {}, caller);
      expect(direct.ok).toBe(true);
      expect(await viaElectron(channel, {})).toEqual(direct);
      expect(await viaBridge.invoke(channel, {})).toEqual(direct);
    },
  );

  it('carries validated arguments unchanged through both transports', async () => {
    const args = { channelId: '1234567', flag: 'around', msgId: '0f3c2a10-0000-4000-8000-5e1d0c3b7a22', pageSize: 50 };
    const direct = await dispatch('messages:list', args, caller);
    expect(direct).toEqual({ ok: true, value: { echo: 'messages:list', args } });
    expect(await viaElectron('messages:list', args)).toEqual(direct);
    expect(await viaBridge.invoke('messages:list', args)).toEqual(direct);
  });

  it('refuses unknown channels on both transports', async () => {
    expect(await viaElectron('shell:openExternal', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await viaBridge.invoke('shell:openExternal', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });
});
