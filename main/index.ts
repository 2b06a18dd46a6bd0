// Electron entry: wiring only (STYLE.md "entry files only wire"). Everything with logic lives in
// main/services, main/shell (which receives the Electron objects as parameters) and main/store.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, app, ipcMain, protocol, safeStorage, screen, session, shell, utilityProcess } from 'electron';
import { PUSH_CHANNEL } from '../shared/ipc/push';
import { launchDemoSimulator } from './demo/launchDemoSimulator';
import { ImageProxy } from './images/ImageProxy';
import { createLogger } from './log/logger';
import { profileDatabases } from './moderation/profileDatabases';
import { AppContext } from './services/AppContext';
import { createServices } from './services/createServices';
import { createDispatch } from './services/dispatch';
import { createMainWindow } from './shell/createMainWindow';
import { handleImageProtocol, registerImageScheme } from './shell/imageProtocol';
import { mainFrameSenderCheck, registerIpcTransport } from './shell/ipcTransport';
import { createVault } from './shell/safeStorageVault';
import { appUrlMatcher } from './shell/security';
import { utilityProcessFork } from './shell/utilityFork';
import { SettingsStore } from './store/SettingsStore';

const logger = createLogger({ scope: 'main' });

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  registerImageScheme(protocol);
  void app.whenReady().then(start).catch((err: unknown) => {
    logger.error('failed to start', err instanceof Error ? err.message : String(err));
    app.quit();
  });
}

/**
 * better-sqlite3 built for Electron's ABI (TOOLCHAIN.md): `npm run package` ships it under
 * resources/native; without it (development) the default binding is used.
 */
function electronSqliteBinding(): string | undefined {
  const candidate = path.join(process.resourcesPath, 'native', 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  const rootDir = path.resolve(__dirname, '..', '..');
  const settings = SettingsStore.inDir(dataDir);
  await settings.load();
  const { vault, warning } = createVault(path.join(dataDir, 'vault.json'), safeStorage, process.platform);

  const ctx = new AppContext({
    dataDir,
    settings,
    vault,
    vaultWarning: warning,
    logger,
    launchDemo: () => launchDemoSimulator({ dataDir, rootDir, fork: utilityProcessFork(utilityProcess.fork) }),
    db: profileDatabases(dataDir, logger, electronSqliteBinding()),
  });
  const images = new ImageProxy({ cacheDir: path.join(dataDir, 'image-cache'), extraOrigins: () => ctx.imageOrigins() });
  handleImageProtocol(protocol, images.fetchImage);

  const devUrl = process.env.ELECTRON_RENDERER_URL;
  const page = devUrl ? { url: devUrl } : { file: path.join(__dirname, '..', 'renderer', 'index.html') };
  const win = createMainWindow({
    BrowserWindow,
    session: session.defaultSession,
    shell,
    displays: () => screen.getAllDisplays().map((d) => d.workArea),
    settings,
    preloadPath: path.join(__dirname, '..', 'preload', 'index.js'),
    page,
  });

  const isAppUrl = appUrlMatcher(devUrl ? new URL(devUrl).origin : 'file://');
  registerIpcTransport(ipcMain, createDispatch(createServices(ctx)), mainFrameSenderCheck(() => (win.isDestroyed() ? null : win.webContents.id), isAppUrl));
  const { unsubscribe } = ctx.push.subscribe((batch) => {
    if (!win.isDestroyed()) win.webContents.send(PUSH_CHANNEL, batch);
  });

  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => {
    unsubscribe();
    void ctx.close().finally(() => app.quit());
  });
}
