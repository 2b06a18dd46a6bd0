// Child process of crash.test.ts: writes cases as fast as it can and prints each id once `add`
// has returned (the moment the case log promises durability). The parent SIGKILLs it mid-write.
import { openModerationDatabase } from '../../../../main/store/db';

const file = process.argv[2];
if (!file) throw new Error('usage: caseWriter <db file>');
const db = openModerationDatabase(file);
process.stdout.write(`ready ${db.recoveredFrom ? 'recovered' : 'clean'}\n`);
for (let i = 0; ; i++) {
  const c = db.cases.add({
    guildId: 'g1',
    action: 'member.ban',
    targetId: `u${i}`,
    targetName: `raider ${i} 袭击者`,
    reason: `raid wave ${i}: ${'spam '.repeat(i % 20)}`,
    actor: 'Crash bot',
    createdAt: Date.now(),
    result: { ok: true },
    durationMs: null,
    expiresAt: null,
    evidence: { messages: [{ id: `m${i}`, channelId: 'c1', authorId: `u${i}`, authorName: `raider ${i}`, content: `加群领福利 ${i} `.repeat(1 + (i % 30)), type: 1, createAt: i }] },
    undoable: true,
    undoData: { remark: `ban ${i}` },
  });
  // Synchronous write to the pipe, so a printed id was really handed to the parent before the kill.
  process.stdout.write(`${c.id}\n`);
}
