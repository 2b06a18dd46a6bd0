import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GuildDetail, GuildSummary, MessagePage, SessionState } from '../../../shared/ipc';
import { type Harness, startHarness, waitFor } from './harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

/** The simulator reports bots online from the start (see the report); a bot nobody runs is offline. */
const botOffline = () => h.admin('presence', { user_id: h.sim.botId, online: false });

describe('session.connect', () => {
  it('refuses a wrong token with auth-failed and keeps no profile', async () => {
    const wrong = `${h.sim.token.slice(0, -4)}XXXX`;
    const r = await h.raw('session:connect', { name: 'Wrong', token: wrong, baseUrl: h.sim.apiBase });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('auth-failed');
    expect(await h.call('session:listProfiles')).toEqual([]);
    expect(h.transcript.join('\n')).not.toContain(wrong);
  });

  it('validates the token, stores the profile and opens the gateway when the bot is offline elsewhere', async () => {
    await botOffline();
    const state = await h.call<SessionState>('session:connect', { name: 'Sim', token: h.sim.token, baseUrl: h.sim.apiBase });
    expect(state.bot?.id).toBe(h.sim.botId);
    expect(state.observer).toBe(false);
    expect(state.vaultWarning).toBe(true);
    await waitFor(() => h.ctx.state().connection === 'connected', 5000, 'gateway connected');
    expect(h.ctx.state().sessionId).toMatch(/.+/);
    const profiles = await h.call<{ id: string; tokenStorage: string; baseUrl: string }[]>('session:listProfiles');
    expect(profiles).toEqual([expect.objectContaining({ tokenStorage: 'memory', baseUrl: h.sim.apiBase, kind: 'bot' })]);
    // a pushed session.state reached the subscriber in a batch
    await waitFor(() => h.events().some((e) => e.type === 'session.state' && e.payload.connection === 'connected'), 2000, 'state push');
    expect(h.transcript.join('\n')).not.toContain(h.sim.token);
  });

  it('accepts a bare origin as base URL and reconnects a stored profile from the vault', async () => {
    await botOffline();
    const first = await h.call<SessionState>('session:connect', { name: 'Sim', token: h.sim.token, baseUrl: h.sim.origin });
    await h.call('session:disconnect');
    expect(h.ctx.state().connection).toBe('idle');
    const again = await h.call<SessionState>('session:connectProfile', { profileId: first.profile?.id ?? '' });
    expect(again.bot?.id).toBe(h.sim.botId);
  });

  it('answers not-connected before any connect', async () => {
    const r = await h.raw('guilds:list');
    expect(r.ok ? null : r.error.code).toBe('not-connected');
  });
});

