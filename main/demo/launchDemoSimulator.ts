// Demo mode (ARCHITECTURE.md "Demo mode"): the simulator runs as a child process on a free
// loopback port with its own data folder, so its traffic never competes with main's event loop
// and its world survives a restart. Browser mode forks with child_process.fork; Electron will
// pass utilityProcess.fork through `fork`.
import { fork as nodeFork } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The part of a forked child the launcher uses (child_process.ChildProcess and Electron's UtilityProcess both fit after a small adapter). */
export interface ForkedChild {
  on(event: 'message', listener: (message: unknown) => void): void;
  on(event: 'exit', listener: (code: number | null) => void): void;
  kill(): boolean | void;
}

export type ForkFn = (modulePath: string, args: string[], opts: { execArgv: string[]; cwd: string }) => ForkedChild;

export interface DemoLaunchOptions {
  dataDir: string;
  fork?: ForkFn;
  /** Project root (where out/ and main/ live); default: two levels above this file. */
  rootDir?: string;
  timeoutMs?: number;
  /** Traffic generator rate (events per second). */
  rate?: number;
}

export interface DemoSimulator {
  origin: string;
  apiBase: string;
  token: string;
  botId: string;
  stop(): Promise<void>;
}

const readySchema = z.object({
  type: z.literal('ready'),
  origin: z.string().url(),
  apiBase: z.string().url(),
  token: z.string().min(1),
  botId: z.string().min(1),
});

export class DemoLaunchError extends Error {
  override readonly name = 'DemoLaunchError';
}

const defaultFork: ForkFn = (modulePath, args, opts) =>
  nodeFork(modulePath, args, { execArgv: opts.execArgv, cwd: opts.cwd, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });

/** The built CLI when present (plain node), else the TypeScript source through tsx. */
export function simulatorEntry(rootDir: string): { modulePath: string; execArgv: string[] } {
  const built = path.join(rootDir, 'out', 'sim', 'cli.js');
  if (existsSync(built)) return { modulePath: built, execArgv: [] };
  return { modulePath: path.join(rootDir, 'main', 'simulator', 'cli.ts'), execArgv: ['--import', 'tsx'] };
}

export function launchDemoSimulator(opts: DemoLaunchOptions): Promise<DemoSimulator> {
  const rootDir = opts.rootDir ?? path.resolve(__dirname, '..', '..');
  const { modulePath, execArgv } = simulatorEntry(rootDir);
  const args = ['--ipc', '--port', '0', '--preset', 'demo', '--seed', '1', '--rate', String(opts.rate ?? 5), '--data', path.join(opts.dataDir, 'demo-world')];
  const child = (opts.fork ?? defaultFork)(modulePath, args, { execArgv, cwd: rootDir });
  const timeoutMs = opts.timeoutMs ?? 20_000;

  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => child.on('exit', () => ((exited = true), resolve())));
  const stop = async (): Promise<void> => {
    if (exited) return;
    child.kill();
    await Promise.race([exitedPromise, new Promise((r) => setTimeout(r, 3000))]);
  };

  return new Promise<DemoSimulator>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new DemoLaunchError(`the demo simulator did not report ready within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('message', (message) => {
      const ready = readySchema.safeParse(message);
      if (!ready.success) return;
      clearTimeout(timer);
      const { origin, apiBase, token, botId } = ready.data;
      resolve({ origin, apiBase, token, botId, stop });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new DemoLaunchError(`the demo simulator exited before it was ready (code ${code ?? 'none'})`));
    });
  });
}
