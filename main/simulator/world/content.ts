// Generated message content: plain text, KMarkdown with every common construct, cards that
// follow KMARKDOWN_CARD.md §2, and image attachments served by the simulator.
import { CODE, EMOJIS, LINES_EN, LINES_ZH, LINKS } from './phrases';
import { imagePath } from './ids';
import type { Rng } from './prng';
import type { AttachmentRec } from './state';

export interface ContentContext {
  /** A random other member's user id (for (met) mentions). */
  randomMemberId(r: Rng): string;
  roleIds: readonly number[];
  channelIds: readonly string[];
  /** 0 = mostly Chinese, 1 = mostly English. */
  english: number;
  key: string;
  /** When the message is written (ms): a card's countdown ends some hours after it. */
  at: number;
}

export interface GeneratedContent {
  type: number;
  content: string;
  attachment: AttachmentRec | null;
}

const line = (r: Rng, c: ContentContext): string => (r.chance(c.english) ? r.pick(LINES_EN) : r.pick(LINES_ZH));

function kmarkdown(r: Rng, c: ContentContext): string {
  const text = line(r, c);
  switch (r.int(11)) {
    case 0: return `**${text}**`;
    case 1: return `*${text}*`;
    case 2: return `(met)${c.randomMemberId(r)}(met) ${text}`;
    case 3: return `${text} [${r.pick(LINKS)}](${r.pick(LINKS)})`;
    case 4: return `试试 \`${r.pick(CODE)}\` ${text}`;
    case 5: return `> ${line(r, c)}\n\n${text}`;
    case 6: return `${text} (spl)剧透 spoiler(spl)`;
    case 7: return c.roleIds.length > 0 ? `(rol)${r.pick(c.roleIds)}(rol) ${text}` : text;
    case 8: return c.channelIds.length > 0 ? `${text} → (chn)${r.pick(c.channelIds)}(chn)` : text;
    case 9: return `~~${line(r, c)}~~ ${text} (ins)${emojiChar(r.pick(EMOJIS))}(ins)`;
    default: return `\`\`\`js\n${r.pick(CODE)}\n\`\`\``;
  }
}

export function card(r: Rng, c: ContentContext): string {
  const img = imagePath('card', `${c.key}`);
  const modules: unknown[] = [
    { type: 'header', text: { type: 'plain-text', content: r.chance(c.english) ? 'Event announcement' : '活动公告' } },
    { type: 'section', text: { type: 'kmarkdown', content: `**${line(r, c)}**\n(met)${c.randomMemberId(r)}(met)` }, mode: 'right', accessory: { type: 'image', src: img, size: 'sm' } },
    { type: 'divider' },
  ];
  switch (r.int(4)) {
    case 0:
      {
        // KMARKDOWN_CARD.md: ms epochs; an event a few hours to a few days after the post.
        const endTime = c.at + (2 + r.int(70)) * 3_600_000;
        modules.push({ type: 'countdown', mode: r.chance(0.5) ? 'hour' : 'day', endTime, startTime: c.at });
      }
      break;
    case 1:
      modules.push({ type: 'container', elements: [{ type: 'image', src: img }] });
      break;
    case 2:
      modules.push({ type: 'section', text: { type: 'paragraph', cols: 2, fields: [{ type: 'kmarkdown', content: '**Time**\n20:00' }, { type: 'kmarkdown', content: '**地点**\n语音大厅' }] } });
      break;
    default:
      modules.push({ type: 'context', elements: [{ type: 'plain-text', content: line(r, c) }] });
  }
  modules.push({
    type: 'action-group',
    elements: [
      { type: 'button', theme: 'primary', value: `join:${c.key}`, click: 'return-val', text: { type: 'plain-text', content: '报名 Join' } },
      { type: 'button', theme: 'info', value: r.pick(LINKS), click: 'link', text: { type: 'plain-text', content: 'Details' } },
    ],
  });
  return JSON.stringify([{ type: 'card', theme: r.pick(['primary', 'success', 'warning', 'info']), size: 'lg', modules }]);
}

export function imageAttachment(r: Rng, key: string): AttachmentRec {
  // The stated size keeps the generated picture's 16:9 (images/generate.ts), as KOOK's does the file's.
  const width = r.pick([640, 960, 1280, 1920]);
  return { type: 'image', url: imagePath('attachment', key), name: `IMG_${key.slice(-6)}.png`, file_type: 'image/png', size: 20_000 + r.int(900_000), width, height: Math.round((width * 9) / 16) };
}

/** Types 1, 2, 4, 9, 10 in realistic proportions. */
export function generateContent(r: Rng, c: ContentContext): GeneratedContent {
  const roll = r.next();
  if (roll < 0.2) return { type: 1, content: line(r, c), attachment: null };
  if (roll < 0.85) return { type: 9, content: r.chance(0.5) ? kmarkdown(r, c) : line(r, c), attachment: null };
  if (roll < 0.93) {
    const attachment = imageAttachment(r, c.key);
    return { type: 2, content: attachment.url, attachment };
  }
  if (roll < 0.95) {
    const url = imagePath('attachment', `${c.key}-file`);
    return { type: 4, content: url, attachment: { type: 'file', url, name: 'notes.txt', file_type: 'text/plain', size: 1_000 + r.int(50_000) } };
  }
  return { type: 10, content: card(r, c), attachment: null };
}

/** Reaction ids look like `[#128557;]`; in message text KOOK users type the emoji itself. */
function emojiChar(id: string): string {
  const code = Number(/\d+/.exec(id)?.[0] ?? 0x1f600);
  return String.fromCodePoint(code);
}
