// Browser mode (main/web.ts) as a child process on port 0 with its own --data folder: parses
// `READY <url#secret=…>`, keeps everything it prints (the security test greps it) and stops it,
// and with it the demo simulator it forked, on teardown.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');

export interface WebServer {
  /** The URL with `#secret=…`. */
  url: string;
  origin: string;
  dataDir: string;
  stdout(): string;
  stderr(): string;
  stop(): Promise<void>;
}

export interface WebServerOptions {
  /** Default true: the e2e flows mostly connect to a simulator they started themselves. */
  noDemo?: boolean;
  /** A --data folder to use (and keep on stop), e.g. to start browser mode again on the same data. */
  dataDir?: string;
  /** Extra environment (test-only knobs such as KOOKDESK_TIMER_SCALE, KOOKDESK_CLOCK_OFFSET_MS). */
  env?: Record<string, string>;
}

export async function startWebServer(opts: WebServerOptions = {}): Promise<WebServer> {
  if (!existsSync(path.join(ROOT, 'out', 'renderer', 'index.html')) || !existsSync(path.join(ROOT, 'out', 'sim', 'cli.js'))) {
    throw new Error('out/renderer or out/sim is missing: run `npm run build` first (npm test does)');
  }
  const tmp = opts.dataDir ? null : mkdtempSync(path.join(os.tmpdir(), 'kd-e2e-'));
  const dataDir = opts.dataDir ?? path.join(tmp ?? '', 'data');
  const args = ['--import', 'tsx', 'main/web.ts', '--port', '0', '--data', dataDir];
  if (opts.noDemo !== false) args.push('--no-demo');
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));

  const stop = async (): Promise<void> => {
    await stopChild(child);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`browser mode printed no READY within 20 s: ${err}`)), 20_000);
      child.stdout?.on('data', () => {
        const ready = /READY (\S+)/.exec(out);
        if (ready?.[1]) {
          clearTimeout(timer);
          resolve(ready[1]);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`browser mode exited with ${code}: ${err}`));
      });
    });
    return { url, origin: new URL(url).origin, dataDir, stdout: () => out, stderr: () => err, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** SIGTERM lets web.ts close its session and stop the demo simulator; SIGKILL after 5 s. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
