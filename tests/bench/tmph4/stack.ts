// The UI benchmarks' test bed: the big-preset simulator embedded in this process, browser mode
// (main/web.ts) as a child process, and Debian's Chromium driven by playwright-core
// (TOOLCHAIN.md "Browser tests here": never a downloaded browser).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startSimulator, type Simulator } from '../../../main/simulator';

export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface UiStack {
  sim: Simulator;
  page: Page;
  /** Browser mode's URL including `#secret=…`. */
  appUrl: string;
  /** Sets the simulator's latency profile for every REST answer and gateway frame. */
  setLatency(ms: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts `tsx main/web.ts` and resolves with the URL it prints after `READY`. */
function startWeb(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/tmph4/web.ts', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      err = (err + chunk.toString()).slice(-4000);
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /READY (\S+)/.exec(out);
      if (ready?.[1]) resolve({ child, url: ready[1] });
    });
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}: ${err}`)));
  });
}

export async function startUiStack(): Promise<UiStack> {
  if (!process.env.KD_STATIC) throw new Error('KD_STATIC');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kd-ui-bench-'));
  const sim = await startSimulator({ port: 0, seed: 1, preset: 'big', rateLimitProfile: 'none', latencyMs: 0 });
  let web: { child: ChildProcess; url: string } | null = null;
  let browser: Browser | null = null;
  const close = async (): Promise<void> => {
    await browser?.close().catch(() => undefined);
    if (web && web.child.exitCode === null) {
      const exited = new Promise((r) => web?.child.once('exit', r));
      web.child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (web.child.exitCode === null) web.child.kill('SIGKILL');
    }
    await sim.close();
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    web = await startWeb(path.join(tmp, 'data'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      // playwright-core gives every launch a fresh temporary profile (--user-data-dir).
      args: CHROMIUM_FLAGS,
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const setLatency = async (ms: number): Promise<void> => {
      const res = await fetch(`${sim.origin}/_sim/latency`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ms }) });
      if (!res.ok) throw new Error(`/_sim/latency answered ${res.status}`);
    };
    return { sim, page, appUrl: web.url, setLatency, close };
  } catch (error) {
    await close();
    throw error;
  }
}
