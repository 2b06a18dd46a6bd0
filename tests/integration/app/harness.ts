// A real simulator in-process and the real services over `dispatch`, for the app's integration tests.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { IpcResult, PushBatch, PushEvent } from '../../../shared/ipc';
import { createLogger } from '../../../main/log/logger';
import { AppContext, type AppContextOptions } from '../../../main/services/AppContext';
import { createServices } from '../../../main/services/createServices';
import { createDispatch, type Dispatch } from '../../../main/services/dispatch';
import { startSimulator, type Simulator } from '../../../main/simulator';
import { SettingsStore } from '../../../main/store/SettingsStore';
import { MemoryVault } from '../../../main/store/TokenVault';

export interface Harness {
  sim: Simulator;
  ctx: AppContext;
  dispatch: Dispatch;
  dataDir: string;
  batches: PushBatch[];
  /** Every answer and push batch as JSON, plus every log line: what must never hold the token. */
  transcript: string[];
  call<T = unknown>(channel: string, args?: unknown): Promise<T>;
  raw(channel: string, args?: unknown): Promise<IpcResult<unknown>>;
  admin<T = unknown>(name: string, body: unknown): Promise<T>;
  events(): PushEvent[];
  close(): Promise<void>;
}

export async function startHarness(opts: Partial<AppContextOptions> = {}): Promise<Harness> {
  const sim = await startSimulator({ port: 0, seed: 1, preset: 'demo', rateLimitProfile: 'none', onError: () => undefined });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kookdesk-app-'));
  const settings = SettingsStore.inDir(dataDir);
  await settings.load();
  const transcript: string[] = [];
  const logger = createLogger({ write: (line) => void transcript.push(line), minLevel: 'debug' });
  const ctx = new AppContext({ dataDir, settings, vault: new MemoryVault(), vaultWarning: true, logger, observerPollMs: 100, ...opts });
  const dispatch = createDispatch(createServices(ctx));
  const batches: PushBatch[] = [];
  ctx.push.subscribe((b) => {
    batches.push(b);
    transcript.push(JSON.stringify(b));
  });
  const raw = async (channel: string, args: unknown = {}) => {
    const result = await dispatch(channel, args, { transport: 'test', id: 't' });
    transcript.push(JSON.stringify(result));
    return result;
  };
  return {
    sim, ctx, dispatch, dataDir, batches, transcript, raw,
    async call<T>(channel: string, args: unknown = {}): Promise<T> {
      const r = await raw(channel, args);
      if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
      return r.value as T;
    },
    async admin<T>(name: string, body: unknown): Promise<T> {
      const res = await fetch(`${sim.origin}/_sim/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const json = (await res.json()) as { code: number; message: string; data: T };
      if (json.code !== 0) throw new Error(`admin ${name}: ${json.code} ${json.message}`);
      return json.data;
    },
    events: () => batches.flatMap((b) => b.events),
    async close() {
      await ctx.close();
      await sim.close();
      // A gateway session file can still land as the socket closes: retry the removal briefly.
      await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    },
  };
}

export async function waitFor<T>(probe: () => T | undefined | null | false, timeoutMs = 5000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
