// UI benchmarks (issue 4 "Benchmarks") in Debian Chromium through browser mode against the big
// preset: jumps and member searches under the 80 ms latency profile (ratios against raw REST
// round trips measured side by side), live traffic into the open channel, rendered rows over
// 100,000 held messages and members, and the renderer bundle's gzipped size.
import { type Bench, round } from './harness';
import { connectBot, findBigGuild, openChannel } from './ui/app';
import { rendererBundleKb } from './ui/bundle';
import { loadAllMembers, loadWholeChannel, maxRowsWhileScrolling } from './ui/domRows';
import { channelIds, measureJumps } from './ui/jump';
import { measureLiveEvents } from './ui/liveEvents';
import { measureMemberSearch } from './ui/memberSearch';
import { startUiStack } from './ui/stack';

const LATENCY_MS = 80;
/** Per list; a list not fully loaded by then is still scrolled, and its row names how much was held. */
const LOAD_LIMIT_MS = 60_000;

const uiBench: Bench = async () => {
  const bundleKb = round(rendererBundleKb(), 1);
  const stack = await startUiStack();
  try {
    const big = await findBigGuild(stack);
    await connectBot(stack);
    await openChannel(stack.page, 'firehose');
    const ids = await channelIds(stack, big.firehoseId);

    await stack.setLatency(LATENCY_MS);
    const jump = await measureJumps(stack, big, ids);
    await stack.setLatency(0);
    const search = await measureMemberSearch(stack, big, () => stack.setLatency(LATENCY_MS));
    await stack.setLatency(0);

    await openChannel(stack.page, 'general');
    const live = await measureLiveEvents(stack, big.guildId, big.generalId);

    await openChannel(stack.page, 'firehose');
    const channel = await loadWholeChannel(stack.page, big.firehoseId, LOAD_LIMIT_MS);
    const messageRows = await maxRowsWhileScrolling(stack.page, '.kd-history', '[data-msg-id]');
    const members = await loadAllMembers(stack.page, LOAD_LIMIT_MS);
    const memberRows = await maxRowsWhileScrolling(stack.page, '.kd-member-scroll', '.kd-member-row');
    const domRowsMax = Math.max(messageRows, memberRows);

    const metrics = {
      jump_to_message_ratio: round(jump.ratio),
      member_search_ratio: round(search.ratio),
      dom_rows_max: domRowsMax,
      live_events_ratio: round(live.ratio, 3),
      long_tasks_over_50ms: live.longTasks,
      renderer_bundle_kb: bundleKb,
    };
    return {
      rows: [
        { name: 'jump_to_message_ms (app, median of 20)', value: round(jump.appMs, 1), unit: 'ms' },
        { name: 'jump_around_raw_ms (REST, median of 20)', value: round(jump.rawMs, 1), unit: 'ms' },
        { name: 'jump_to_message_ratio', value: metrics.jump_to_message_ratio, unit: '×', target: '<= 1.5' },
        { name: 'member_search_ms (app, median of 20)', value: round(search.appMs, 1), unit: 'ms' },
        { name: 'member_search_raw_ms (REST, median of 20)', value: round(search.rawMs, 1), unit: 'ms' },
        { name: 'member_search_ratio', value: metrics.member_search_ratio, unit: '×', target: '<= 1.5' },
        { name: `dom_rows_max (messages held ${channel.held})`, value: messageRows, unit: 'rows' },
        { name: `dom_rows_max (members held ${members})`, value: memberRows, unit: 'rows' },
        { name: 'dom_rows_max', value: domRowsMax, unit: 'rows', target: '<= 100' },
        { name: `live_events (offered ${live.offered}, in store ${live.rendered}, newest in DOM ${live.newestInDom})`, value: live.rendered, unit: 'msgs' },
        { name: 'live_events_ratio', value: metrics.live_events_ratio, unit: '', target: '>= 0.99' },
        { name: 'long_tasks_over_50ms', value: live.longTasks, unit: 'tasks', target: '0' },
        { name: 'renderer_bundle_kb', value: bundleKb, unit: 'KB gz' },
      ],
      metrics,
    };
  } finally {
    await stack.close();
  }
};

export const uiBenches: Bench[] = [uiBench];
