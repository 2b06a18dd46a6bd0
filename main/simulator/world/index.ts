// createWorld: builds (or loads) the state, wires routes, admin acts, traffic and persistence.
import { EventBus } from '../core/bus';
import type { CreateWorld, World, WorldOptions } from '../core/world';
import { createRoutes } from '../routes';
import { addBotToGuild, newBot } from './build';
import { joinGuild, exitGuild, setOnline } from './ops/members';
import { effective } from './perms';
import { loadState, saveState, saveStateSync } from './persist';
import { buildState } from './presets';
import { toMember } from './serialize';
import { Sim } from './sim';
import { Traffic } from './traffic';
import { fail } from '../core/errors';

const SAVE_INTERVAL_MS = 1000;
const HOUR_MS = 3_600_000;

/**
 * The epoch of generated history when none is given: the current hour, not the current ms, so
 * two simulators started with the same seed (within the hour) serve identical worlds, times
 * included (issue 2: "Deterministic from a seed"), while the history still ends recently.
 */
const defaultEpoch = (): number => Math.floor(Date.now() / HOUR_MS) * HOUR_MS;

export const createWorld: CreateWorld = (opts: WorldOptions): World => {
  const epochMs = opts.epochMs ?? defaultEpoch();
  const loaded = opts.dataDir ? loadState(opts.dataDir) : null;
  const sim = new Sim(loaded ?? buildState(opts.seed, opts.preset, epochMs), new EventBus());
  if (!loaded && opts.dataDir) sim.dirty = true;
  const traffic = new Traffic(sim);
  const routes = createRoutes(sim);
  let saving: Promise<void> = Promise.resolve();
  const save = (): Promise<void> => {
    if (!opts.dataDir) return Promise.resolve();
    const dir = opts.dataDir;
    sim.dirty = false;
    saving = saving.then(() => saveState(dir, sim.state)).catch(() => {
      sim.dirty = true;
    });
    return saving;
  };
  const timer = opts.dataDir ? setInterval(() => sim.dirty && void save(), SAVE_INTERVAL_MS) : null;
  timer?.unref();

  const bot = (): { id: string; token: string; name: string } => {
    const id = sim.state.defaultBotId;
    const token = Object.entries(sim.state.tokens).find(([, uid]) => uid === id)?.[0] ?? '';
    return { id, token, name: sim.user(id)?.username ?? 'bot' };
  };

  return {
    bus: sim.bus,
    routes,
    authenticate: (token) => sim.state.tokens[token] ?? null,
    get defaultBot() {
      return bot();
    },
    isMember: (guildId, userId) => sim.isMember(guildId, userId),
    admin: {
      join: (guildId, userId) => joinGuild(sim, guildId, userId),
      leave: (guildId, userId) => {
        const g = sim.guild(guildId);
        if (!sim.member(g, userId)) throw fail.notFound('member');
        exitGuild(sim, g, userId);
      },
      setOnline: (userId, online) => setOnline(sim, userId, online),
      createBot: ({ name, guildIds = [], roleIds = [] }) => {
        const created = newBot(sim.state, name);
        for (const gid of guildIds) {
          const g = sim.guild(gid);
          addBotToGuild(sim.state, g, created.user);
          const m = g.members[created.user.id];
          if (m) m.roles = [...m.roles, ...roleIds.filter((r) => g.roles.some((x) => x.role_id === r) && !m.roles.includes(r))];
        }
        sim.touch();
        return { id: created.user.id, token: created.token };
      },
      reset: ({ seed, preset }) => {
        traffic.stop();
        sim.state = buildState(seed, preset, opts.epochMs ?? defaultEpoch());
        sim.touch();
      },
    },
    traffic: {
      start: (t) => traffic.start(t),
      stop: () => traffic.stop(),
      get rate() {
        return traffic.rate;
      },
    },
    setOrigin: (origin) => {
      sim.origin = origin;
    },
    messageCount: (channelId) => sim.messageCount(sim.channel(channelId)),
    getMember: (guildId, userId) => {
      const g = sim.state.guilds[guildId];
      return g && sim.member(g, userId) ? toMember(sim, g, userId, sim.origin) : null;
    },
    effectivePermissions: (guildId, userId, channelId) => effective(sim, sim.guild(guildId), userId, channelId ? sim.channel(channelId) : undefined),
    save,
    close: async () => {
      traffic.stop();
      if (timer) clearInterval(timer);
      await saving;
      if (opts.dataDir) saveStateSync(opts.dataDir, sim.state);
    },
  };
};
