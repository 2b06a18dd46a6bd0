// Driving the app in the page: connecting with a pasted token and base URL, the simulator's REST
// seen from Node, and small in-page evaluations. In-page code is passed as source text so the
// TypeScript loader's helpers never leak into the browser.
import type { Page } from 'playwright-core';
import type { UiStack } from './stack';

export interface BigGuild {
  guildId: string;
  /** The 100,000-message channel. */
  firehoseId: string;
  /** A small text channel for the live-traffic run. */
  generalId: string;
}

interface Envelope {
  code: number;
  message?: string;
  data: unknown;
}

/** One REST call straight to the simulator (through its latency profile), answer checked. */
export async function simGet(stack: UiStack, pathAndQuery: string): Promise<unknown> {
  const res = await fetch(`${stack.sim.apiBase}/${pathAndQuery}`, { headers: { Authorization: `Bot ${stack.sim.token}` } });
  const body = (await res.json()) as Envelope;
  if (body.code !== 0) throw new Error(`${pathAndQuery}: code ${body.code} ${body.message ?? ''}`);
  return body.data;
}

export function itemsOf(data: unknown): Record<string, unknown>[] {
  const items = (data as { items?: unknown }).items;
  return Array.isArray(items) ? (items as Record<string, unknown>[]) : [];
}

export async function findBigGuild(stack: UiStack): Promise<BigGuild> {
  const guildId = String(itemsOf(await simGet(stack, 'guild/list?page_size=50'))[0]?.id ?? '');
  const channels = itemsOf(await simGet(stack, `channel/list?guild_id=${guildId}&page_size=50`));
  const byName = (name: string): string => String(channels.find((c) => c.name === name)?.id ?? '');
  const big = { guildId, firehoseId: byName('firehose'), generalId: byName('general') };
  if (!big.guildId || !big.firehoseId || !big.generalId) throw new Error(`big preset layout changed: ${JSON.stringify(big)}`);
  return big;
}

/** The start screen's "Connect a bot": token pasted, simulator base URL under Advanced. */
export async function connectBot(stack: UiStack): Promise<void> {
  const { page, sim } = stack;
  await page.goto(stack.appUrl);
  const form = page.getByRole('form', { name: 'Connect a bot' });
  await form.getByLabel('Bot token').fill(sim.token);
  await form.getByText('Advanced').click();
  await form.getByLabel('API base URL (optional)').fill(sim.apiBase);
  await form.getByRole('button', { name: 'Connect' }).click();
  await page.getByRole('button', { name: 'Text channel firehose' }).waitFor({ timeout: 30_000 });
}

export async function openChannel(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Text channel ${name}` }).click();
  await page.locator('[data-msg-id]').first().waitFor({ timeout: 30_000 });
}

/** Runs `fn` (JavaScript source of a function) in the page with one JSON argument. */
export async function inPage<T>(page: Page, fn: string, arg: unknown = null): Promise<T> {
  return (await page.evaluate(`(${fn})(${JSON.stringify(arg)})`)) as T;
}

/** Waits until two animation frames have passed in the page (layout and paint settled). */
export const TWO_FRAMES = `() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))))`;

/** The store's view of a channel's reader block, through the browser-mode bench hook. */
export const READER_BLOCK = `(channelId) => {
  const s = window.__kookdeskBench.getState();
  const h = s.histories.get(channelId);
  if (!h) return { held: 0, reachedOldest: false, reachedLatest: false, blocks: 0 };
  const b = h.blocks.find((x) => x.id === h.activeBlock);
  return { held: b ? b.ids.length : 0, reachedOldest: b ? b.reachedOldest : false, reachedLatest: b ? b.reachedLatest : false, blocks: h.blocks.length };
}`;

export interface ReaderBlock {
  held: number;
  reachedOldest: boolean;
  reachedLatest: boolean;
  blocks: number;
}
