/**
 * Finds closing delimiters in linear amortized time.
 *
 * A naive `indexOf` per opener makes inputs like `**a **a **a …` quadratic. Every predicate here
 * depends only on the position it tests, and the parser asks with non-decreasing `from`, so one
 * remembered answer per delimiter serves every later opener that lies before it.
 */
export class ClosingSearch {
  private readonly memo = new Map<string, { from: number; at: number }>();

  constructor(
    private readonly src: string,
    private readonly escaped: Uint8Array,
  ) {}

  /** First unescaped `needle` at or after `from` that ends by `end` and passes `accept`; else -1. */
  find(key: string, needle: string, from: number, end: number, accept?: (at: number) => boolean): number {
    const memo = this.memo.get(key);
    let at: number;
    if (memo && memo.from <= from && (memo.at === -1 || memo.at >= from)) {
      at = memo.at;
    } else {
      at = this.scan(needle, from, accept);
      this.memo.set(key, { from, at });
    }
    return at >= 0 && at + needle.length <= end ? at : -1;
  }

  private scan(needle: string, from: number, accept?: (at: number) => boolean): number {
    let q = this.src.indexOf(needle, from);
    while (q >= 0) {
      if (this.escaped[q] !== 1 && (!accept || accept(q))) return q;
      q = this.src.indexOf(needle, q + 1);
    }
    return -1;
  }
}

const PUNCTUATION = /[!-/:-@[-`{-~]/;

export function isEscapable(ch: string | undefined): boolean {
  return ch !== undefined && PUNCTUATION.test(ch);
}

/** Marks every character preceded by an escaping backslash (`\X`, KMARKDOWN_CARD.md §1). */
export function markEscapes(src: string): Uint8Array {
  const escaped = new Uint8Array(src.length + 1);
  for (let i = 0; i < src.length; i++) {
    if (src.charCodeAt(i) === 92 && isEscapable(src[i + 1])) {
      escaped[i + 1] = 1;
      i++;
    }
  }
  return escaped;
}
