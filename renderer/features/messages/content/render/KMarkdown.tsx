import { useMemo, type ReactNode } from 'react';
import { useContentServices } from '../ContentContext';
import { parseKMarkdown } from '../kmarkdown/parseKMarkdown';
import type { KmdNode } from '../kmarkdown/nodes';
import { useContentText } from '../useContentText';
import { ChannelMention, GroupMention, RoleMention, UserMention } from './Mention';
import { SafeImage } from './SafeImage';
import { SafeLink } from './SafeLink';
import { Spoiler } from './Spoiler';
import '../content.css';

/** `message`: a type-9 message, where `(font)` has no color; `card`: a card kmarkdown element. */
export type KMarkdownMode = 'message' | 'card';

export function KMarkdown({ source, mode = 'message' }: { source: string; mode?: KMarkdownMode }) {
  const nodes = useMemo(() => parseKMarkdown(source), [source]);
  return <div className="kd-md">{renderNodes(nodes, mode)}</div>;
}

export function renderNodes(nodes: readonly KmdNode[], mode: KMarkdownMode): ReactNode[] {
  return nodes.map((node, index) => renderNode(node, mode, index));
}

function renderNode(node: KmdNode, mode: KMarkdownMode, key: number): ReactNode {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'paragraph':
      return <div key={key} className="kd-md-p">{renderNodes(node.children, mode)}</div>;
    case 'blockquote':
      return <blockquote key={key} className="kd-md-quote">{renderNodes(node.children, mode)}</blockquote>;
    case 'strong':
      return <strong key={key}>{renderNodes(node.children, mode)}</strong>;
    case 'em':
      return <em key={key}>{renderNodes(node.children, mode)}</em>;
    case 'del':
      return <del key={key}>{renderNodes(node.children, mode)}</del>;
    case 'ins':
      return <ins key={key} className="kd-md-ins">{renderNodes(node.children, mode)}</ins>;
    case 'spl':
      return <Spoiler key={key}>{renderNodes(node.children, mode)}</Spoiler>;
    case 'a':
      return <SafeLink key={key} href={node.href}>{renderNodes(node.children, mode)}</SafeLink>;
    case 'font':
      // §1 / §3: colored text works only inside card kmarkdown elements.
      return mode === 'card' && node.theme
        ? <span key={key} className={`kd-md-font kd-md-font-${node.theme}`}>{renderNodes(node.children, mode)}</span>
        : <span key={key}>{renderNodes(node.children, mode)}</span>;
    case 'hr':
      return <hr key={key} className="kd-md-hr" />;
    case 'code':
      return <code key={key} className="kd-md-code">{node.text}</code>;
    case 'codeblock':
      return <CodeBlock key={key} lang={node.lang} text={node.text} />;
    case 'emoji':
      return <span key={key} className="kd-md-emoji" role="img" aria-label={`:${node.shortcode}:`}>{node.unicode}</span>;
    case 'guild-emoji':
      return <GuildEmoji key={key} name={node.name} id={node.id} />;
    case 'channel':
      return <ChannelMention key={key} id={node.id} />;
    case 'mention':
      return <UserMention key={key} id={node.id} />;
    case 'role':
      return <RoleMention key={key} id={node.id} />;
    case 'mention-all':
      return <GroupMention key={key} group="all" />;
    case 'mention-here':
      return <GroupMention key={key} group="here" />;
  }
}

function CodeBlock({ lang, text }: { lang: string; text: string }) {
  const t = useContentText();
  return (
    <pre className="kd-md-codeblock" aria-label={t('codeBlock', { lang })}>
      {lang && <span className="kd-md-codeblock-lang">{lang}</span>}
      <code>{text}</code>
    </pre>
  );
}

function GuildEmoji({ name, id }: { name: string; id: string }) {
  const { guildEmojiUrl } = useContentServices();
  return <SafeImage className="kd-md-guild-emoji" src={guildEmojiUrl(id)} alt={`:${name}:`} />;
}
