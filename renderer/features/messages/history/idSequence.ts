// The ordered ids of one block, held in chunks of at most CHUNK_MAX ids. Appending a live message
// copies the tail chunk and the small spine of chunk references, never the 100,000 ids of a long
// block (../shared/design/ARCHITECTURE.md: "no copying of 100k-entry structures per event").

const CHUNK_TARGET = 512;
const CHUNK_MAX = 2 * CHUNK_TARGET;

export interface IdSequence {
  readonly chunks: readonly (readonly string[])[];
  /** starts[i] is the index of chunks[i][0] in the whole sequence. */
  readonly starts: readonly number[];
  readonly length: number;
}

export const EMPTY_SEQUENCE: IdSequence = { chunks: [], starts: [], length: 0 };

function fromChunks(chunks: readonly (readonly string[])[]): IdSequence {
  const kept = chunks.filter((chunk) => chunk.length > 0);
  const starts: number[] = [];
  let length = 0;
  for (const chunk of kept) {
    starts.push(length);
    length += chunk.length;
  }
  return { chunks: kept, starts, length };
}

function split(ids: readonly string[]): string[][] {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += CHUNK_TARGET) chunks.push(ids.slice(i, i + CHUNK_TARGET));
  return chunks;
}

export function sequenceOf(ids: readonly string[]): IdSequence {
  return fromChunks(split(ids));
}

export function sequenceToArray(sequence: IdSequence): string[] {
  return sequence.chunks.flat();
}

/** Index of the chunk holding position `index` (0 ≤ index < length). */
function chunkIndexAt(sequence: IdSequence, index: number): number {
  let lo = 0;
  let hi = sequence.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sequence.starts[mid] ?? 0) <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function sequenceAt(sequence: IdSequence, index: number): string | undefined {
  if (index < 0 || index >= sequence.length) return undefined;
  const c = chunkIndexAt(sequence, index);
  return sequence.chunks[c]?.[index - (sequence.starts[c] ?? 0)];
}

export function sequenceFirst(sequence: IdSequence): string | undefined {
  return sequence.chunks[0]?.[0];
}

export function sequenceLast(sequence: IdSequence): string | undefined {
  const last = sequence.chunks[sequence.chunks.length - 1];
  return last?.[last.length - 1];
}

/** First position whose id compares ≥ the target (`compare(id)` < 0 means id is before it). */
export function sequenceLowerBound(sequence: IdSequence, compare: (id: string) => number): number {
  let lo = 0;
  let hi = sequence.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const id = sequenceAt(sequence, mid);
    if (id !== undefined && compare(id) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds ids that all sort before the current first id. */
export function sequencePrepend(sequence: IdSequence, ids: readonly string[]): IdSequence {
  if (ids.length === 0) return sequence;
  const [head, ...rest] = sequence.chunks;
  if (head !== undefined && head.length + ids.length <= CHUNK_TARGET) return fromChunks([[...ids, ...head], ...rest]);
  return fromChunks([...split(ids), ...sequence.chunks]);
}

/** Adds ids that all sort after the current last id. */
export function sequenceAppend(sequence: IdSequence, ids: readonly string[]): IdSequence {
  if (ids.length === 0) return sequence;
  const tail = sequence.chunks[sequence.chunks.length - 1];
  const body = sequence.chunks.slice(0, -1);
  if (tail !== undefined && tail.length + ids.length <= CHUNK_TARGET) return fromChunks([...body, [...tail, ...ids]]);
  return fromChunks([...sequence.chunks, ...split(ids)]);
}

export function sequenceInsertAt(sequence: IdSequence, index: number, id: string): IdSequence {
  if (sequence.length === 0) return fromChunks([[id]]);
  if (index >= sequence.length) return sequenceAppend(sequence, [id]);
  const c = chunkIndexAt(sequence, Math.max(0, index));
  const chunk = (sequence.chunks[c] ?? []).slice();
  chunk.splice(Math.max(0, index) - (sequence.starts[c] ?? 0), 0, id);
  const replacement = chunk.length > CHUNK_MAX ? [chunk.slice(0, CHUNK_TARGET), chunk.slice(CHUNK_TARGET)] : [chunk];
  return fromChunks([...sequence.chunks.slice(0, c), ...replacement, ...sequence.chunks.slice(c + 1)]);
}

export function sequenceRemoveAt(sequence: IdSequence, index: number): IdSequence {
  if (index < 0 || index >= sequence.length) return sequence;
  const c = chunkIndexAt(sequence, index);
  const chunk = (sequence.chunks[c] ?? []).slice();
  chunk.splice(index - (sequence.starts[c] ?? 0), 1);
  return fromChunks([...sequence.chunks.slice(0, c), chunk, ...sequence.chunks.slice(c + 1)]);
}
