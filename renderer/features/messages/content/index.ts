// Public API of message content rendering: KMarkdown, cards, and per-type dispatch.
export { ContentProvider, inertServices, useContentServices, type ContentServices, type ResolvedName } from './ContentContext';
export { parseKMarkdown, MAX_QUOTE_DEPTH, MAX_SOURCE_LENGTH } from './kmarkdown/parseKMarkdown';
export { MAX_INLINE_DEPTH } from './kmarkdown/parseInline';
export { kmdToPlainText } from './kmarkdown/toPlainText';
export { FONT_THEMES, type FontTheme, type KmdNode } from './kmarkdown/nodes';
export { KMarkdown, type KMarkdownMode } from './render/KMarkdown';
export { CardMessage } from './card/CardMessage';
export { parseCardMessage, MAX_CARDS, MAX_MODULES, type CardMessageParse, type ParsedCard } from './card/parseCardMessage';
export { MessageContent, MessageType, type MessageContentInput } from './message/MessageContent';
export { safeHttpUrl, splitLinks } from './safety/urls';
