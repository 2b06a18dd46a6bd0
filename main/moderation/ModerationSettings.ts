// Per-profile, per-guild moderation settings: the text-mute strategy (registered default:
// per-user overwrites, no muted role yet) and the log channel. A small atomic JSON file in the
// data folder; a corrupt file is set aside by readJson and the defaults apply.
import path from 'node:path';
import { z } from 'zod';
import { readJson, writeJsonAtomic } from '../store/atomicJson';

const GuildSettingsSchema = z.object({
  muteMethod: z.enum(['overwrites', 'role']),
  mutedRoleId: z.number().int().nullable(),
  logChannelId: z.string().nullable(),
});
export type GuildModerationSettings = z.infer<typeof GuildSettingsSchema>;

const FileSchema = z.record(z.string(), z.record(z.string(), GuildSettingsSchema));

export const DEFAULT_GUILD_SETTINGS: GuildModerationSettings = Object.freeze({ muteMethod: 'overwrites', mutedRoleId: null, logChannelId: null });

export class ModerationSettings {
  private data: Record<string, Record<string, GuildModerationSettings>> = {};
  private loaded: Promise<void> | null = null;
  private writing: Promise<void> = Promise.resolve();
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'moderation-settings.json');
  }

  async get(profileId: string, guildId: string): Promise<GuildModerationSettings> {
    await this.load();
    return { ...DEFAULT_GUILD_SETTINGS, ...this.data[profileId]?.[guildId] };
  }

  async update(profileId: string, guildId: string, patch: Partial<GuildModerationSettings>): Promise<GuildModerationSettings> {
    const next = { ...(await this.get(profileId, guildId)), ...patch };
    (this.data[profileId] ??= {})[guildId] = next;
    const snapshot = structuredClone(this.data);
    this.writing = this.writing.then(() => writeJsonAtomic(this.file, snapshot));
    await this.writing;
    return next;
  }

  private load(): Promise<void> {
    this.loaded ??= readJson(this.file, FileSchema).then(
      (r) => {
        if (r.status === 'ok') this.data = r.value;
      },
      () => undefined,
    );
    return this.loaded;
  }
}
