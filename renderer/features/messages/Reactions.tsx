// Reaction chips with counts; the bot's own reactions are marked.
import { useNamespaceText } from '../../i18n/useNamespaceText';
import type { Reaction } from '../../../shared/kook/objects';

/** KOOK names unicode emoji by code point, e.g. `[#128077;]` (EVENTS.md reactions); guild emoji keep their name. */
export function reactionGlyph(emoji: Reaction['emoji']): string {
  const match = /^\[#(\d{1,7});\]$/.exec(emoji.id) ?? /^\[#(\d{1,7});\]$/.exec(emoji.name);
  const point = match?.[1] === undefined ? NaN : Number(match[1]);
  if (Number.isInteger(point) && point > 0 && point <= 0x10ffff) return String.fromCodePoint(point);
  return emoji.name || emoji.id;
}

export function Reactions({ reactions }: { reactions: readonly Reaction[] }) {
  const t = useNamespaceText('messages');
  if (reactions.length === 0) return null;
  return (
    <ul className="kd-msg-reactions" aria-label={t('reactions')}>
      {reactions.map((r) => {
        const glyph = reactionGlyph(r.emoji);
        return (
          <li
            key={r.emoji.id}
            className={r.me ? 'kd-msg-reaction kd-msg-reaction-mine' : 'kd-msg-reaction'}
            aria-label={t('reaction', { emoji: glyph, count: r.count })}
            title={glyph}
          >
            <span aria-hidden="true">{glyph}</span>
            <span aria-hidden="true" className="kd-msg-reaction-count">{r.count}</span>
          </li>
        );
      })}
    </ul>
  );
}
