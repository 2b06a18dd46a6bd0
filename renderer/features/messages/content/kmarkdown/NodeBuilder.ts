import type { KmdNode } from './nodes';

/** Collects nodes, merging adjacent text so escapes and literal fallbacks stay one node. */
export class NodeBuilder {
  readonly nodes: KmdNode[] = [];

  text(text: string): void {
    if (text === '') return;
    const last = this.nodes[this.nodes.length - 1];
    if (last && last.type === 'text') last.text += text;
    else this.nodes.push({ type: 'text', text });
  }

  push(node: KmdNode): void {
    this.nodes.push(node);
  }
}
