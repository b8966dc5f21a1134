import type * as t from '@babel/types';
import type { Loc } from '../../model/types.js';
import { literalString, unwrap, type Resolver } from '../js/resolve.js';
import { subtree, type FunctionNode } from '../js/scope.js';
import { nodeLoc, type ScriptFile } from '../js/scripts.js';
import { objectKeys, type KeyRef, type ObjectKeys } from './object-keys.js';

/**
 * What an API function returns, read from its `return` statements
 * (wechat-ai-mode.md, "mcp.json"): `{ isError?, content, structuredContent?,
 * _meta?, handoff? }`. Each returned object literal is one shape; a return
 * of anything else (a helper's result, a Promise) is `unknown`, and rules
 * that need every return to be known stay silent.
 */
export interface HandoffFacts {
  loc: Loc;
  /** Keys of `handoff.query` (`'id=1&from=ai'`, a template, a concatenation or an object); null when there is no query. */
  query: QueryKeys | null;
  /** `handoff.path` when it is a literal. */
  path: string | null;
}

export interface QueryKeys {
  keys: KeyRef[];
  /** False when some key is computed at run time. */
  complete: boolean;
}

export interface ReturnShape {
  loc: Loc;
  /** The returned value is an object literal we can read (its members may still be partly unknown). */
  known: boolean;
  structuredContent: ObjectKeys | 'absent' | 'unknown';
  handoff: HandoffFacts | 'absent' | 'unknown';
}

export interface ApiReturns {
  fn: FunctionNode;
  script: ScriptFile;
  shapes: ReturnShape[];
}

export function apiReturns(fn: FunctionNode, script: ScriptFile, resolver: Resolver): ApiReturns {
  const returned: t.Node[] = [];
  if (fn.body.type !== 'BlockStatement') returned.push(fn.body);
  else {
    for (const n of subtree(fn.body, { skipNestedFunctions: true })) {
      if (n.type === 'ReturnStatement' && n.argument) returned.push(n.argument);
    }
  }
  const shapes = returned.flatMap((e) => branches(e).map((b) => shapeOf(b, script, resolver)));
  return { fn, script, shapes };
}

/** `c ? a : b` returns a or b. */
function branches(e: t.Node): t.Node[] {
  const u = unwrap(e);
  if (u.type === 'ConditionalExpression') return [...branches(u.consequent), ...branches(u.alternate)];
  return [u];
}

function shapeOf(e: t.Node, script: ScriptFile, resolver: Resolver): ReturnShape {
  const loc = nodeLoc(script.file, e);
  const obj = objectKeys(e, script, resolver);
  if (!obj) return { loc, known: false, structuredContent: 'unknown', handoff: 'unknown' };
  const sc = property(obj, 'structuredContent');
  const ho = property(obj, 'handoff');
  return {
    loc,
    known: true,
    structuredContent: sc ? (objectKeys(sc, obj.script, resolver) ?? 'unknown') : obj.complete ? 'absent' : 'unknown',
    handoff: ho ? handoffOf(ho, obj.script, resolver) : obj.complete ? 'absent' : 'unknown',
  };
}

/** The value of a key of an object literal (the last one written). */
function property(obj: ObjectKeys, key: string): t.Node | null {
  for (let i = obj.node.properties.length - 1; i >= 0; i--) {
    const p = obj.node.properties[i]!;
    if (p.type !== 'ObjectProperty') continue;
    const k = p.key.type === 'Identifier' && !p.computed ? p.key.name : p.key.type === 'StringLiteral' ? p.key.value : null;
    if (k === key) return p.value;
  }
  return null;
}

function handoffOf(e: t.Node, script: ScriptFile, resolver: Resolver): HandoffFacts | 'unknown' {
  const obj = objectKeys(e, script, resolver);
  if (!obj) return 'unknown';
  const q = property(obj, 'query');
  const p = property(obj, 'path');
  return { loc: obj.loc, query: q ? queryKeys(q, obj.script, resolver) : null, path: p ? literalString(p) : null };
}

/** A piece of a query string: static text with the location of its first character, or a run-time hole. */
type Piece = { text: string; at: (i: number) => Loc } | null;

const MAX_PIECES_DEPTH = 16;

/** Keys of a query: `'a=1&b=' + x`, `` `a=${x}&b=2` ``, `{ a: x }`, or a variable holding one of those. */
export function queryKeys(e: t.Node, script: ScriptFile, resolver: Resolver): QueryKeys {
  const v = resolver.value(e, script);
  if (v?.kind === 'node' && v.node.type === 'ObjectExpression') {
    const obj = objectKeys(e, script, resolver);
    if (obj) return { keys: obj.keys, complete: obj.complete };
  }
  const pieces = flatten(e, script, resolver, 0);
  const keys: KeyRef[] = [];
  let complete = true;
  // Walk the pieces as one string, splitting on '&' and reading each key up to '='.
  let key = '';
  let keyLoc: Loc | null = null;
  let inKey = true;
  let dynamicKey = false;
  let first = true;
  const endSegment = (): void => {
    if (dynamicKey) complete = false;
    else if (key && keyLoc) keys.push({ name: key, loc: keyLoc });
    key = '';
    keyLoc = null;
    inKey = true;
    dynamicKey = false;
  };
  for (const piece of pieces) {
    if (piece === null) {
      if (inKey) dynamicKey = true;
      first = false;
      continue;
    }
    for (let i = 0; i < piece.text.length; i++) {
      const c = piece.text[i]!;
      if (first && c === '?') {
        first = false;
        continue;
      }
      first = false;
      if (c === '&') endSegment();
      else if (c === '=' && inKey) inKey = false;
      else if (inKey) {
        if (!keyLoc) keyLoc = piece.at(i);
        key += c;
      }
    }
  }
  endSegment();
  return { keys, complete };
}

function flatten(e: t.Node, script: ScriptFile, resolver: Resolver, depth: number): Piece[] {
  if (depth > MAX_PIECES_DEPTH) return [null];
  const u = unwrap(e);
  if (u.type === 'StringLiteral') return [{ text: u.value, at: (i) => shift(nodeLoc(script.file, u), i + 1) }];
  if (u.type === 'TemplateLiteral') {
    const out: Piece[] = [];
    u.quasis.forEach((q, i) => {
      const text = q.value.cooked ?? q.value.raw;
      if (text) out.push({ text, at: (k) => shift(nodeLoc(script.file, q), k) });
      if (i < u.expressions.length) out.push(null);
    });
    return out;
  }
  if (u.type === 'BinaryExpression' && u.operator === '+') return [...flatten(u.left, script, resolver, depth + 1), ...flatten(u.right, script, resolver, depth + 1)];
  if (u.type === 'Identifier') {
    const v = resolver.value(u, script);
    if (v?.kind === 'node' && v.node !== u && (v.node.type === 'StringLiteral' || v.node.type === 'TemplateLiteral' || v.node.type === 'BinaryExpression')) {
      return flatten(v.node, v.script, resolver, depth + 1);
    }
  }
  return [null];
}

/** A location `n` characters further on the same line. */
function shift(loc: Loc, n: number): Loc {
  return { file: loc.file, line: loc.line, column: loc.column + n };
}
