// dom_rows_max (issue 4 "Benchmarks"): with all 100,000 messages of a channel in the store (and,
// separately, all 100,000 members), scroll the list end to end and count rendered rows at each step.
import type { Page } from 'playwright-core';
import { inPage, READER_BLOCK, type ReaderBlock } from './app';

const STEPS = 120;

/**
 * Pages older history in until the reader's block reaches the channel's oldest message. The
 * settings view is shown meanwhile so the pane does not lay out 2,000 intermediate states; the
 * history stays in the store and the pane shows it again afterwards.
 */
export async function loadWholeChannel(page: Page, channelId: string, limitMs: number): Promise<ReaderBlock> {
  await inPage(page, `async (channelId) => { await window.__kookdeskBench.getState().jumpToLatest(channelId); return true; }`, channelId);
  await inPage(page, `() => { window.__kookdeskBench.getState().setView('settings'); return true; }`);
  const block = await inPage<ReaderBlock>(
    page,
    `async ([channelId, limitMs]) => {
      const t0 = performance.now();
      const block = ${READER_BLOCK};
      while (!block(channelId).reachedOldest && performance.now() - t0 < limitMs) {
        await window.__kookdeskBench.getState().loadOlder(channelId, { manual: true });
      }
      return block(channelId);
    }`,
    [channelId, limitMs],
  );
  await inPage(page, `() => { window.__kookdeskBench.getState().setView('channel'); return true; }`);
  await page.locator('[data-msg-id]').first().waitFor({ timeout: 30_000 });
  return block;
}

/** Pages the member list in (panel hidden meanwhile, as above) until the server has no more pages. */
export async function loadAllMembers(page: Page, limitMs: number): Promise<number> {
  await page.getByRole('button', { name: 'Show or hide members' }).click();
  const held = await inPage<number>(
    page,
    `async (limitMs) => {
      const t0 = performance.now();
      const hook = window.__kookdeskBench;
      while (hook.getState().memberPage < hook.getState().memberPageTotal && performance.now() - t0 < limitMs) {
        await hook.getState().loadMoreMembers();
        if (hook.getState().membersError) break;
      }
      return hook.getState().memberItems.length;
    }`,
    limitMs,
  );
  await page.getByRole('button', { name: 'Show or hide members' }).click();
  await page.locator('.kd-member-row').first().waitFor({ timeout: 30_000 });
  return held;
}

/** Scrolls `scroller` from top to bottom in even steps; the most `rows` matched at any step. */
export async function maxRowsWhileScrolling(page: Page, scroller: string, rows: string): Promise<number> {
  return inPage<number>(
    page,
    `async ([scroller, rows, steps]) => {
      const el = document.querySelector(scroller);
      if (!el) throw new Error('no ' + scroller);
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      let max = 0;
      const count = () => { max = Math.max(max, document.querySelectorAll(rows).length); };
      el.scrollTop = 0;
      await frame(); count();
      for (let i = 1; i <= steps; i++) {
        el.scrollTop = ((el.scrollHeight - el.clientHeight) * i) / steps;
        await frame(); count();
      }
      // And back up, for lists that re-measure rows on the way.
      for (let i = steps; i >= 0; i -= 4) {
        el.scrollTop = ((el.scrollHeight - el.clientHeight) * i) / steps;
        await frame(); count();
      }
      return max;
    }`,
    [scroller, rows, STEPS],
  );
}
