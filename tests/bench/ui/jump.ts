// jump_to_message_ratio (issue 4 "Benchmarks"): jumps by message link in the 100,000-message
// channel through the 80 ms latency profile, timed in the page from Enter in the jump box to the
// highlighted row plus two animation frames, against the raw `message/list?flag=around` round trip.
import { performance } from 'node:perf_hooks';
import { median } from '../harness';
import { type BigGuild, inPage, itemsOf, simGet } from './app';
import type { UiStack } from './stack';

const JUMPS = 20;

/** Every message id of the channel, oldest first, walked through REST `before` pages (no latency). */
export async function channelIds(stack: UiStack, channelId: string): Promise<string[]> {
  const pages: string[][] = [];
  let page = itemsOf(await simGet(stack, `message/list?target_id=${channelId}&page_size=100`)).map((m) => String(m.id));
  while (page.length > 0) {
    pages.push(page);
    const oldest = page[0] ?? '';
    page = itemsOf(await simGet(stack, `message/list?target_id=${channelId}&msg_id=${oldest}&flag=before&page_size=100`)).map((m) => String(m.id));
  }
  return pages.reverse().flat();
}

/** `count` ids spread evenly through the channel, skipping both ends. */
export function spreadIds(all: readonly string[], count: number): string[] {
  const step = all.length / (count + 1);
  return Array.from({ length: count }, (_, i) => all[Math.floor(step * (i + 1))] ?? '').filter(Boolean);
}

/** Installs a waiter for one jump: Enter in the jump box starts the clock; the highlighted row plus two frames stops it. */
const ARM_JUMP = `(msgId) => {
  const input = document.querySelector('input[aria-label="Jump to message"]');
  let t0 = 0;
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter' && t0 === 0) t0 = performance.now(); }, { capture: true });
  const selector = '[data-msg-id="' + msgId + '"][data-highlighted="true"]';
  window.__kdJump = new Promise((resolve) => {
    setTimeout(() => resolve(-1), 15000);
    const observer = new MutationObserver(() => {
      if (t0 === 0 || !document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-highlighted'] });
  });
  return true;
}`;

export interface JumpResult {
  appMs: number;
  rawMs: number;
  ratio: number;
}

async function rawAround(stack: UiStack, channelId: string, msgId: string): Promise<number> {
  const t0 = performance.now();
  await simGet(stack, `message/list?target_id=${channelId}&msg_id=${msgId}&flag=around&page_size=50`);
  return performance.now() - t0;
}

/** Expects the app connected with `big.firehoseId` open and the latency profile already set. */
export async function measureJumps(stack: UiStack, big: BigGuild, ids: readonly string[]): Promise<JumpResult> {
  const { page } = stack;
  const targets = spreadIds(ids, JUMPS);
  const box = page.getByLabel('Jump to message');
  // Warm-up: one jump and raw call that are not counted (first-use costs on both sides).
  const warm = ids[Math.floor(ids.length / 3) + 7] ?? '';
  await rawAround(stack, big.firehoseId, warm);
  await jumpOnce(stack, big, box, warm);
  const app: number[] = [];
  const raw: number[] = [];
  for (const msgId of targets) {
    raw.push(await rawAround(stack, big.firehoseId, msgId));
    app.push(await jumpOnce(stack, big, box, msgId));
  }
  const appMs = median(app);
  const rawMs = median(raw);
  return { appMs, rawMs, ratio: appMs / rawMs };
}

async function jumpOnce(stack: UiStack, big: BigGuild, box: ReturnType<UiStack['page']['getByLabel']>, msgId: string): Promise<number> {
  await box.fill(`https://www.kookapp.cn/app/channels/${big.guildId}/${big.firehoseId}/${msgId}`);
  await inPage(stack.page, ARM_JUMP, msgId);
  await box.press('Enter');
  const ms = await stack.page.evaluate('window.__kdJump');
  if (typeof ms !== 'number' || ms < 0) throw new Error(`jump to ${msgId} did not highlight its row within 15 s`);
  return ms;
}
