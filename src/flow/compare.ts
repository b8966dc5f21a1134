import { bool, unknown, type Value } from './values.js';

/**
 * `<`, `<=`, `>`, `>=` between two known numbers or two known strings,
 * computed as JavaScript would; anything else is unknown. Library code
 * routes keys with them (`NATIVE_PROPS.indexOf(key) < 0`), and a known
 * answer keeps the follower on the one path the code takes.
 * https://tc39.es/ecma262/#sec-islessthan
 */
export type RelationalOp = '<' | '<=' | '>' | '>=';

export function compareKnown(op: RelationalOp, l: Value, r: Value): Value {
  if ((l.t === 'num' && r.t === 'num') || (l.t === 'str' && r.t === 'str')) {
    const a = l.v;
    const b = r.v;
    switch (op) {
      case '<':
        return bool(a < b);
      case '<=':
        return bool(a <= b);
      case '>':
        return bool(a > b);
      case '>=':
        return bool(a >= b);
    }
  }
  return unknown();
}
