// Settings and profiles are small JSON files written atomically by plain Node: write a temp file
// in the same folder, fsync it, then rename over the target, so a crash leaves the old or the new
// file, never half of one. A file that does not parse is set aside, never silently overwritten.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';

export type ReadResult<T> =
  | { status: 'ok'; value: T }
  | { status: 'missing' }
  | { status: 'corrupt'; setAsideTo: string; reason: string };

export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const handle = await fs.open(tmp, 'w', 0o600);
  try {
    await handle.writeFile(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, file);
}

/** Reads and validates; an unreadable or invalid file is renamed to `<file>.corrupt-<time>`. */
export async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<ReadResult<T>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    throw err;
  }
  let reason: string;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) return { status: 'ok', value: parsed.data };
    reason = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  } catch (err) {
    reason = `not JSON: ${(err as Error).message}`;
  }
  const setAsideTo = `${file}.corrupt-${Date.now()}`;
  await fs.rename(file, setAsideTo);
  return { status: 'corrupt', setAsideTo, reason };
}
