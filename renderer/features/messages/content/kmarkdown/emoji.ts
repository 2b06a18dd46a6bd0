// A small built-in subset of KOOK's shortcode list (KMARKDOWN_CARD.md §1 `:shortcode:`).
// The full list lives at img.kookapp.cn/assets/emoji.json; unknown shortcodes stay literal.
const EMOJI: Readonly<Record<string, string>> = {
  smile: '😄', smiley: '😃', grinning: '😀', grin: '😁', joy: '😂', rofl: '🤣', laughing: '😆',
  sweat_smile: '😅', wink: '😉', blush: '😊', innocent: '😇', heart_eyes: '😍', kissing_heart: '😘',
  yum: '😋', stuck_out_tongue: '😛', sunglasses: '😎', smirk: '😏', thinking: '🤔', neutral_face: '😐',
  expressionless: '😑', unamused: '😒', roll_eyes: '🙄', grimacing: '😬', relieved: '😌', pensive: '😔',
  sleepy: '😪', sleeping: '😴', mask: '😷', dizzy_face: '😵', cowboy: '🤠', confused: '😕',
  worried: '😟', slight_frown: '🙁', open_mouth: '😮', astonished: '😲', flushed: '😳', fearful: '😨',
  cold_sweat: '😰', cry: '😢', sob: '😭', scream: '😱', angry: '😠', rage: '😡', skull: '💀',
  poop: '💩', clown: '🤡', ghost: '👻', alien: '👽', robot: '🤖', see_no_evil: '🙈',
  thumbsup: '👍', '+1': '👍', thumbsdown: '👎', '-1': '👎', ok_hand: '👌', clap: '👏', wave: '👋',
  pray: '🙏', muscle: '💪', raised_hands: '🙌', point_up: '☝️', v: '✌️', eyes: '👀',
  heart: '❤️', broken_heart: '💔', sparkling_heart: '💖', fire: '🔥', star: '⭐', sparkles: '✨',
  tada: '🎉', gift: '🎁', trophy: '🏆', crown: '👑', warning: '⚠️', no_entry: '⛔', x: '❌',
  white_check_mark: '✅', heavy_check_mark: '✔️', question: '❓', exclamation: '❗', bell: '🔔',
  lock: '🔒', key: '🔑', hammer: '🔨', shield: '🛡️', zap: '⚡', rocket: '🚀', '100': '💯',
  coffee: '☕', beer: '🍺', pizza: '🍕', cake: '🍰', cat: '🐱', dog: '🐶', sun: '☀️', moon: '🌙',
};

export function emojiForShortcode(shortcode: string): string | undefined {
  return Object.hasOwn(EMOJI, shortcode) ? EMOJI[shortcode] : undefined;
}
