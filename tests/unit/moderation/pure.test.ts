// The pure parts of moderation: pre-check math, purge filters and the regex guard, CSV quoting,
// the log card's shape, and the ETA from the limiter's bucket state.
import { describe, expect, it } from 'vitest';
import type { CaseView } from '../../../shared/ipc';
import { caseCard, escapeKmd } from '../../../main/moderation/logCard';
import { casesToCsv, csvField } from '../../../main/moderation/exportCases';
import { limiterEta } from '../../../main/moderation/jobs/eta';
import { channelPermissions, hierarchyVerdict, verdict } from '../../../main/moderation/permissionMath';
import { compileFilters, compileGuardedRegex, hasLinkOrInvite } from '../../../main/moderation/purge/filters';

const guild = {
  ownerId: 'owner',
  roles: [
    { role_id: 0, position: 9999, permissions: 2048 | 4096 },
    { role_id: 1, position: 1, permissions: 1 },
    { role_id: 2, position: 2, permissions: 64 },
    { role_id: 3, position: 3, permissions: 64 | 8192 },
    { role_id: 5, position: 5, permissions: 0 },
  ],
};
const channel = (over: Partial<{ permission_overwrites: { role_id: number; allow: number; deny: number }[]; permission_users: { user: { id: string }; allow: number; deny: number }[] }>) =>
  ({ type: 1, permission_overwrites: [], permission_users: [], ...over });

describe('channel permissions (REST.md A.12)', () => {
  it('applies @everyone, then the roles together, then the user overwrite', () => {
    const ch = channel({ permission_overwrites: [{ role_id: 0, allow: 0, deny: 4096 }, { role_id: 3, allow: 4096, deny: 0 }], permission_users: [{ user: { id: 'bot' }, allow: 0, deny: 8192 }] });
    const perms = channelPermissions(guild, ch, 'bot', [3]);
    expect(perms & 4096).toBe(4096); // the role's allow beats @everyone's deny
    expect(perms & 8192).toBe(0); // the user's deny comes last
  });
  it('without View a text channel grants nothing; the owner and administrators get everything', () => {
    expect(channelPermissions(guild, channel({ permission_overwrites: [{ role_id: 0, allow: 0, deny: 2048 }] }), 'x', [3])).toBe(0);
    expect(channelPermissions(guild, channel({ permission_overwrites: [{ role_id: 0, allow: 0, deny: 2048 }] }), 'owner', [])).toBe(2 ** 31 - 1);
    expect(channelPermissions(guild, channel({ permission_users: [{ user: { id: 'a' }, allow: 0, deny: 4096 }] }), 'a', [1]) & 4096).toBe(4096);
  });
});

describe('hierarchy and verdict', () => {
  const f = { guild, botId: 'bot', botRoles: [3] };
  it('must rank strictly above the target; equal rank is refused; the owner never', () => {
    expect(hierarchyVerdict({ ...f, target: { userId: 'u', roles: [5] } })).toBe('ok');
    expect(hierarchyVerdict({ ...f, target: { userId: 'u', roles: [3] } })).toBe('target-ranks-higher');
    expect(hierarchyVerdict({ ...f, target: { userId: 'u', roles: [2, 5] } })).toBe('target-ranks-higher');
    expect(hierarchyVerdict({ ...f, target: { userId: 'owner', roles: [] } })).toBe('target-is-owner');
    expect(hierarchyVerdict({ ...f, target: { userId: 'gone', roles: null } })).toBe('ok');
  });
  it('a role to grant must rank below the bot top role', () => {
    expect(hierarchyVerdict({ ...f, roleId: 5 })).toBe('ok');
    expect(hierarchyVerdict({ ...f, roleId: 3 })).toBe('role-ranks-higher');
    expect(hierarchyVerdict({ ...f, roleId: 99 })).toBe('role-ranks-higher');
  });
  it('names the missing permission keys', () => {
    expect(verdict(64, [6, 7], 'ok')).toEqual({ allowed: false, missing: ['banMembers'], hierarchy: 'ok' });
    expect(verdict(192, [6, 7], 'ok').allowed).toBe(true);
  });
});

