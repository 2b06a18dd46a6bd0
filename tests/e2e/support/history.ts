// The whole history of a simulator channel, oldest first, read page by page through REST
// (`flag=before`), so a test can tell which part of it the page is showing.
import type { Page } from 'playwright-core';
import type { Message, TestKook } from './kook';

export async function wholeHistory(kook: TestKook, channelId: string): Promise<Message[]> {
  const all: Message[] = [];
  let page = await kook.messages(channelId);
  while (page.length > 0) {
    const sorted = [...page].sort((a, b) => a.create_at - b.create_at);
    all.unshift(...sorted);
    if (page.length < 100) break;
    const oldest = sorted[0];
    if (!oldest) break;
    page = await kook.messages(channelId, { msg_id: oldest.id, flag: 'before' });
  }
  return all;
}

/** Positions (in `ids`, oldest first) of the message rows rendered now, lowest and highest. */
export async function renderedSpan(page: Page, index: Map<string, number>): Promise<{ min: number; max: number; count: number }> {
  const ids = await page.locator('[data-msg-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-msg-id') ?? ''));
  const at = ids.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
  return { min: Math.min(...at), max: Math.max(...at), count: at.length };
}
