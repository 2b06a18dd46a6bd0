// A persistent id → value map split into hash buckets under a two-level spine (64 × 64), so that
// one event copies two 64-slot arrays and one small bucket (about 25 entries in a 100,000-message
// channel) and never the whole channel (../shared/design/ARCHITECTURE.md "State in the renderer";
// STYLE.md "sized to the change"). Copying a Map is costly per entry, so buckets stay small.

const FANOUT_BITS = 6;
const FANOUT = 1 << FANOUT_BITS;
const MASK = FANOUT - 1;

type Bucket<V> = ReadonlyMap<string, V>;
type Node<V> = readonly (Bucket<V> | undefined)[];

export interface ChunkedMap<V> {
  readonly nodes: readonly (Node<V> | undefined)[];
  readonly size: number;
}

export function emptyChunkedMap<V>(): ChunkedMap<V> {
  return { nodes: new Array<undefined>(FANOUT).fill(undefined), size: 0 };
}

/** FNV-1a over UTF-16 code units; message ids are UUIDs, so this spreads them evenly. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Position of an id's bucket: [node, bucket within the node]. */
export function bucketPosition(id: string): readonly [number, number] {
  const hash = hashOf(id);
  return [hash & MASK, (hash >>> FANOUT_BITS) & MASK];
}

function bucketOf<V>(map: ChunkedMap<V>, id: string): Bucket<V> | undefined {
  const [node, slot] = bucketPosition(id);
  return map.nodes[node]?.[slot];
}

export function mapGet<V>(map: ChunkedMap<V>, id: string): V | undefined {
  return bucketOf(map, id)?.get(id);
}

export function mapHas<V>(map: ChunkedMap<V>, id: string): boolean {
  return bucketOf(map, id)?.has(id) ?? false;
}

/** Every bucket with its position; tests use it to prove which buckets an update copied. */
export function* mapBuckets<V>(map: ChunkedMap<V>): IterableIterator<readonly [number, Bucket<V>]> {
  for (let n = 0; n < map.nodes.length; n++) {
    const node = map.nodes[n];
    if (node === undefined) continue;
    for (let b = 0; b < node.length; b++) {
      const bucket = node[b];
      if (bucket !== undefined) yield [n * FANOUT + b, bucket];
    }
  }
}

/** Writes many entries, copying each touched bucket once; unchanged values keep the same map. */
export function mapSetMany<V>(map: ChunkedMap<V>, entries: Iterable<readonly [string, V]>): ChunkedMap<V> {
  const copies = new Map<number, Map<string, V>>();
  let size = map.size;
  for (const [id, value] of entries) {
    const [node, slot] = bucketPosition(id);
    const key = node * FANOUT + slot;
    const current = copies.get(key) ?? map.nodes[node]?.[slot];
    if (current !== undefined && current.has(id) && current.get(id) === value) continue;
    let copy = copies.get(key);
    if (copy === undefined) {
      copy = new Map(map.nodes[node]?.[slot]);
      copies.set(key, copy);
    }
    if (!copy.has(id)) size++;
    copy.set(id, value);
  }
  return copies.size === 0 ? map : withBuckets(map, copies, size);
}

export function mapSet<V>(map: ChunkedMap<V>, id: string, value: V): ChunkedMap<V> {
  return mapSetMany(map, [[id, value]]);
}

export function mapDelete<V>(map: ChunkedMap<V>, id: string): ChunkedMap<V> {
  const [node, slot] = bucketPosition(id);
  const bucket = map.nodes[node]?.[slot];
  if (bucket === undefined || !bucket.has(id)) return map;
  const copy = new Map(bucket);
  copy.delete(id);
  return withBuckets(map, new Map([[node * FANOUT + slot, copy]]), map.size - 1);
}

export function* mapValues<V>(map: ChunkedMap<V>): IterableIterator<V> {
  for (const [, bucket] of mapBuckets(map)) yield* bucket.values();
}

function withBuckets<V>(map: ChunkedMap<V>, copies: ReadonlyMap<number, Bucket<V>>, size: number): ChunkedMap<V> {
  const nodes = map.nodes.slice();
  const copiedNodes = new Map<number, (Bucket<V> | undefined)[]>();
  for (const [key, bucket] of copies) {
    const n = Math.floor(key / FANOUT);
    let node = copiedNodes.get(n);
    if (node === undefined) {
      node = (map.nodes[n] ?? new Array<undefined>(FANOUT).fill(undefined)).slice();
      copiedNodes.set(n, node);
      nodes[n] = node;
    }
    node[key % FANOUT] = bucket.size === 0 ? undefined : bucket;
  }
  return { nodes, size };
}