describe('live data over dispatch', () => {
  beforeEach(async () => {
    await botOffline();
    await h.call('session:connect', { name: 'Sim', token: h.sim.token, baseUrl: h.sim.apiBase });
    await waitFor(() => h.ctx.state().connection === 'connected', 5000, 'gateway connected');
  });

  it('lists guilds and computes the bot permissions the simulator computes', async () => {
    const guilds = await h.call<GuildSummary[]>('guilds:list');
    expect(guilds.length).toBeGreaterThan(0);
    const guild = guilds[0]!;
    const detail = await h.call<GuildDetail>('guilds:view', { guildId: guild.id });
    expect(detail.channels.length).toBeGreaterThan(0);
    expect(detail.botPermissions).toBe(h.sim.world.effectivePermissions(guild.id, h.sim.botId));
    const own = h.sim.world.getMember(guild.id, h.sim.botId)?.roles ?? [];
    const positions = detail.roles.filter((r) => own.includes(r.role_id)).map((r) => r.position);
    expect(detail.botTopPosition).toBe(Math.min(...positions));
  });

  it('pages history, views, sends and deletes a message, and pushes the live create in a batch', async () => {
    const guild = (await h.call<GuildSummary[]>('guilds:list'))[0]!;
    const detail = await h.call<GuildDetail>('guilds:view', { guildId: guild.id });
    const text = detail.channels.filter((c) => c.type === 1 && !c.is_category);
    const latest = await h.call<MessagePage>('messages:list', { channelId: text[0]!.id, pageSize: 20 });
    expect(latest.flag).toBe('latest');
    expect(latest.items.length).toBeGreaterThan(0);
    expect(latest.items.every((m) => m.channel_id === text[0]!.id)).toBe(true);
    const oldest = latest.items[0]!;
    const before = await h.call<MessagePage>('messages:list', { channelId: text[0]!.id, flag: 'before', msgId: oldest.id, pageSize: 20 });
    expect(before.items.every((m) => m.create_at <= oldest.create_at)).toBe(true);
    const viewed = await h.call<{ id: string; channel_id: string }>('messages:view', { msgId: oldest.id });
    expect(viewed).toMatchObject({ id: oldest.id, channel_id: text[0]!.id });

    // a member posts through the simulator's admin API: it arrives as a batched push event
    const members = await h.call<{ items: { id: string; bot: boolean }[] }>('members:list', { guildId: guild.id, pageSize: 50 });
    const human = members.items.find((m) => !m.bot)!;
    await h.call('channels:watch', { channelIds: [text[0]!.id] });
    let posted: string | null = null;
    for (const c of text) {
      const res = await fetch(`${h.sim.origin}/_sim/act`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ as: human.id, path: 'message/create', params: { target_id: c.id, content: 'hello from a member', type: 9 } }),
      });
      if (((await res.json()) as { code: number }).code === 0) {
        posted = c.id;
        break;
      }
    }
    expect(posted).not.toBeNull();
    const created = await waitFor(
      () => h.events().find((e) => e.type === 'message.created' && e.payload.message.content === 'hello from a member'),
      5000, 'message.created push',
    );
    expect(created.type === 'message.created' && created.payload).toMatchObject({ guildId: guild.id, message: { channel_id: posted, author: { id: human.id } } });

    const sent = await h.call<{ msgId: string }>('messages:send', { channelId: posted!, type: 9, content: 'from the bot' });
    await h.call('messages:delete', { msgId: sent.msgId });
    await waitFor(() => h.events().some((e) => e.type === 'message.deleted' && e.payload.id === sent.msgId), 5000, 'message.deleted push');
    expect(h.transcript.join('\n')).not.toContain(h.sim.token);
  });

  it('lists, views and renames members and manages roles', async () => {
    const guild = (await h.call<GuildSummary[]>('guilds:list'))[0]!;
    const page = await h.call<{ items: { id: string; username: string; bot: boolean }[]; total: number; userCount: number }>('members:list', {
      guildId: guild.id, page: 1, pageSize: 10, sort: 'joined-asc',
    });
    expect(page.items.length).toBe(10);
    expect(page.userCount).toBeGreaterThanOrEqual(page.items.length);
    const target = page.items.find((m) => !m.bot && m.id !== guild.user_id)!;
    const searched = await h.call<{ items: { id: string }[] }>('members:list', { guildId: guild.id, search: target.username });
    expect(searched.items.map((m) => m.id)).toContain(target.id);
    expect(await h.call('members:view', { guildId: guild.id, userId: target.id })).toMatchObject({ id: target.id });

    const role = await h.call<{ role_id: number; name: string }>('roles:create', { guildId: guild.id, name: 'Helpers' });
    const updated = await h.call<{ permissions: number; hoist: number }>('roles:update', { guildId: guild.id, roleId: role.role_id, permissions: 4096, hoist: true });
    expect(updated).toMatchObject({ permissions: 4096, hoist: 1 });
    expect(await h.call<number[]>('roles:grant', { guildId: guild.id, userId: target.id, roleId: role.role_id })).toContain(role.role_id);
    expect(await h.call<number[]>('roles:revoke', { guildId: guild.id, userId: target.id, roleId: role.role_id })).not.toContain(role.role_id);
    await h.call('roles:delete', { guildId: guild.id, roleId: role.role_id });
    const roles = await h.call<{ role_id: number }[]>('roles:list', { guildId: guild.id });
    expect(roles.map((r) => r.role_id)).not.toContain(role.role_id);
    await waitFor(() => h.events().some((e) => e.type === 'role.changed' && e.payload.change === 'deleted'), 5000, 'role.changed push');

    const renamed = await h.raw('members:setNickname', { guildId: guild.id, userId: target.id, nickname: 'Renamed' });
    if (renamed.ok) {
      expect(h.sim.world.getMember(guild.id, target.id)?.nickname).toBe('Renamed');
      await waitFor(() => h.events().some((e) => e.type === 'member.updated' && e.payload.userId === target.id), 5000, 'member.updated push');
    } else {
      // the bot may rank below this member: then KOOK's answer is a typed permission error
      expect(['missing-permission', 'kook-error']).toContain(renamed.error.code);
    }
  });
});

