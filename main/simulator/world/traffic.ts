// The traffic generator: simulated members chat, edit, delete, react, join, leave and change
// presence at `rate` events/s. A 10 ms tick emits rate*dt actions carrying the fractional
// remainder; every action is O(1) so thousands per second stay cheap.
import type { TrafficOptions } from '../core/world';
import { contentContext, userIdOf } from './generate';
import { rngOf, type Rng } from './prng';
import type { Sim } from './sim';
import type { ChannelRec, GuildRec } from './state';
import { EDIT_ADDITIONS, EMOJIS } from './phrases';
import { generateContent } from './content';
import { postMessage, emitUpdated, removeMessage } from './ops/messages';
import { react } from './ops/reactions';
import { exitGuild, joinGuild, setOnline } from './ops/members';

type Action = 'message' | 'edit' | 'delete' | 'reaction' | 'join' | 'leave' | 'presence';
const DEFAULT_MIX: Record<Action, number> = { message: 60, edit: 5, delete: 3, reaction: 20, join: 3, leave: 2, presence: 7 };
const TICK_MS = 10;

export class Traffic {
  private timer: NodeJS.Timeout | null = null;
  private current = 0;
  private budget = 0;
  private last = 0;
  private channels: ChannelRec[] = [];
  private weights: [Action, number][] = [];
  private totalWeight = 0;

  constructor(private readonly sim: Sim) {}

  get rate(): number {
    return this.current;
  }

  start(opts: TrafficOptions): void {
    this.stop();
    if (opts.rate <= 0) return;
    const s = this.sim.state;
    const guildIds = opts.guildId ? [opts.guildId] : s.guildOrder;
    const all = guildIds.flatMap((id) => s.guilds[id]?.channelIds ?? []).map((id) => s.channels[id]).filter((ch): ch is ChannelRec => ch?.type === 1);
    this.channels = opts.channelIds ? all.filter((ch) => opts.channelIds?.includes(ch.id)) : all;
    if (this.channels.length === 0) return;
    this.weights = Object.entries({ ...DEFAULT_MIX, ...opts.mix }).filter((e): e is [Action, number] => (e[1] ?? 0) > 0);
    this.totalWeight = this.weights.reduce((sum, [, w]) => sum + w, 0);
    this.current = opts.rate;
    this.budget = 0;
    this.last = performance.now();
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.current = 0;
  }

  private tick(): void {
    const now = performance.now();
    this.budget += (this.current * (now - this.last)) / 1000;
    this.last = now;
    // After a stall, catch up at most a quarter second's worth.
    const n = Math.min(Math.floor(this.budget), Math.ceil(this.current / 4));
    this.budget = Math.min(this.budget - n, this.current);
    for (let i = 0; i < n; i++) {
      try {
        this.act();
      } catch {
        // A simulated member tripping over a rule is not an error of the simulator.
      }
    }
  }

  private pickAction(r: Rng): Action {
    let roll = r.next() * this.totalWeight;
    for (const [action, w] of this.weights) {
      roll -= w;
      if (roll < 0) return action;
    }
    return 'message';
  }

  private randomMember(r: Rng, g: GuildRec): string | null {
    for (let attempt = 0; attempt < 4; attempt++) {
      const id = userIdOf(this.sim.state, g.gen.userStart + r.int(Math.max(1, Math.min(g.gen.count, 400))));
      if (this.sim.member(g, id)) return id;
    }
    return g.added.find((id) => !this.sim.state.bots.includes(id)) ?? null;
  }

  private act(): void {
    const sim = this.sim;
    // Counted in the persisted state: a restarted demo (same seed, same data folder) goes on
    // where it stopped instead of replaying the messages of its last run.
    const n = (sim.state.counters.traffic ?? 0) + 1;
    sim.state.counters.traffic = n;
    const r = rngOf(sim.seed, 'traffic', n);
    const ch = r.pick(this.channels);
    const g = sim.guild(ch.guild_id);
    const action = this.pickAction(r);
    const last = sim.lastIndex(ch);
    if (action === 'message' || last < 0) {
      const author = this.randomMember(r, g);
      if (!author) return;
      const c = generateContent(r, contentContext(sim.state, g, `t${n}`, Date.now()));
      postMessage(sim, ch, author, c.type, c.content, { attachment: c.attachment, quote: last >= 0 && r.chance(0.05) ? last : null });
    } else if (action === 'edit' || action === 'delete') {
      const rec = sim.msg(ch, last - r.int(Math.min(5, last + 1)));
      if (!rec) return;
      if (action === 'delete') return removeMessage(sim, ch, rec.index);
      // message/update edits KMarkdown and card messages only (REST.md message/update).
      if (rec.type !== 9 && rec.type !== 10) return;
      const target = sim.mutableMsg(ch, rec.index);
      if (target.type === 9) target.content = `${target.content} — ${r.pick(EDIT_ADDITIONS)}`;
      target.updated_at = Date.now();
      emitUpdated(sim, ch, target);
    } else if (action === 'reaction') {
      const user = this.randomMember(r, g);
      if (user) react(sim, ch, last - r.int(Math.min(20, last + 1)), user, r.pick(EMOJIS));
    } else if (action === 'join') {
      joinGuild(sim, g.id);
    } else if (action === 'leave') {
      const candidate = g.added.find((id) => !sim.state.bots.includes(id)) ?? this.randomMember(r, g);
      if (candidate && candidate !== g.user_id && !sim.state.bots.includes(candidate)) exitGuild(sim, g, candidate);
    } else {
      const user = this.randomMember(r, g);
      if (user) setOnline(sim, user, !sim.requireUser(user).online);
    }
  }
}
