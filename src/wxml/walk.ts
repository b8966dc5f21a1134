import type { WxmlElement, WxmlNode } from './types.js';

export interface WxmlVisitor {
  /** Called before an element's children (and for every text node). Return `false` to skip the children. */
  enter?(node: WxmlNode): boolean | void;
  /** Called after an element's children. */
  leave?(el: WxmlElement): void;
}

/**
 * Depth-first walk with an explicit stack: the parser caps depth, but nothing
 * that walks a tree recurses, so a hostile file cannot overflow the JS stack.
 */
export function walkWxml(nodes: readonly WxmlNode[], v: WxmlVisitor): void {
  const stack: { el: WxmlElement | null; children: readonly WxmlNode[]; i: number }[] = [{ el: null, children: nodes, i: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.children.length) {
      stack.pop();
      if (top.el) v.leave?.(top.el);
      continue;
    }
    const node = top.children[top.i++]!;
    const descend = v.enter?.(node) !== false;
    if (node.type !== 'element') continue;
    if (descend) stack.push({ el: node, children: node.children, i: 0 });
    else v.leave?.(node);
  }
}

/** Attribute value by exact name; `undefined` when absent, `null` for a boolean attribute. */
export function attr(el: WxmlElement, name: string): string | null | undefined {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return undefined;
}
