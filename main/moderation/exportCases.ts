// cases.export: CSV (RFC 4180: fields quoted when they hold a comma, quote, CR or LF; quotes
// doubled; CRLF line ends) with a UTF-8 BOM so Excel reads Chinese names right, or JSONL.
import type { CaseView } from '../../shared/ipc';

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const COLUMNS = ['id', 'createdAt', 'guildId', 'action', 'targetId', 'targetName', 'reason', 'actor', 'result', 'durationMs', 'expiresAt', 'undoneByCaseId'] as const;

function cells(c: CaseView): string[] {
  const result = c.result.ok ? 'ok' : `${c.result.code}: ${c.result.message}${c.result.kookCode ? ` (${c.result.kookCode})` : ''}`;
  return [
    String(c.id), new Date(c.createdAt).toISOString(), c.guildId, c.action, c.targetId, c.targetName ?? '', c.reason ?? '', c.actor,
    result, c.durationMs === null ? '' : String(c.durationMs), c.expiresAt === null ? '' : new Date(c.expiresAt).toISOString(),
    c.undoneByCaseId === null ? '' : String(c.undoneByCaseId),
  ];
}

export function casesToCsv(cases: Iterable<CaseView>): string {
  const lines = [COLUMNS.join(',')];
  for (const c of cases) lines.push(cells(c).map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function casesToJsonl(cases: Iterable<CaseView>): string {
  let out = '';
  for (const c of cases) out += `${JSON.stringify(c)}\n`;
  return out;
}
