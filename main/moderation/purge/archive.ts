// The purge archive, written BEFORE anything is deleted: `purge-<channel>-<timestamp>.jsonl` (one
// full REST message per line) and a readable `.html` page beside it — every value HTML-escaped,
// no script, a CSP that forbids any.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { KookMessage } from '../../kook/rest';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export function archiveHtml(channelName: string, messages: readonly KookMessage[], at: number): string {
  const rows = messages.map((m) => {
    const who = escapeHtml(m.author.nickname || m.author.username);
    const when = escapeHtml(new Date(m.create_at).toISOString());
    const files = m.attachments ? `<div class="att">${escapeHtml(m.attachments.name || m.attachments.url)}</div>` : '';
    return `<article><header><b>${who}</b> <span>${escapeHtml(m.author.id)}</span> <time>${when}</time> <code>${escapeHtml(m.id)}</code></header><pre>${escapeHtml(m.content)}</pre>${files}</article>`;
  });
  const title = `Purge archive — #${escapeHtml(channelName)} — ${escapeHtml(new Date(at).toISOString())}`;
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${title}</title><style>body{font:14px sans-serif;margin:2em}article{border-bottom:1px solid #ddd;padding:.5em 0}pre{white-space:pre-wrap;margin:.3em 0}span,time,code{color:#777}</style>`,
    `</head><body><h1>${title}</h1><p>${messages.length} messages, newest first.</p>`,
    ...rows,
    '</body></html>',
  ].join('\n');
}

export async function writePurgeArchive(dataDir: string, channelId: string, channelName: string, messages: readonly KookMessage[], at: number): Promise<{ jsonl: string; html: string }> {
  const dir = path.join(dataDir, 'archives');
  await fs.mkdir(dir, { recursive: true });
  const stamp = new Date(at).toISOString().replace(/[:.]/g, '-');
  const base = path.join(dir, `purge-${channelId}-${stamp}`);
  const jsonl = `${base}.jsonl`;
  const html = `${base}.html`;
  await fs.writeFile(jsonl, messages.map((m) => JSON.stringify(m)).join('\n') + (messages.length > 0 ? '\n' : ''), { encoding: 'utf8', mode: 0o600 });
  await fs.writeFile(html, archiveHtml(channelName, messages, at), { encoding: 'utf8', mode: 0o600 });
  return { jsonl, html };
}
