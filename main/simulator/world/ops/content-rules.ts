// What message/create and message/update accept (PROTOCOL.md "Content size", KMARKDOWN_CARD.md §2.1).
import { SimApiError, fail } from '../../core/errors';

export const CONTENT_MAX = 8000;
export const SEND_TYPES = [1, 2, 3, 4, 8, 9, 10] as const;

const rejected = (en: string, zh: string): SimApiError => new SimApiError(40011, { en, zh });

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Cards: a JSON array of ≤ 5 cards, ≤ 50 modules in total, every module with a type. */
export function validateCard(content: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    throw rejected('Card content is not valid JSON', '卡片消息内容不是合法的 JSON');
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || parsed.length > 5) throw rejected('A card message is an array of 1-5 cards', '卡片消息须为 1-5 张卡片的数组');
  let modules = 0;
  for (const c of parsed) {
    if (!isRecord(c) || c['type'] !== 'card' || !Array.isArray(c['modules'])) throw rejected('Each card needs type "card" and modules', '每张卡片需要 type 为 card 且包含 modules');
    for (const m of c['modules']) if (!isRecord(m) || typeof m['type'] !== 'string') throw rejected('Each module needs a type', '每个模块需要 type');
    modules += c['modules'].length;
  }
  if (modules > 50) throw rejected('At most 50 modules per message', '每条消息最多 50 个模块');
}

export function validateContent(type: number, content: string): void {
  if (content.length === 0) throw fail.param('content');
  if (content.length > CONTENT_MAX) throw fail.param('content', `must be at most ${CONTENT_MAX} characters`);
  if (type === 10) validateCard(content);
}

/** `[#128077;]` stays; a single raw emoji becomes that form, so both spellings match. */
export function normalizeEmoji(emoji: string): string {
  if (/^\[#\d+;\]$/.test(emoji)) return emoji;
  const points = [...emoji];
  const cp = points.length === 1 ? points[0]?.codePointAt(0) : undefined;
  return cp !== undefined && cp > 0x2000 ? `[#${cp};]` : emoji;
}
