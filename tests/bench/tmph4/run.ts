// TEMPORARY (helper 4): jump + live benches against the renderer built in KD_STATIC.
import { round } from '../harness';
import { connectBot, findBigGuild, openChannel } from '../ui/app';
import { channelIds, measureJumps } from '../ui/jump';
import { measureLiveEvents } from '../ui/liveEvents';
import { startUiStack } from './stack';

async function main(): Promise<void> {
  const which = process.argv.slice(2);
  const stack = await startUiStack();
  try {
    const big = await findBigGuild(stack);
    await connectBot(stack);
    const out: Record<string, number | string> = { build: process.env.KD_STATIC ?? '' };
    if (which.includes('jump')) {
      await openChannel(stack.page, 'firehose');
      const ids = await channelIds(stack, big.firehoseId);
      await stack.setLatency(80);
      const jump = await measureJumps(stack, big, ids);
      await stack.setLatency(0);
      Object.assign(out, { jumpApp: round(jump.appMs, 1), jumpRaw: round(jump.rawMs, 1), jumpRatio: round(jump.ratio) });
    }
    if (which.includes('live')) {
      await openChannel(stack.page, 'general');
      const live = await measureLiveEvents(stack, big.guildId, big.generalId);
      Object.assign(out, { liveRatio: round(live.ratio, 3), longTasks: live.longTasks, newestInDom: String(live.newestInDom), offered: live.offered });
    }
    console.log(JSON.stringify(out));
  } finally {
    await stack.close();
  }
}
main().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
