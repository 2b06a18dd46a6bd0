// Persistence under --data DIR: the whole state (lazy parts are just seed + overlay) as one
// JSON file written atomically (tmp + rename). A corrupt file is set aside, never fatal.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { WorldState } from './state';

export const WORLD_FILE = 'world.json';

/** The top-level shape; deeper fields are the simulator's own output, trusted once this holds. */
const stateShape = z.looseObject({
  version: z.literal(1),
  seed: z.number(),
  preset: z.enum(['demo', 'big', 'empty']),
  epochMs: z.number(),
  userBase: z.number(),
  userCount: z.number(),
  counters: z.object({ serial: z.number(), user: z.number(), event: z.number(), traffic: z.number().optional() }),
  users: z.record(z.string(), z.unknown()),
  tokens: z.record(z.string(), z.string()),
  bots: z.array(z.string()),
  defaultBotId: z.string(),
  guildOrder: z.array(z.string()),
  guilds: z.record(z.string(), z.unknown()),
  channels: z.record(z.string(), z.unknown()),
  serials: z.record(z.string(), z.string()),
  dms: z.record(z.string(), z.unknown()),
});

function isWorldState(v: unknown): v is WorldState {
  return stateShape.safeParse(v).success;
}

/** The persisted state, or null (no file, or a corrupt file that was renamed aside). */
export function loadState(dir: string): WorldState | null {
  const file = join(dir, WORLD_FILE);
  if (!existsSync(file)) return null;
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (isWorldState(parsed)) return parsed;
  } catch {
    // fall through: corrupt
  }
  renameSync(file, `${file}.corrupt-${Date.now()}`);
  return null;
}

export async function saveState(dir: string, state: WorldState): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, WORLD_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(state));
  await rename(tmp, file);
}

export function saveStateSync(dir: string, state: WorldState): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, WORLD_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(state));
  renameSync(tmp, file);
}
