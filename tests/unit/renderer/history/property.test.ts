import { describe, expect, it } from 'vitest';
import {
  applyAfterPage,
  applyAroundPage,
  applyBeforePage,
  applyDelete,
  applyEdit,
  applyLatestPage,
  applyLiveMessage,
  blockIds,
  compareKeys,
  emptyHistory,
  getMessage,
  jumpToLatest,
  sequenceFirst,
  sequenceLast,
  type ChannelHistory,
} from '../../../../renderer/features/messages/history';
import { FakeChannel, prng, type TestMessage } from './channel';

type State = ChannelHistory<TestMessage>;
type Step = (state: State) => State;

/** One random step against the fake channel; page steps may be returned for later (a page in flight). */
function randomStep(channel: FakeChannel, state: State, random: () => number): { now?: Step; later?: Step } {
  const size = 3 + Math.floor(random() * 25);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const block = pick(state.blocks);
  const roll = random();
  if (roll < 0.12) {
    const page = channel.latest(size);
    return { later: (s) => applyLatestPage(s, page, size) };
  }
  if (roll < 0.3 && block !== undefined) {
    const anchor = sequenceFirst(block.ids);
    if (anchor === undefined) return {};
    const page = channel.before(anchor, size);
    return { later: (s) => applyBeforePage(s, anchor, page, size) };
  }
  if (roll < 0.48 && block !== undefined) {
    const anchor = sequenceLast(block.ids);
    if (anchor === undefined) return {};
    const page = channel.after(anchor, size);
    return { later: (s) => applyAfterPage(s, anchor, page, size) };
  }
  if (roll < 0.58) {
    const target = pick(channel.messages);
    if (target === undefined) return {};
    const page = channel.around(target.id, size);
    return { later: (s) => applyAroundPage(s, target.id, page) };
  }
  if (roll < 0.75) {
    const created = channel.post();
    return { now: (s) => applyLiveMessage(s, created) };
  }
  if (roll < 0.85) {
    const victim = pick(channel.messages);
    if (victim === undefined) return {};
    channel.remove(victim.id);
    return { now: (s) => applyDelete(s, victim.id) };
  }
  if (roll < 0.95) {
    const target = pick(channel.messages);
    if (target === undefined) return {};
    // Replace, never mutate: the history holds the objects earlier pages handed it.
    const updated_at = target.updated_at + 1 + Math.floor(random() * 3);
    const edit = { id: target.id, updated_at, content: `edit ${updated_at}` };
    channel.messages[channel.messages.indexOf(target)] = { ...target, ...edit };
    return { now: (s) => applyEdit<TestMessage>(s, edit) };
  }
  return { now: jumpToLatest };
}

/** Structural invariants; returns what is wrong (empty when all hold), cheap enough for every step. */
function invariantProblems(state: State): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  let previous: TestMessage | undefined;
  for (const block of state.blocks) {
    let inBlock: TestMessage | undefined;
    for (const id of blockIds(block)) {
      const m = getMessage(state, id);
      if (m === undefined) problems.push(`${id} is in a block but not in byId`);
      if (state.tombstones.has(id)) problems.push(`${id} is tombstoned but shown`);
      if (seen.has(id)) problems.push(`${id} appears twice`);
      seen.add(id);
      if (m && inBlock && compareKeys(inBlock, m) >= 0) problems.push(`${id} out of order in block ${block.id}`);
      if (m && !inBlock && previous && compareKeys(previous, m) >= 0) problems.push(`block ${block.id} overlaps the block before it`);
      inBlock = m ?? inBlock;
    }
    previous = inBlock ?? previous;
  }
  if (state.byId.size !== seen.size) problems.push(`byId holds ${state.byId.size} messages, blocks ${seen.size}`);
  if (state.blocks.filter((block) => block.reachedLatest).length > 1) problems.push('two blocks claim the latest');
  if (state.activeBlock !== null && !state.blocks.some((block) => block.id === state.activeBlock)) problems.push('reader is in no block');
  return problems;
}

/** With every page applied at once, blocks must mirror the channel exactly. */
function channelProblems(state: State, channel: FakeChannel): string[] {
  const problems: string[] = [];
  const ids = channel.messages.map((m) => m.id);
  const position = new Map(ids.map((id, i) => [id, i]));
  for (const block of state.blocks) {
    const held = blockIds(block);
    const first = held[0];
    const last = held[held.length - 1];
    if (first === undefined || last === undefined) continue;
    const expected = ids.slice(position.get(first) ?? 0, (position.get(last) ?? -2) + 1);
    if (held.join() !== expected.join()) problems.push(`block ${block.id} is not contiguous: ${held.length} held, ${expected.length} in the channel`);
    if (block.reachedOldest && first !== ids[0]) problems.push(`block ${block.id} claims the oldest but starts at ${first}`);
    if (block.reachedLatest && last !== ids[ids.length - 1]) problems.push(`block ${block.id} claims the latest but ends at ${last}`);
  }
  for (const m of channel.messages) {
    const held = getMessage(state, m.id);
    if (held && held.updated_at !== m.updated_at) problems.push(`${m.id} holds version ${held.updated_at}, channel ${m.updated_at}`);
  }
  return problems;
}

describe('random sequences of pages, live messages, edits and deletes', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`keeps blocks exact copies of the channel when pages arrive in order (seed ${seed})`, () => {
      const random = prng(seed);
      const channel = new FakeChannel(300, seed);
      let state = emptyHistory<TestMessage>();
      for (let i = 0; i < 400; i++) {
        const step = randomStep(channel, state, random);
        const apply = step.now ?? step.later;
        if (apply) state = apply(state);
        expect([...invariantProblems(state), ...channelProblems(state, channel)], `step ${i}`).toEqual([]);
      }
    });

    it(`keeps its invariants when pages arrive late, after deletes and edits (seed ${seed})`, () => {
      const random = prng(seed * 7919);
      const channel = new FakeChannel(300, seed);
      let state = emptyHistory<TestMessage>();
      const inFlight: Step[] = [];
      for (let i = 0; i < 400; i++) {
        const step = randomStep(channel, state, random);
        if (step.now) state = step.now(state);
        if (step.later) inFlight.push(step.later);
        while (inFlight.length > 0 && random() < 0.4) {
          const late = inFlight.splice(Math.floor(random() * inFlight.length), 1)[0];
          if (late) state = late(state);
        }
        // Newest edit wins and deleted messages stay deleted, whatever arrived late.
        const stale = channel.messages.filter((m) => (getMessage(state, m.id)?.updated_at ?? m.updated_at) !== m.updated_at);
        expect([...invariantProblems(state), ...stale.map((m) => `${m.id} lost an edit`)], `step ${i}`).toEqual([]);
      }
    });
  }
});
