// The moderator's settings and bot profiles (never tokens: those live in the vault).
import path from 'node:path';
import { z } from 'zod';
import type { ProfileView, Settings } from '../../shared/ipc';
import { readJson, writeJsonAtomic } from './atomicJson';

const profileSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(64),
  baseUrl: z.string().url().nullable(),
  kind: z.enum(['bot', 'demo']),
});
export type StoredProfile = z.infer<typeof profileSchema>;

const fileSchema = z.object({
  version: z.literal(1),
  settings: z.object({
    language: z.enum(['en', 'zh-CN']),
    theme: z.enum(['dark', 'light']),
    activeProfileId: z.string().nullable(),
  }),
  profiles: z.array(profileSchema),
  window: z
    .object({ x: z.number().optional(), y: z.number().optional(), width: z.number(), height: z.number(), maximized: z.boolean() })
    .optional(),
});
type SettingsFile = z.infer<typeof fileSchema>;

export type WindowState = NonNullable<SettingsFile['window']>;

const DEFAULTS: SettingsFile = {
  version: 1,
  settings: { language: 'en', theme: 'dark', activeProfileId: null },
  profiles: [],
};

export class SettingsStore {
  private data: SettingsFile = structuredClone(DEFAULTS);
  /** Set when the file on disk was unreadable and had to be set aside (shown to the moderator). */
  recoveredFrom: { setAsideTo: string; reason: string } | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {}

  static inDir(dir: string): SettingsStore {
    return new SettingsStore(path.join(dir, 'settings.json'));
  }

  async load(): Promise<void> {
    const res = await readJson(this.file, fileSchema);
    if (res.status === 'ok') this.data = res.value;
    if (res.status === 'corrupt') this.recoveredFrom = { setAsideTo: res.setAsideTo, reason: res.reason };
  }

  settings(): Settings {
    return { ...this.data.settings };
  }

  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    this.data.settings = { ...this.data.settings, ...patch };
    await this.persist();
    return this.settings();
  }

  profiles(): StoredProfile[] {
    return this.data.profiles.map((p) => ({ ...p }));
  }

  profile(id: string): StoredProfile | undefined {
    return this.data.profiles.find((p) => p.id === id);
  }

  async upsertProfile(profile: StoredProfile): Promise<void> {
    const others = this.data.profiles.filter((p) => p.id !== profile.id);
    this.data.profiles = [...others, profile];
    await this.persist();
  }

  async removeProfile(id: string): Promise<void> {
    this.data.profiles = this.data.profiles.filter((p) => p.id !== id);
    if (this.data.settings.activeProfileId === id) this.data.settings.activeProfileId = null;
    await this.persist();
  }

  windowState(): WindowState | undefined {
    return this.data.window;
  }

  async saveWindowState(state: WindowState): Promise<void> {
    this.data.window = state;
    await this.persist();
  }

  /** Writes are serialized so two quick updates cannot interleave their renames. */
  private persist(): Promise<void> {
    const snapshot = structuredClone(this.data);
    this.writing = this.writing.then(() => writeJsonAtomic(this.file, snapshot));
    return this.writing;
  }
}

export function toProfileView(p: StoredProfile, tokenStorage: ProfileView['tokenStorage']): ProfileView {
  return { id: p.id, name: p.name, baseUrl: p.baseUrl, kind: p.kind, tokenStorage };
}
