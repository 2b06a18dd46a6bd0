// live_events_ratio and long_tasks_over_50ms (issue 4 "Benchmarks"): the simulator offers 2,000
// message events per second into the open channel for 10 s; messages that reached the reader's
// block in the store ÷ messages offered, a sample checked in the DOM, long tasks counted.
import type { Page } from 'playwright-core';
import { inPage, READER_BLOCK, type ReaderBlock } from './app';
import type { UiStack } from './stack';

const RATE = 2000;
const RUN_MS = 10_000;
const DRAIN_LIMIT_MS = 10_000;

export interface LiveResult {
  offered: number;
  rendered: number;
  ratio: number;
  longTasks: number;
  newestInDom: boolean;
}

const ARM_LONG_TASKS = `() => {
  window.__kdLongTasks = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.duration > 50) window.__kdLongTasks++;
  });
  observer.observe({ type: 'longtask' });
  window.__kdLongTaskObserver = observer;
  return true;
}`;

const STOP_LONG_TASKS = `() => { window.__kdLongTaskObserver.disconnect(); return window.__kdLongTasks; }`;

async function held(page: Page, channelId: string): Promise<ReaderBlock> {
  return inPage<ReaderBlock>(page, READER_BLOCK, channelId);
}

/** The reader's newest message id (the run counts what arrives after it). */
const NEWEST_ID = `(channelId) => {
  const h = window.__kookdeskBench.getState().histories.get(channelId);
  const b = h && h.blocks.find((x) => x.id === h.activeBlock);
  const chunk = b && b.ids.chunks[b.ids.chunks.length - 1];
  return (chunk && chunk[chunk.length - 1]) || null;
}`;

/**
 * Messages of the reader's block after `sinceId`: what the live stream delivered. (Counting the
 * whole block would also count an older page auto-loaded at the top meanwhile.)
 */
const DELIVERED_SINCE = `([channelId, sinceId]) => {
  const h = window.__kookdeskBench.getState().histories.get(channelId);
  const b = h && h.blocks.find((x) => x.id === h.activeBlock);
  if (!b) return 0;
  const ids = b.ids.chunks.flat();
  const at = ids.lastIndexOf(sinceId);
  return at < 0 ? 0 : ids.length - 1 - at;
}`;

/** Expects the channel open, pinned at the bottom, with no latency profile. */
export async function measureLiveEvents(stack: UiStack, guildId: string, channelId: string): Promise<LiveResult> {
  const { page, sim } = stack;
  const before = await held(page, channelId);
  if (!before.reachedLatest) throw new Error('the reader is not in the latest block');
  const sinceId = await inPage<string | null>(page, NEWEST_ID, channelId);
  if (sinceId === null) throw new Error('the reader holds no message to count from');
  const offeredBefore = sim.world.messageCount(channelId);
  await inPage(page, ARM_LONG_TASKS);
  sim.world.traffic.start({
    rate: RATE,
    guildId,
    channelIds: [channelId],
    mix: { message: 1, edit: 0, delete: 0, reaction: 0, join: 0, leave: 0, presence: 0 },
  });
  await new Promise((r) => setTimeout(r, RUN_MS));
  sim.world.traffic.stop();
  const offered = sim.world.messageCount(channelId) - offeredBefore;
  // Let what is in flight arrive: stop when the count holds still for a second.
  let rendered = 0;
  const drainStart = Date.now();
  for (let last = -1; Date.now() - drainStart < DRAIN_LIMIT_MS; ) {
    rendered = await inPage<number>(page, DELIVERED_SINCE, [channelId, sinceId]);
    if (rendered === last || rendered >= offered) break;
    last = rendered;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const longTasks = await inPage<number>(page, STOP_LONG_TASKS);
  const newestInDom = await inPage<boolean>(
    page,
    `async (channelId) => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const h = window.__kookdeskBench.getState().histories.get(channelId);
      const b = h && h.blocks.find((x) => x.id === h.activeBlock);
      const chunk = b && b.ids.chunks[b.ids.chunks.length - 1];
      const newest = chunk && chunk[chunk.length - 1];
      return !!newest && document.querySelector('[data-msg-id="' + newest + '"]') !== null;
    }`,
    channelId,
  );
  return { offered, rendered, ratio: offered > 0 ? rendered / offered : 0, longTasks, newestInDom };
}
