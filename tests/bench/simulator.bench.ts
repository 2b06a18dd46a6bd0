// Simulator benchmarks (issue 2): traffic throughput to one raw client, cold start of the CLI,
// and deep pages of the big preset.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { startSimulator } from '../../main/simulator';
import { type Bench, median, round } from './harness';

async function getJson(url: string, token: string): Promise<{ code: number; data: Record<string, unknown> }> {
  const res = await fetch(url, { headers: { Authorization: `Bot ${token}` } });
  return (await res.json()) as { code: number; data: Record<string, unknown> };
}

/** sim_events_per_s: events the traffic generator delivers to one raw client over 10 s. */
const eventsPerSecond: Bench = async () => {
  const sim = await startSimulator({ port: 0, seed: 1, preset: 'demo', rateLimitProfile: 'none' });
  try {
    const gw = await getJson(`${sim.apiBase}/gateway/index?compress=0`, sim.token);
    const ws = new WebSocket(String(gw.data.url));
    let events = 0;
    ws.on('message', (data) => {
      // Cheap check: count event frames without parsing every one.
      if (String(data).startsWith('{"s":0')) events++;
    });
    await new Promise<void>((resolve) => ws.once('message', () => resolve()));
    sim.world.traffic.start({ rate: 12_000 });
    await new Promise((r) => setTimeout(r, 1000)); // warm-up
    const start = events;
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, 10_000));
    const perSecond = ((events - start) * 1000) / (performance.now() - t0);
    sim.world.traffic.stop();
    ws.terminate();
    return {
      rows: [{ name: 'sim_events_per_s', value: Math.round(perSecond), unit: 'ev/s', target: '>= 5000' }],
      metrics: { sim_events_per_s: Math.round(perSecond) },
    };
  } finally {
    await sim.close();
  }
};

/** sim_start_ms: median of 5 cold starts of the built CLI (demo preset) until user/me answers. */
const coldStart: Bench = async () => {
  if (!existsSync('out/sim/cli.js')) throw new Error('run `npm run build` first (npm run bench does)');
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['out/sim/cli.js', '--port', '0', '--preset', 'demo', '--seed', '1', '--rate', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const info = await new Promise<{ origin: string; token: string }>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const ready = /READY (\S+)/.exec(out);
        const token = /Authorization: Bot (\S+)/.exec(out);
        if (ready?.[1] && token?.[1]) resolve({ origin: ready[1], token: token[1] });
      });
      child.once('exit', (code) => reject(new Error(`simulator exited with ${code}: ${out}`)));
    });
    try {
      const me = await getJson(`${info.origin}/api/v3/user/me`, info.token);
      if (me.code !== 0) throw new Error(`user/me failed: ${JSON.stringify(me)}`);
      times.push(performance.now() - t0);
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }
  const ms = round(median(times), 1);
  return { rows: [{ name: 'sim_start_ms', value: ms, unit: 'ms', target: '<= 2000' }], metrics: { sim_start_ms: ms } };
};

/** sim_big_page_ms: median time of message/list and guild/user-list pages deep inside the big preset. */
const bigPages: Bench = async () => {
  const sim = await startSimulator({ port: 0, seed: 1, preset: 'big', rateLimitProfile: 'none' });
  try {
    const guilds = await getJson(`${sim.apiBase}/guild/list?page_size=50`, sim.token);
    const items = (guilds.data.items ?? []) as { id: string }[];
    let bigGuild = '';
    let bigChannel = '';
    for (const g of items) {
      const list = await getJson(`${sim.apiBase}/guild/user-list?guild_id=${g.id}&page_size=1`, sim.token);
      if (Number(list.data.user_count) >= 100_000) bigGuild = g.id;
    }
    const channels = await getJson(`${sim.apiBase}/channel/list?guild_id=${bigGuild}&page_size=50`, sim.token);
    // The 100k-message channel: find it by walking back from the latest page of each text channel.
    for (const c of (channels.data.items ?? []) as { id: string; type: number }[]) {
      if (c.type !== 1) continue;
      const latest = await getJson(`${sim.apiBase}/message/list?target_id=${c.id}&page_size=100`, sim.token);
      const msgs = (latest.data.items ?? []) as unknown[];
      if (msgs.length === 100 && !bigChannel) bigChannel = c.id;
    }
    // Walk to a message in the middle of the channel with repeated before-pages (100 per page).
    let cursor = '';
    for (let i = 0; i < 500; i++) {
      const page = await getJson(
        `${sim.apiBase}/message/list?target_id=${bigChannel}&page_size=100${cursor ? `&flag=before&msg_id=${cursor}` : ''}`,
        sim.token,
      );
      const msgs = (page.data.items ?? []) as { id: string; create_at: number }[];
      if (!msgs.length) break;
      cursor = msgs.reduce((a, b) => (a.create_at <= b.create_at ? a : b)).id;
    }
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await getJson(`${sim.apiBase}/message/list?target_id=${bigChannel}&msg_id=${cursor}&flag=${i % 2 ? 'before' : 'around'}&page_size=50`, sim.token);
      times.push(performance.now() - t0);
      const t1 = performance.now();
      await getJson(`${sim.apiBase}/guild/user-list?guild_id=${bigGuild}&page=${1000 + i * 17}&page_size=50&joined_at=1`, sim.token);
      times.push(performance.now() - t1);
    }
    const ms = round(median(times), 2);
    return { rows: [{ name: 'sim_big_page_ms', value: ms, unit: 'ms', target: '<= 20' }], metrics: { sim_big_page_ms: ms } };
  } finally {
    await sim.close();
  }
};

export const simBenches: Bench[] = [coldStart, bigPages, eventsPerSecond];
