// TEMPORARY (helper 4): main/web.ts with the static dir from KD_STATIC.
import os from 'node:os';
import path from 'node:path';
import { startBridge } from '../../../main/bridge/BridgeServer';
import { launchDemoSimulator } from '../../../main/demo/launchDemoSimulator';
import { ImageProxy } from '../../../main/images/ImageProxy';
import { createLogger } from '../../../main/log/logger';
import { profileDatabases } from '../../../main/moderation/profileDatabases';
import { AppContext } from '../../../main/services/AppContext';
import { createServices } from '../../../main/services/createServices';
import { createDispatch } from '../../../main/services/dispatch';
import { SettingsStore } from '../../../main/store/SettingsStore';
import { MemoryVault } from '../../../main/store/TokenVault';

async function main(): Promise<void> {
  const rootDir = path.resolve(__dirname, '../../..');
  const dataDir = process.argv[2] ?? path.join(os.tmpdir(), 'kdh4data');
  const logger = createLogger({ scope: 'web' });
  const settings = SettingsStore.inDir(dataDir);
  await settings.load();
  const ctx = new AppContext({
    dataDir, settings, vault: new MemoryVault(), vaultWarning: true, logger,
    launchDemo: () => launchDemoSimulator({ dataDir, rootDir }),
    db: profileDatabases(dataDir, logger),
    moderation: {},
  });
  const images = new ImageProxy({ cacheDir: path.join(dataDir, 'image-cache'), extraOrigins: () => ctx.imageOrigins() });
  const bridge = await startBridge({ dispatch: createDispatch(createServices(ctx)), push: ctx.push, staticDir: process.env.KD_STATIC ?? '', port: 0, images: images.fetchImage });
  process.stdout.write(`READY ${bridge.url}\n`);
  const shutdown = (): void => void Promise.allSettled([ctx.close(), bridge.close()]).then(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
void main();