describe('purge filters', () => {
  const msg = (content: string, over: Partial<{ id: string; bot: boolean; at: number }> = {}) => ({ content, create_at: over.at ?? 100, author: { id: over.id ?? 'u1', bot: over.bot ?? false } });
  it('combine author, text, bots, time range and links/invites', () => {
    const keep = compileFilters({ channelId: '1', authorIds: ['u1'], text: 'FREE', linksOrInvites: true, after: 50, before: 150, limit: 10 });
    expect(keep(msg('free nitro https://x.example'))).toBe(true);
    expect(keep(msg('free nitro'))).toBe(false);
    expect(keep(msg('free https://x.example', { id: 'u2' }))).toBe(false);
    expect(keep(msg('free https://x.example', { at: 10 }))).toBe(false);
    expect(compileFilters({ channelId: '1', botsOnly: true, limit: 1 })(msg('hi'))).toBe(false);
  });
  it('recognise http(s) links and kook.top invites', () => {
    expect(hasLinkOrInvite('see https://a.b/c')).toBe(true);
    expect(hasLinkOrInvite('join kook.top/AbC12')).toBe(true);
    expect(hasLinkOrInvite('notkook.top/abc, ftp://x, kook dot top')).toBe(false);
  });
  it('refuse catastrophic regexes and accept ordinary ones', () => {
    for (const bad of ['(a+)+$', '(a*)*b', '(x+y)*', '(a|aa)+', '(\\w+\\s?)+$', '(a)\\1']) expect(() => compileGuardedRegex(bad)).toThrow(/regex refused/);
    expect(() => compileGuardedRegex('([')).toThrow(/regex refused/);
    expect(compileGuardedRegex('disc(o|0)rd\\.gg/\\w+').test('discord.gg/abc')).toBe(true);
  });
});

const sampleCase: CaseView = {
  id: 7, guildId: '1', action: 'member.ban', targetId: '42', targetName: 'Spam*Bot', reason: 'links, "free" nitro\nagain', actor: 'Demo bot',
  createdAt: Date.UTC(2025, 0, 2, 3, 4, 5), result: { ok: true }, durationMs: 3_600_000, expiresAt: null, evidence: null, undoable: true, undoneByCaseId: null,
};

describe('CSV export', () => {
  it('quotes per RFC 4180 and starts with a UTF-8 BOM', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    const csv = casesToCsv([sampleCase]);
    expect(csv.startsWith('\uFEFFid,createdAt,')).toBe(true);
    expect(csv).toContain('"links, ""free"" nitro\nagain"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('the log card', () => {
  it('is a JSON array of one valid card: header, paragraph section, context with the case number', () => {
    const cards = JSON.parse(caseCard(sampleCase)) as { type: string; theme: string; modules: { type: string; text?: { type: string; content?: string; cols?: number; fields?: { type: string; content: string }[] }; elements?: { type: string; content: string }[] }[] }[];
    expect(cards).toHaveLength(1);
    const [header, section, context] = cards[0]!.modules;
    expect(cards[0]!.type).toBe('card');
    expect(header).toEqual({ type: 'header', text: { type: 'plain-text', content: 'Member banned' } });
    expect(section!.text!.type).toBe('paragraph');
    expect(section!.text!.cols).toBeLessThanOrEqual(3);
    expect(section!.text!.fields!.every((f) => f.type === 'kmarkdown' && f.content.length <= 5000)).toBe(true);
    expect(section!.text!.fields![0]!.content).toContain('Spam\\*Bot');
    expect(context).toEqual({ type: 'context', elements: [{ type: 'plain-text', content: 'Case #7 · Kookdesk' }] });
    expect(escapeKmd('a*b(c)')).toBe('a\\*b\\(c\\)');
  });
});

describe('ETA from the bucket state', () => {
  const snap = (remaining: number, queued = 0) => ({
    at: 1000, global: { active: false, until: null }, counters: {} as never, halted: false,
    buckets: [{ bucket: 'message/delete', routes: ['message/delete'], known: true, limit: 10, remaining, resetAt: 4000, blockedUntil: null, queued, inFlight: 0 }],
  });
  it('waits out the window, then one window per further limit of requests', () => {
    expect(limiterEta({ snapshot: snap(5), route: 'message/delete', remaining: 5, windowMs: 10_000, averageItemMs: null })).toBe(0);
    expect(limiterEta({ snapshot: snap(5), route: 'message/delete', remaining: 15, windowMs: 10_000, averageItemMs: null })).toBe(3000);
    expect(limiterEta({ snapshot: snap(0, 5), route: 'message/delete', remaining: 25, windowMs: 10_000, averageItemMs: null })).toBe(3000 + 2 * 10_000);
    expect(limiterEta({ snapshot: snap(100), route: 'message/delete', remaining: 10, windowMs: 10_000, averageItemMs: 50 })).toBe(500);
  });
});
