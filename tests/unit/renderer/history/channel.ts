// A stand-in KOOK channel for history tests: serves message/list pages the way REST.md B.6
// describes them (before/after exclude the reference; page order undocumented, so we shuffle).
import { blockIds, type ChannelHistory } from '../../../../renderer/features/messages/history';

export interface TestMessage {
  id: string;
  create_at: number;
  updated_at: number;
  content: string;
}

export function message(n: number, create_at = 1_000 + n * 10, updated_at = 0): TestMessage {
  return { id: `m${String(n).padStart(6, '0')}`, create_at, updated_at, content: `message ${n}` };
}

/** Small deterministic PRNG (mulberry32) so random tests replay. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FakeChannel {
  readonly messages: TestMessage[] = [];
  private readonly shuffle: () => number;
  private posted: number;

  constructor(count: number, seed = 1) {
    for (let i = 0; i < count; i++) this.messages.push(message(i));
    this.shuffle = prng(seed);
    this.posted = count;
  }

  latest(size: number): TestMessage[] {
    return this.scramble(this.messages.slice(Math.max(0, this.messages.length - size)));
  }

  before(anchorId: string, size: number): TestMessage[] {
    const at = this.indexOf(anchorId);
    return this.scramble(this.messages.slice(Math.max(0, at - size), at));
  }

  after(anchorId: string, size: number): TestMessage[] {
    const at = this.indexOf(anchorId);
    return this.scramble(this.messages.slice(at + 1, at + 1 + size));
  }

  around(targetId: string, size: number): TestMessage[] {
    const at = this.indexOf(targetId);
    const start = Math.max(0, at - Math.floor(size / 2));
    return this.scramble(this.messages.slice(start, start + size));
  }

  post(): TestMessage {
    const last = this.messages[this.messages.length - 1];
    const created = message(this.posted, Math.max(last?.create_at ?? 0, 1_000 + this.posted * 10));
    this.posted++;
    this.messages.push(created);
    return created;
  }

  remove(id: string): void {
    const at = this.messages.findIndex((m) => m.id === id);
    if (at >= 0) this.messages.splice(at, 1);
  }

  id(n: number): string {
    return message(n).id;
  }

  private indexOf(id: string): number {
    // A deleted reference still has a place in time: find where it would sit.
    const at = this.messages.findIndex((m) => m.id === id);
    if (at >= 0) return at;
    const next = this.messages.findIndex((m) => m.id > id);
    return next === -1 ? this.messages.length : next;
  }

  private scramble(items: TestMessage[]): TestMessage[] {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.shuffle() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as TestMessage, copy[i] as TestMessage];
    }
    return copy;
  }
}

export function blockIdLists(state: ChannelHistory<TestMessage>): string[][] {
  return state.blocks.map(blockIds);
}

export function range(from: number, to: number): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(message(n).id);
  return out;
}
