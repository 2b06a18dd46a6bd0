// settings.*: language and theme, written atomically by SettingsStore.
import type { Contract, Language, ServiceImpl, Settings, Theme } from '../../../shared/ipc';
import type { AppContext } from '../AppContext';

export class SettingsService implements ServiceImpl<Contract['settings']> {
  constructor(private readonly ctx: AppContext) {}

  async get(): Promise<Settings> {
    return this.ctx.settings.settings();
  }

  update(args: { language?: Language; theme?: Theme }): Promise<Settings> {
    const patch: Partial<Settings> = {};
    if (args.language) patch.language = args.language;
    if (args.theme) patch.theme = args.theme;
    return this.ctx.settings.updateSettings(patch);
  }
}
