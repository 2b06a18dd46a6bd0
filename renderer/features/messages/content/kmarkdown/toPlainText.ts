import type { KmdNode } from './nodes';

/** Text of a tree, for accessible names and places that cannot hold formatting (button labels). */
export function kmdToPlainText(nodes: readonly KmdNode[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'code':
      case 'codeblock':
        out += node.text;
        break;
      case 'emoji':
        out += node.unicode;
        break;
      case 'guild-emoji':
        out += `:${node.name}:`;
        break;
      case 'hr':
        out += '\n';
        break;
      case 'channel':
        out += `#${node.id}`;
        break;
      case 'mention':
      case 'role':
        out += `@${node.id}`;
        break;
      case 'mention-all':
        out += '@all';
        break;
      case 'mention-here':
        out += '@here';
        break;
      default:
        out += kmdToPlainText(node.children);
    }
  }
  return out;
}
