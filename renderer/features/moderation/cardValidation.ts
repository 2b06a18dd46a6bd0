// Checks a card message before it is posted (KMARKDOWN_CARD.md §2): valid JSON, an array of
// 1–5 cards, each `{ "type": "card", "modules": [...] }` with known module types. Problems are
// returned as i18n keys with values, for a clear message under the editor.
import { moduleSchema, cardSchema } from '../messages/content/card/schema';
import { MAX_CARDS, MAX_MODULES } from '../messages/content';

export type CardProblem =
  | { key: 'cardJson'; values: { detail: string } }
  | { key: 'cardNotArray' | 'cardEmpty'; values?: undefined }
  | { key: 'cardTooMany'; values: { max: number } }
  | { key: 'cardShape'; values: { card: number } }
  | { key: 'cardModule'; values: { card: number; module: number; type: string } }
  | { key: 'cardTooManyModules'; values: { max: number } };

export function validateCard(source: string): CardProblem | null {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    return { key: 'cardJson', values: { detail: e instanceof Error ? e.message : String(e) } };
  }
  if (!Array.isArray(data)) return { key: 'cardNotArray' };
  if (data.length === 0) return { key: 'cardEmpty' };
  if (data.length > MAX_CARDS) return { key: 'cardTooMany', values: { max: MAX_CARDS } };
  let modules = 0;
  for (const [c, raw] of data.entries()) {
    const card = cardSchema.safeParse(raw);
    if (!card.success) return { key: 'cardShape', values: { card: c + 1 } };
    for (const [m, mod] of card.data.modules.entries()) {
      if (moduleSchema.safeParse(mod).success) continue;
      const type = typeof mod === 'object' && mod !== null && 'type' in mod && typeof mod.type === 'string' ? mod.type.slice(0, 40) : '?';
      return { key: 'cardModule', values: { card: c + 1, module: m + 1, type } };
    }
    modules += card.data.modules.length;
  }
  if (modules > MAX_MODULES) return { key: 'cardTooManyModules', values: { max: MAX_MODULES } };
  return null;
}

export const CARD_TEMPLATE = JSON.stringify(
  [{ type: 'card', theme: 'secondary', size: 'lg', modules: [{ type: 'section', text: { type: 'kmarkdown', content: '**Hello** from the moderators' } }] }],
  null,
  2,
);
