// issue 5 "Tests": kill the writer repeatedly during case writes, then verify the database.
// A case whose `add` returned (its id printed) must be there, intact, after a SIGKILL.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openModerationDatabase } from '../../../main/store/db';

const writer = path.join(__dirname, 'support', 'caseWriter.ts');
const RUNS = 8;

/** Starts the writer, waits until it has opened the database, kills it `killAfterMs` later. */
function runAndKill(file: string, killAfterMs: number): Promise<{ printed: number[]; opened: string }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', writer, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!timer && out.includes('ready')) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself (${String(signal)}): ${err}`));
      const lines = out.split('\n');
      const opened = lines.shift() ?? '';
      // The last line may be cut in the middle of a write: only complete lines count.
      const complete = out.endsWith('\n') ? lines : lines.slice(0, -1);
      resolve({ printed: complete.filter((l) => l !== '').map(Number), opened });
    });
  });
}

describe('case log crash safety', () => {
  it('keeps every returned case, intact and contiguous, across repeated SIGKILLs', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kd-crash-')), 'kookdesk.db');
    openModerationDatabase(file).close();
    let expectedNext = 1;
    let printedTotal = 0;
    for (let run = 0; run < RUNS; run++) {
      const { printed, opened } = await runAndKill(file, 100 + Math.floor(Math.random() * 300));
      expect(opened).toBe('ready clean'); // never set aside: the file stays ours after a kill
      printedTotal += printed.length;
      if (printed.length > 0) expect(printed[0]).toBe(expectedNext); // the numbering continues
      expect(printed).toEqual(printed.map((_, i) => expectedNext + i));

      const db = new Database(file);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = db.prepare<[], { id: number; result: string; evidence: string; undo_data: string; target_id: string }>(
        'SELECT id, result, evidence, undo_data, target_id FROM cases ORDER BY id',
      ).all();
      db.close();
      // Every printed id is present; at most one more (written, killed before printing) may exist.
      const ids = rows.map((r) => r.id);
      expect(ids).toEqual(ids.map((_, i) => i + 1));
      const lastPrinted = printed.at(-1) ?? expectedNext - 1;
      expect(ids.length).toBeGreaterThanOrEqual(lastPrinted);
      expect(ids.length).toBeLessThanOrEqual(lastPrinted + 1);
      for (const r of rows.slice(expectedNext - 1)) {
        expect(JSON.parse(r.result)).toEqual({ ok: true });
        const evidence: unknown = JSON.parse(r.evidence);
        expect(evidence).toMatchObject({ messages: [{ authorId: r.target_id }] });
        expect(JSON.parse(r.undo_data)).toHaveProperty('remark');
      }
      expectedNext = ids.length + 1;
    }
    expect(printedTotal).toBeGreaterThan(RUNS); // the writer really was writing when killed

    const reopened = openModerationDatabase(file);
    expect(reopened.recoveredFrom).toBeNull();
    expect(reopened.cases.list({ search: '袭击者' }).total).toBe(expectedNext - 1);
    expect(reopened.cases.add({ ...reopened.cases.get(1)!, reason: 'after the crashes' }).id).toBe(expectedNext);
    reopened.close();
  }, 30_000);
});
