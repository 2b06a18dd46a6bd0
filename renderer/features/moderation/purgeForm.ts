// The purge dialog's form and its translation into the contract's PurgeFilters
// (moderationContract.ts purgeFilters). Problems come back as i18n keys, never as a request
// that the schema would refuse.
import type { PurgeFilters } from '../../../shared/ipc';

export interface PurgeForm {
  authors: string;
  text: string;
  regex: string;
  linksOrInvites: boolean;
  botsOnly: boolean;
  /** `datetime-local` values ('' = none). */
  after: string;
  before: string;
  untilMsgId: string;
  limit: string;
}

export function initialPurgeForm(untilMsgId?: string, authorIds?: string[]): PurgeForm {
  return {
    authors: (authorIds ?? []).join(', '),
    text: '',
    regex: '',
    linksOrInvites: false,
    botsOnly: false,
    after: '',
    before: '',
    untilMsgId: untilMsgId ?? '',
    limit: '100',
  };
}

export function parseAuthorIds(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter((s) => s !== ''))];
}

export type PurgeProblem = 'badAuthor' | 'badRegex' | 'badLimit' | 'badRange' | 'badMessageId' | 'tooManyAuthors';

function timeOf(local: string): number | undefined {
  if (local === '') return undefined;
  const ms = new Date(local).getTime();
  return Number.isFinite(ms) ? ms : undefined;
}

export function toPurgeFilters(channelId: string, form: PurgeForm): { filters: PurgeFilters } | { problem: PurgeProblem } {
  const authorIds = parseAuthorIds(form.authors);
  if (authorIds.some((id) => !/^\d{1,32}$/.test(id))) return { problem: 'badAuthor' };
  if (authorIds.length > 200) return { problem: 'tooManyAuthors' };
  if (form.regex !== '') {
    try {
      new RegExp(form.regex);
    } catch {
      return { problem: 'badRegex' };
    }
  }
  const limit = Number(form.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) return { problem: 'badLimit' };
  const after = timeOf(form.after);
  const before = timeOf(form.before);
  if (after !== undefined && before !== undefined && after >= before) return { problem: 'badRange' };
  const until = form.untilMsgId.trim();
  if (until !== '' && !/^[0-9a-fA-F-]{8,64}$/.test(until)) return { problem: 'badMessageId' };
  return {
    filters: {
      channelId,
      limit,
      ...(authorIds.length > 0 ? { authorIds } : {}),
      ...(form.text.trim() ? { text: form.text.trim() } : {}),
      ...(form.regex ? { regex: form.regex } : {}),
      ...(form.linksOrInvites ? { linksOrInvites: true } : {}),
      ...(form.botsOnly ? { botsOnly: true } : {}),
      ...(after !== undefined ? { after } : {}),
      ...(before !== undefined ? { before } : {}),
      ...(until ? { untilMsgId: until } : {}),
    },
  };
}