describe('gaps', () => {
  it('backfills watched channels after an unresumed gap and pushes history.gap', async () => {
    await botOffline();
    await h.call('session:connect', { name: 'Sim', token: h.sim.token, baseUrl: h.sim.apiBase });
    await waitFor(() => h.ctx.state().connection === 'connected', 5000, 'gateway connected');
    const guild = (await h.call<GuildSummary[]>('guilds:list'))[0]!;
    const channel = (await h.call<GuildDetail>('guilds:view', { guildId: guild.id })).channels.find((c) => c.type === 1 && !c.is_category)!;
    await h.call('channels:watch', { channelIds: [channel.id] });
    // the session is forgotten (RECONNECT 40108): sn restarts, what the old session held is lost
    await h.admin('faults/gateway', { kind: 'reconnect', code: 40108 });
    await h.admin('act', { as: guild.user_id, path: 'message/create', params: { target_id: channel.id, content: 'during the gap', type: 9 } });
    const gap = await waitFor(() => h.events().find((e) => e.type === 'history.gap' && e.payload.channelId === channel.id), 8000, 'history.gap');
    expect(gap.type === 'history.gap' && gap.payload.until).toBeGreaterThanOrEqual(gap.type === 'history.gap' ? gap.payload.since : 0);
    await waitFor(() => h.events().some((e) => e.type === 'message.created' && e.payload.message.content === 'during the gap'), 8000, 'recovered message');
  });
});

describe('observer mode', () => {
  it('does not open a gateway when the bot is online elsewhere, polls watched channels, and can switch to live', async () => {
    await h.admin('presence', { user_id: h.sim.botId, online: true });
    const state = await h.call<SessionState>('session:connect', { name: 'Sim', token: h.sim.token, baseUrl: h.sim.apiBase });
    expect(state).toMatchObject({ observer: true, connection: 'observer', sessionId: null });
    expect(h.sim.gateway.control.sessions()).toEqual([]);

    const guild = (await h.call<GuildSummary[]>('guilds:list'))[0]!;
    const detail = await h.call<GuildDetail>('guilds:view', { guildId: guild.id });
    const channel = detail.channels.find((c) => c.type === 1 && !c.is_category)!;
    await h.call('channels:watch', { channelIds: [channel.id] });
    await h.ctx.session().pollNow(); // anchors the channel
    await h.admin('act', { as: guild.user_id, path: 'message/create', params: { target_id: channel.id, content: 'seen by polling', type: 9 } });
    await waitFor(() => h.events().some((e) => e.type === 'message.created' && e.payload.message.content === 'seen by polling'), 5000, 'polled message');

    const live = await h.call<SessionState>('session:useObserverMode', { observer: false });
    expect(live.observer).toBe(false);
    await waitFor(() => h.ctx.state().connection === 'connected', 5000, 'gateway connected');
  });
});
