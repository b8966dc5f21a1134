import type * as t from '@babel/types';
import { VISITOR_KEYS } from '@babel/types';

/**
 * Visit every node under `root` (nested functions included), parents before
 * children in source order, through Babel's visitor keys. `visit` returns true
 * to stop the whole walk (a scan that found what it looked for), `'skip'` not
 * to go under that node.
 */
export function walkAst(root: t.Node | t.Node[] | null | undefined, visit: (node: t.Node) => boolean | 'skip' | void): void {
  let stopped = false;
  const go = (n: unknown): void => {
    if (stopped || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) go(x);
      return;
    }
    const node = n as t.Node;
    if (typeof node.type !== 'string') return;
    const said = visit(node);
    if (said === true) stopped = true;
    if (said === true || said === 'skip') return;
    for (const key of VISITOR_KEYS[node.type] ?? []) go((node as unknown as Record<string, unknown>)[key]);
  };
  go(root);
}
