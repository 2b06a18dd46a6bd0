// `npm run web`: browser mode (issue 4 "Browser mode"). The same services as Electron, a memory-only
// token vault (with its banner), the renderer bundle and the contract served on 127.0.0.1 by the
// bridge, and the demo server opened by default. Prints the URL with the per-run secret in its
// fragment, then `READY <url>` for scripts and e2e tests.
//   tsx main/web.ts [--port 0] [--data DIR] [--no-demo]
// Test-only environment (the e2e suite's temporary bans): KOOKDESK_TIMER_SCALE multiplies the
// scheduler's timer delays (0.01: a minute in 0.6 s); KOOKDESK_CLOCK_OFFSET_MS shifts the
// moderation engine's clock (a restart "later" sees expiries it missed while closed).
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startBridge } from './bridge/BridgeServer';
import { launchDemoSimulator } from './demo/launchDemoSimulator';
import { ImageProxy } from './images/ImageProxy';
import { createLogger } from './log/logger';
import { profileDatabases } from './moderation/profileDatabases';
import { AppContext } from './services/AppContext';
import { createServices } from './services/createServices';
import { createDispatch } from './services/dispatch';
import { SettingsStore } from './store/SettingsStore';
import { MemoryVault } from './store/TokenVault';

/** The test-only moderation knobs from the environment; nothing when they are absent. */
function moderationTestKnobs(env: NodeJS.ProcessEnv): { timerScale?: number; now?: () => number } {
  const knobs: { timerScale?: number; now?: () => number } = {};
  const scale = env.KOOKDESK_TIMER_SCALE ? Number(env.KOOKDESK_TIMER_SCALE) : NaN;
  if (Number.isFinite(scale) && scale > 0) knobs.timerScale = scale;
  const offset = env.KOOKDESK_CLOCK_OFFSET_MS ? Number(env.KOOKDESK_CLOCK_OFFSET_MS) : NaN;
  if (Number.isFinite(offset) && offset !== 0) knobs.now = () => Date.now() + offset;
  return knobs;
}

function defaultDataDir(): string {
  const base = process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'kookdesk-web');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { port: { type: 'string' }, data: { type: 'string' }, 'no-demo': { type: 'boolean' } },
    strict: true,
  });
  const port = Number(values.port ?? '0');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, got ${values.port}`);
  const rootDir = path.resolve(__dirname, '..');
  const dataDir = path.resolve(values.data ?? defaultDataDir());
  const logger = createLogger({ scope: 'web' });

  const settings = SettingsStore.inDir(dataDir);
  await settings.load();
  const ctx = new AppContext({
    dataDir,
    settings,
    vault: new MemoryVault(),
    vaultWarning: true, // browser mode keeps tokens in memory only (ARCHITECTURE.md "Token vault")
    logger,
    launchDemo: () => launchDemoSimulator({ dataDir, rootDir }),
    db: profileDatabases(dataDir, logger),
    moderation: moderationTestKnobs(process.env),
  });
  const images = new ImageProxy({ cacheDir: path.join(dataDir, 'image-cache'), extraOrigins: () => ctx.imageOrigins() });
  const bridge = await startBridge({
    dispatch: createDispatch(createServices(ctx)),
    push: ctx.push,
    staticDir: path.join(rootDir, 'out', 'renderer'),
    port,
    images: images.fetchImage,
  });
  logger.addSecret(bridge.secret);

  process.stdout.write(`Kookdesk (browser mode) is running. Open:\n  ${bridge.url}\nREADY ${bridge.url}\n`);

  let stopping = false;
  const shutdown = (): void => {
    if (stopping) return;
    stopping = true;
    void Promise.allSettled([ctx.close(), bridge.close()]).then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  if (!values['no-demo']) {
    ctx.openDemo().then(
      (state) => logger.info(`demo server open (${state.connection})`),
      (err: unknown) => logger.error('could not open the demo server', err instanceof Error ? err.message : err),
    );
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`web: failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
