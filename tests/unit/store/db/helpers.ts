import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NewCase, StoredFrame } from '../../../../main/store/moderationStores';

export const tmpDbFile = (): string => path.join(mkdtempSync(path.join(os.tmpdir(), 'kd-db-')), 'kookdesk.db');

export function newCase(over: Partial<NewCase> = {}): NewCase {
  return {
    guildId: 'g1',
    action: 'member.ban',
    targetId: 'u1',
    targetName: 'spammer',
    reason: 'spam links',
    actor: 'Demo bot',
    createdAt: 1_700_000_000_000,
    result: { ok: true },
    durationMs: null,
    expiresAt: null,
    evidence: null,
    undoable: true,
    ...over,
  };
}

export function frame(i: number, over: Partial<StoredFrame> = {}): StoredFrame {
  return {
    seq: i,
    at: 1_000_000 + i,
    signal: 0,
    sn: i,
    eventType: '1',
    channelType: 'GROUP',
    guildId: 'g1',
    channelId: 'c1',
    authorId: 'u1',
    bytes: 100,
    compressedBytes: 60,
    outcome: 'delivered',
    raw: JSON.stringify({ s: 0, sn: i, d: { content: `message ${i}` } }),
    ...over,
  };
}
