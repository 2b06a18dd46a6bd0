// member_search_ratio (issue 4 "Benchmarks"): searches in the 100,000-member guild through the
// 80 ms latency profile, timed in the page from the debounce firing (the members slice's
// `kd:members-search-start` mark) to the expected first result in the list plus one animation
// frame, against the raw `guild/user-list?search=` round trip with the app's parameters.
import { performance } from 'node:perf_hooks';
import { median } from '../harness';
import { type BigGuild, inPage, itemsOf, simGet } from './app';
import type { UiStack } from './stack';

const SEARCHES = 20;

function userListQuery(big: BigGuild, search: string): string {
  // What MembersService sends for the panel's default sort ("joined, newest first").
  return `guild/user-list?guild_id=${big.guildId}&search=${encodeURIComponent(search)}&joined_at=1&page=1&page_size=50`;
}

function displayName(member: Record<string, unknown>): string {
  const nickname = typeof member.nickname === 'string' ? member.nickname : '';
  return nickname || String(member.username ?? '');
}

interface Probe {
  term: string;
  first: string;
}

/** Search terms taken from member names, each changing the list's first row from the previous one. */
async function pickTerms(stack: UiStack, big: BigGuild): Promise<Probe[]> {
  const probes: Probe[] = [];
  const seen = new Set<string>();
  let previous = '';
  for (let page = 1; probes.length < SEARCHES + 1 && page < 40; page += 3) {
    const members = itemsOf(await simGet(stack, `guild/user-list?guild_id=${big.guildId}&page=${page}&page_size=50`));
    for (const m of members) {
      const term = String(m.username ?? '').slice(0, 4).toLowerCase();
      if (term.length < 3 || seen.has(term)) continue;
      seen.add(term);
      const first = itemsOf(await simGet(stack, userListQuery(big, term)))[0];
      if (!first || displayName(first) === previous) continue;
      previous = displayName(first);
      probes.push({ term, first: previous });
      if (probes.length >= SEARCHES + 1) break;
    }
  }
  if (probes.length < SEARCHES + 1) throw new Error(`only ${probes.length} usable search terms`);
  return probes;
}

/** Waits for the list's first name to become `first` after a new debounce mark; reports mark → rendered. */
const ARM_SEARCH = `(first) => {
  const marks = performance.getEntriesByName('kd:members-search-start').length;
  window.__kdSearch = new Promise((resolve) => {
    setTimeout(() => resolve(-1), 15000);
    const check = () => {
      const all = performance.getEntriesByName('kd:members-search-start');
      if (all.length <= marks) return;
      const row = document.querySelector('[aria-label="Member list"] .kd-member-name');
      if (!row || row.textContent !== first) return;
      observer.disconnect();
      const start = all[all.length - 1].startTime;
      requestAnimationFrame(() => resolve(performance.now() - start));
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return true;
}`;

export interface SearchResult {
  appMs: number;
  rawMs: number;
  ratio: number;
}

async function rawSearch(stack: UiStack, big: BigGuild, term: string): Promise<number> {
  const t0 = performance.now();
  await simGet(stack, userListQuery(big, term));
  return performance.now() - t0;
}

/** Picks terms at no latency, then measures under the latency the caller sets in `withLatency`. */
export async function measureMemberSearch(stack: UiStack, big: BigGuild, withLatency: () => Promise<void>): Promise<SearchResult> {
  const probes = await pickTerms(stack, big);
  await withLatency();
  const box = stack.page.getByRole('searchbox', { name: 'Search members' });
  const app: number[] = [];
  const raw: number[] = [];
  for (const [i, probe] of probes.entries()) {
    const rawMs = await rawSearch(stack, big, probe.term);
    await inPage(stack.page, ARM_SEARCH, probe.first);
    await box.fill(probe.term);
    const ms = await stack.page.evaluate('window.__kdSearch');
    if (typeof ms !== 'number' || ms < 0) throw new Error(`search "${probe.term}" did not show "${probe.first}" within 15 s`);
    if (i === 0) continue; // warm-up
    raw.push(rawMs);
    app.push(ms);
  }
  await box.fill('');
  const appMs = median(app);
  const rawMs = median(raw);
  return { appMs, rawMs, ratio: appMs / rawMs };
}
