// Turns a type-10 `content` string into cards (KMARKDOWN_CARD.md §2.1): at most 5 cards and
// 50 modules per message; extra ones are counted, not shown. Never throws.
import { cardSchema, moduleSchema, type CARD_THEMES, type CardModule, type UnsupportedModule } from './schema';

export const MAX_CARDS = 5;
export const MAX_MODULES = 50;

export interface ParsedCard {
  theme: (typeof CARD_THEMES)[number];
  color?: string;
  size: 'sm' | 'lg';
  modules: (CardModule | UnsupportedModule)[];
}

export type CardMessageParse =
  | { ok: true; cards: ParsedCard[]; hiddenCards: number; hiddenModules: number }
  | { ok: false; reason: 'json' | 'shape' | 'empty' };

export function parseCardMessage(content: string): CardMessageParse {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    return { ok: false, reason: 'json' };
  }
  if (!Array.isArray(data)) return { ok: false, reason: 'shape' };
  if (data.length === 0) return { ok: false, reason: 'empty' };

  const cards: ParsedCard[] = [];
  let budget = MAX_MODULES;
  let hiddenModules = 0;
  for (const raw of data.slice(0, MAX_CARDS)) {
    const card = cardSchema.safeParse(raw);
    if (!card.success) return { ok: false, reason: 'shape' };
    const shown = card.data.modules.slice(0, Math.max(0, budget));
    hiddenModules += card.data.modules.length - shown.length;
    budget -= shown.length;
    cards.push({
      theme: card.data.theme,
      color: card.data.color,
      size: card.data.size,
      modules: shown.map(parseModule),
    });
  }
  return { ok: true, cards, hiddenCards: Math.max(0, data.length - MAX_CARDS), hiddenModules };
}

function parseModule(raw: unknown): CardModule | UnsupportedModule {
  const parsed = moduleSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const type = typeof raw === 'object' && raw !== null && 'type' in raw ? raw.type : undefined;
  return { type: 'unsupported', original: typeof type === 'string' ? type.slice(0, 40) : '?' };
}
