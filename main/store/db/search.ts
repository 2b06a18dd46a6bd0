// Free-text search over a trigram FTS5 table. Trigrams need 3 characters: a term of 1–2 characters
// (common in Chinese: "刷屏") cannot use the index, so it falls back to a substring test on the
// stored columns. Without the trigram tokenizer every term takes the substring path.

export interface SearchClause {
  sql: string;
  params: string[];
}

/** Splits on whitespace; each term must match (AND), anywhere in the indexed text. */
export function searchTerms(search: string): string[] {
  return search
    .split(/\s+/u)
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .slice(0, 16);
}

/**
 * A condition on `<fts>` rows: `rowid IN (…)` against the FTS table. `columns` are the FTS columns
 * the substring fallback inspects.
 */
export function ftsCondition(fts: string, columns: string[], search: string, trigram: boolean): SearchClause | null {
  const terms = searchTerms(search);
  if (terms.length === 0) return null;
  const parts: string[] = [];
  const params: string[] = [];
  const haystack = columns.map((c) => `coalesce(${c}, '')`).join(` || char(10) || `);
  const indexed = trigram ? terms.filter((t) => [...t].length >= 3) : [];
  // One MATCH expression (phrases side by side mean AND): FTS5 takes a single MATCH per scan best.
  if (indexed.length > 0) {
    parts.push(`${fts} MATCH ?`);
    params.push(indexed.map((t) => `"${t.replaceAll('"', '""')}"`).join(' '));
  }
  for (const term of terms.filter((t) => !indexed.includes(t))) {
    parts.push(`instr(lower(${haystack}), lower(?)) > 0`);
    params.push(term);
  }
  return { sql: `SELECT rowid FROM ${fts} WHERE ${parts.join(' AND ')}`, params };
}
