// E2E (issue 5 "Tests", inspector): the gateway event inspector in browser mode against a
// simulator (embedded in the test process) — filters (signal, event type, text), pause with the buffered
// counter, a gap marker where the simulator withheld a frame, and export → import → replay of a
// capture whose file never holds the token.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { eventually, openConnected, screenshot, statusBar, type AppPage } from './support/app';
import { HAS_CHROMIUM, launchChromium, SKIP_REASON } from './support/chromium';
import { inspectorState, isFilterEmpty, newestSeq, renderedFrames } from './support/inspector';
import { admin, postAs, TestKook } from './support/kook';
import { startWebServer, type WebServer } from './support/webServer';

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

/** The simulator's world seed: one per e2e file (moderation-actions 21, moderation-jobs 23, this 25). */
const SEED = 25;
/**
 * How long a flow waits for the page to reach a state. Generous on purpose: the suite runs on
 * 2 cores shared by Chromium, browser mode, the simulator and whatever else the machine is doing;
 * every wait polls real state, so a fast machine never waits this long.
 */
const WAIT = { timeout: 20_000 };

describe.skipIf(!HAS_CHROMIUM)('e2e: gateway inspector', { timeout: 90_000 }, () => {
  let web: WebServer;
  let kook: TestKook;
  let browser: Browser;
  let app: AppPage;
  let page: Page;
  let frames: Locator;
  let channelId: string;
  let poster: string;

  beforeAll(async () => {
    [web, kook, browser] = await Promise.all([startWebServer(), TestKook.start('demo', SEED), launchChromium()]);
    const guild = (await kook.guilds()).find((g) => g.name === 'Indie Game Devs');
    if (!guild) throw new Error('no Indie Game Devs');
    channelId = (await kook.textChannel(guild.id, 'general')).id;
    poster = await kook.guildOwner(guild.id);
    app = await openConnected(browser, web.url, kook);
    page = app.page;
    await statusBar(page).getByRole('button', { name: 'Inspector', exact: true }).click();
    const view = page.getByRole('region', { name: 'Gateway inspector' });
    frames = view.getByRole('list', { name: 'Gateway frames' });
    await frames.getByRole('listitem').first().waitFor(WAIT);
  }, 90_000);
  // Every flow starts on the live, unfiltered list: a flow that failed midway must not leave a
  // filter or a pause behind and fail the flows after it (one flake used to fail all four).
  beforeEach(async () => {
    if ((await inspectorState(page)).paused) await page.getByRole('button', { name: 'Resume', exact: true }).click();
    await clearFilters();
    await expect.poll(async () => (await inspectorState(page)).paused, WAIT).toBe(false);
  });
  afterEach(() => expect(app.remoteRequests).toEqual([]));
  afterAll(async () => {
    await app?.close();
    await browser?.close();
    await web?.stop();
    await kook?.close();
  }, 30_000);

  const filterBox = (name: string) => page.getByRole('region', { name: 'Gateway inspector' }).getByRole('textbox', { name });
  /** Clears the filters and waits until the store holds none, so the next change starts from there. */
  const clearFilters = async (): Promise<void> => {
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(async () => isFilterEmpty((await inspectorState(page)).filter), WAIT).toBe(true);
  };
  /** Posts as the guild owner and waits until main pushed the message's frame into the live list. */
  const postAndSee = async (content: string): Promise<void> => {
    const before = newestSeq(await inspectorState(page));
    await postAs(kook.origin, poster, channelId, content);
    await eventually(async () => ((await inspectorState(page)).rows.some((r) => r.seq > before && r.signal === 0) ? true : undefined), `the frame of "${content}"`, WAIT.timeout);
  };

  it('filters by signal, event type and text', async () => {
    const text = `inspect-me ${Date.now()}`;
    const before = newestSeq(await inspectorState(page));
    await postAs(kook.origin, poster, channelId, text);
    // Filter straight away, as a moderator would: main's filtered page may then reach the store
    // before the live push of the same frame (the race that once listed it twice and left stale
    // rows in the DOM). The list filters on the row's fields (channel, author, event type); the
    // JSON shows the text. Each wait polls the rendered rows until they hold: the list re-renders
    // after the store changes, and main's filtered page is merged into the store after that.
    await filterBox('Channel id').fill(channelId);
    await filterBox('User id').fill(poster);
    await expect
      .poll(async () => {
        const shown = await renderedFrames(frames);
        const seqs = shown.map((f) => f.seq);
        return shown.length > 0 && shown.every((f) => f.signal === 0) && new Set(seqs).size === seqs.length && seqs.some((seq) => seq > before);
      }, WAIT)
      .toBe(true);
    // Only the owner's message events in #general are listed; the newest is the one just posted.
    await frames.getByRole('button', { name: /^Frame \d+, signal 0, delivered$/ }).last().click();
    await page.getByRole('region', { name: 'Gateway inspector' }).getByText(text).first().waitFor(WAIT);
    await screenshot(page, 'inspector-filtered');
    await clearFilters();

    // HELLO only.
    await page.getByRole('combobox', { name: 'Signal' }).selectOption('1');
    await expect
      .poll(async () => {
        const shown = await renderedFrames(frames);
        return shown.length > 0 && shown.every((f) => f.signal === 1);
      }, WAIT)
      .toBe(true);
    await clearFilters();

    await filterBox('Event type').fill('no-such-event-type');
    await page.getByText('No frames yet.').waitFor(WAIT);
    await expect.poll(async () => (await renderedFrames(frames)).length, WAIT).toBe(0);
    await clearFilters();
  });

  it('pauses with a counter of buffered frames, and shows them on resume', async () => {
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('button', { name: 'Resume', exact: true }).waitFor(WAIT);
    // Paused from here on: what the store lists and what the page shows must not move.
    const before = await inspectorState(page);
    expect(before.paused).toBe(true);
    const newestShown = Math.max(0, ...(await renderedFrames(frames)).map((f) => f.seq));
    for (let i = 0; i < 3; i += 1) await postAs(kook.origin, poster, channelId, `while paused ${i}`);
    const counter = page.getByRole('status').filter({ hasText: /frames waiting$/ });
    await expect
      .poll(async () => Number((await counter.textContent())?.match(/^(\d+)/)?.[1] ?? 0), WAIT)
      .toBeGreaterThanOrEqual(3);
    expect((await inspectorState(page)).rows.length).toBe(before.rows.length);
    expect(Math.max(0, ...(await renderedFrames(frames)).map((f) => f.seq))).toBe(newestShown);
    await screenshot(page, 'inspector-paused');

    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    // The held frames join the list, which follows the newest again and shows them.
    await expect.poll(async () => (await inspectorState(page)).rows.length, WAIT).toBeGreaterThanOrEqual(before.rows.length + 3);
    await expect.poll(async () => Math.max(0, ...(await renderedFrames(frames)).map((f) => f.seq)), WAIT).toBeGreaterThan(newestShown);
    await expect(counter.count()).resolves.toBe(0);
  });

  it('marks the gap where the simulator withheld a frame', async () => {
    await admin(kook.origin, 'faults/gateway', { kind: 'withhold', count: 1 });
    await postAs(kook.origin, poster, channelId, 'withheld one');
    await postAs(kook.origin, poster, channelId, 'after the gap');
    const badge = frames.getByLabel(/^Gap: sn \d+–\d+ missing before this frame$/);
    await badge.first().waitFor(WAIT);
    await screenshot(page, 'inspector-gap');
  });

  it('exports a capture without the token, imports it and replays it', async () => {
    // Its own frame, seen live first: once the renderer has it, main has recorded it for export.
    const marker = `capture-me ${Date.now()}`;
    await postAndSee(marker);
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.getByRole('button', { name: 'Export capture' }).click()]);
    const file = await download.path();
    const content = readFileSync(file, 'utf8');
    const lines = content.trim().split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(content).not.toContain(kook.token);
    expect(content).toContain(marker);

    await page.getByLabel('Import capture').setInputFiles(file);
    const imported = page.getByText(/^Imported \d+ frames$/);
    await imported.waitFor(WAIT);
    // The header line is not a frame.
    expect(Number((await imported.textContent())?.match(/\d+/)?.[0])).toBe(lines.length - 1);
    await page.getByRole('combobox', { name: 'Replay speed' }).selectOption('20');
    await page.getByRole('button', { name: 'Replay', exact: true }).click();
    await page.getByText('Replay finished').waitFor({ timeout: 45_000 });
    await screenshot(page, 'inspector-replay');
  });
});
