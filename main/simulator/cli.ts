// `npm run sim -- --port 8765 --seed 1 --preset demo --rate 5`: the simulator as a process.
// Prints the API base, the bot token and how to point a bot at it, then `READY <origin>` for
// scripts; with --ipc (forked by a parent) it also sends {type:'ready', ...} over process.send.
import { parseArgs } from 'node:util';
import type { GatewayServerTimings } from './core/gateway';
import type { PresetName } from './core/world';
import { type BucketOverrides, PROFILE_NAMES, parseOverride } from './ratelimit';
import { type SimulatorOptions, startSimulator } from './Simulator';

const USAGE = `usage: npm run sim -- [--port 8765] [--host 127.0.0.1] [--seed 1] [--preset demo|big|empty] [--rate N]
       [--data DIR] [--limits default|none|strict] [--limit bucket=N/ms ...] [--latency ms]
       [--hello-delay ms] [--session-lifetime ms] [--token-lifetime ms] [--replay-window N]
       [--reset-whole-seconds] [--ipc]`;

const PRESETS: readonly PresetName[] = ['demo', 'big', 'empty'];

class UsageError extends Error {}

function int(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value) || Number(value) < min) throw new UsageError(`--${name} must be an integer ≥ ${min}, got "${value}"`);
  return Number(value);
}

function parseCliArgs(argv: string[]): { sim: SimulatorOptions; ipc: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' }, host: { type: 'string' }, seed: { type: 'string' }, preset: { type: 'string' },
        rate: { type: 'string' }, data: { type: 'string' }, limits: { type: 'string' }, limit: { type: 'string', multiple: true },
        latency: { type: 'string' }, 'hello-delay': { type: 'string' }, 'session-lifetime': { type: 'string' },
        'token-lifetime': { type: 'string' }, 'replay-window': { type: 'string' },
        'reset-whole-seconds': { type: 'boolean' }, ipc: { type: 'boolean' }, help: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values;
  if (v.help) throw new UsageError('');
  const preset = v.preset ?? 'demo';
  if (!PRESETS.some((p) => p === preset)) throw new UsageError(`--preset must be one of ${PRESETS.join(', ')}, got "${preset}"`);
  const profile = v.limits ?? 'default';
  if (!PROFILE_NAMES.some((p) => p === profile)) throw new UsageError(`--limits must be one of ${PROFILE_NAMES.join(', ')}, got "${profile}"`);
  const overrides: BucketOverrides = {};
  for (const text of v.limit ?? []) {
    const override = parseOverride(text);
    if (!override) throw new UsageError(`--limit must look like bucket=N/ms (e.g. message/create=5/5000), got "${text}"`);
    overrides[override.bucket] = override.limit;
  }
  const port = int('port', v.port, 0) ?? 8765;
  if (port > 65535) throw new UsageError(`--port must be ≤ 65535, got ${port}`);
  const timings: Partial<GatewayServerTimings> = {};
  const helloDelay = int('hello-delay', v['hello-delay'], -1);
  if (helloDelay !== undefined) timings.helloDelayMs = helloDelay;
  const sessionLifetime = int('session-lifetime', v['session-lifetime'], 1);
  if (sessionLifetime !== undefined) timings.sessionLifetimeMs = sessionLifetime;
  const tokenLifetime = int('token-lifetime', v['token-lifetime'], 1);
  if (tokenLifetime !== undefined) timings.gatewayTokenLifetimeMs = tokenLifetime;
  const replayWindow = int('replay-window', v['replay-window'], 0);
  if (replayWindow !== undefined) timings.replayWindow = replayWindow;
  return {
    ipc: v.ipc ?? false,
    sim: {
      port,
      host: v.host ?? '127.0.0.1',
      seed: int('seed', v.seed, 0) ?? 1,
      preset: PRESETS.find((p) => p === preset) ?? 'demo',
      dataDir: v.data,
      rate: int('rate', v.rate, 0) ?? 0,
      rateLimitProfile: PROFILE_NAMES.find((p) => p === profile) ?? 'default',
      overrides,
      latencyMs: int('latency', v.latency, 0) ?? 0,
      gatewayTimings: timings,
      resetWholeSeconds: v['reset-whole-seconds'] ?? false,
    },
  };
}

async function main(): Promise<void> {
  let args: { sim: SimulatorOptions; ipc: boolean };
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) console.error(`sim: ${error.message}`);
    console.error(USAGE);
    process.exit(error.message ? 2 : 0);
  }
  const sim = await startSimulator(args.sim);
  const lines = [
    `Kookdesk KOOK simulator: seed ${args.sim.seed}, preset ${args.sim.preset}, traffic ${args.sim.rate ?? 0} events/s, rate limits "${args.sim.rateLimitProfile}"`,
    `  API base:  ${sim.apiBase}`,
    `  Bot token: ${sim.token}`,
    `  Bot id:    ${sim.botId}`,
    'Point a bot at it:',
    `  - use ${sim.apiBase} as the API base instead of https://www.kookapp.cn/api/v3`,
    `  - send the header  Authorization: Bot ${sim.token}`,
    '  - the WebSocket URL comes from GET gateway/index (compress=0|1), as on KOOK',
    `  - admin API (loopback only): ${sim.origin}/_sim/health, /_sim/act, /_sim/faults/..., see README`,
    `READY ${sim.origin}`,
  ];
  console.log(lines.join('\n'));
  if (args.ipc) tellParent({ type: 'ready', origin: sim.origin, apiBase: sim.apiBase, token: sim.token, botId: sim.botId });

  let stopping = false;
  const shutdown = (): void => {
    if (stopping) return;
    stopping = true;
    sim
      .close() // closing the world saves it to --data
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error('sim: error while shutting down:', error);
        process.exit(1);
      });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  // A forked simulator must not outlive its parent.
  if (args.ipc) process.on('disconnect', shutdown);
}

/**
 * A parent that forked us with child_process.fork listens on process.send; Electron's
 * utilityProcess.fork gives the child `process.parentPort` instead.
 */
function tellParent(message: Record<string, string>): void {
  const port = (process as { parentPort?: { postMessage(m: unknown): void } }).parentPort;
  if (port) port.postMessage(message);
  else if (process.send) process.send(message);
}

main().catch((error: unknown) => {
  console.error('sim: failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
