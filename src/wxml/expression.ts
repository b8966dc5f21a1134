/**
 * Just enough of a JavaScript expression scanner for WXML `{{ }}` contents:
 * which data keys an expression reads (its root identifiers) and which string
 * literals it can produce. WXML expressions are a JS subset
 * (https://developers.weixin.qq.com/miniprogram/dev/reference/wxml/data.html);
 * nothing here evaluates anything.
 */

/** Words that are never data keys. */
const NOT_DATA = new Set([
  'true', 'false', 'null', 'undefined', 'NaN', 'Infinity', 'this', 'arguments',
  'typeof', 'instanceof', 'in', 'of', 'new', 'void', 'delete', 'await', 'yield',
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'do',
  'else', 'enum', 'export', 'extends', 'finally', 'for', 'function', 'if', 'import',
  'let', 'return', 'static', 'super', 'switch', 'throw', 'try', 'var', 'while', 'with',
]);

type Token =
  | { kind: 'ident'; text: string }
  | { kind: 'string'; text: string }
  | { kind: 'punct'; text: string }
  | { kind: 'number' };

const isIdStart = (c: string): boolean => /[A-Za-z_$\u00a0-\uffff]/.test(c);
const isIdPart = (c: string): boolean => /[A-Za-z0-9_$\u00a0-\uffff]/.test(c);

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

function tokenize(expr: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < expr.length) {
    const c = expr[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === "'" || c === '`') {
      let text = '';
      i++;
      while (i < expr.length && expr[i] !== c) {
        if (expr[i] === '\\' && i + 1 < expr.length) {
          const e = expr[i + 1]!;
          text += ESCAPES[e] ?? e;
          i += 2;
        } else text += expr[i++];
      }
      i++;
      out.push({ kind: 'string', text });
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(expr[i + 1] ?? ''))) {
      while (i < expr.length && /[0-9A-Za-z_.]/.test(expr[i]!)) i++;
      out.push({ kind: 'number' });
    } else if (isIdStart(c)) {
      const s = i;
      while (i < expr.length && isIdPart(expr[i]!)) i++;
      out.push({ kind: 'ident', text: expr.slice(s, i) });
    } else if (expr.startsWith('...', i) || expr.startsWith('?.', i)) {
      out.push({ kind: 'punct', text: expr.slice(i, i + (expr[i] === '.' ? 3 : 2)) });
      i += expr[i] === '.' ? 3 : 2;
    } else {
      out.push({ kind: 'punct', text: c });
      i++;
    }
  }
  return out;
}

/**
 * Root identifiers an expression reads: `a.b[c] + d(e)` → a, c, d, e.
 * Skips property names after `.`, object-literal keys (`{ key: v }` and the
 * brace-less `data="{{ key: v }}"` of `<template>`), keywords and literals.
 */
export function rootIdentifiers(expr: string): string[] {
  const toks = tokenize(expr);
  const out: string[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== 'ident' || NOT_DATA.has(t.text)) continue;
    const prev = toks[k - 1];
    const next = toks[k + 1];
    if (prev?.kind === 'punct' && (prev.text === '.' || prev.text === '?.')) continue;
    const keyPosition = !prev || (prev.kind === 'punct' && (prev.text === '{' || prev.text === ','));
    if (keyPosition && next?.kind === 'punct' && next.text === ':') continue;
    if (!out.includes(t.text)) out.push(t.text);
  }
  return out;
}

/**
 * `root.name` reads in an expression (`options.my && status`, `options?.joined`): a root identifier
 * and the property read off it by name, as `root.name`, in order, without duplicates.
 */
export function rootMembers(expr: string): string[] {
  const toks = tokenize(expr);
  const roots = new Set(rootIdentifiers(expr));
  const out: string[] = [];
  for (let k = 0; k + 2 < toks.length; k++) {
    const [t, dot, name] = [toks[k]!, toks[k + 1]!, toks[k + 2]!];
    if (t.kind !== 'ident' || !roots.has(t.text) || dot.kind !== 'punct' || (dot.text !== '.' && dot.text !== '?.') || name.kind !== 'ident') continue;
    const prev = toks[k - 1];
    if (prev?.kind === 'punct' && (prev.text === '.' || prev.text === '?.')) continue;
    const path = `${t.text}.${name.text}`;
    if (!out.includes(path)) out.push(path);
  }
  return out;
}

/** String literals in an expression, in order, without duplicates or empty strings. */
export function stringLiterals(expr: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(expr)) {
    if (t.kind === 'string' && t.text !== '' && !out.includes(t.text)) out.push(t.text);
  }
  return out;
}

/** `a.b.c` (a plain member path): its root identifier; else null. */
export function memberPathRoot(expr: string): string | null {
  const m = /^\s*([A-Za-z_$][\w$]*)(\s*\.\s*[A-Za-z_$][\w$]*)*\s*$/.exec(expr);
  return m ? m[1]! : null;
}
