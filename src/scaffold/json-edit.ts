import { parseJsonWithLocations, type JsonParseResult } from '../load/json-loc.js';

/**
 * Small edits to a JSON text that keep everything else byte for byte: set
 * one member of an object, append one element to an array. New text follows
 * the file's own style — its indentation unit, its line ends, one-line
 * containers stay on one line — so a reviewer's diff shows only the change.
 * Paths are json-loc key paths (`agent.skills`, `subPackages[0]`, '' = root).
 */

export interface JsonStyle {
  /** One indentation level (`  `, `    `, `\t`). */
  unit: string;
  eol: '\n' | '\r\n';
}

export function detectStyle(text: string): JsonStyle {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const m = /\n([ \t]+)\S/.exec(text);
  return { unit: m ? m[1]! : '  ', eol };
}

/** Index past whitespace and comments (the lenient reader accepts comments in app.json). */
function skipSpace(text: string, i: number): number {
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith('//', i)) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else return i;
  }
}

/** End (exclusive) of the string literal starting at `i`. */
function stringEnd(text: string, i: number): number {
  for (let k = i + 1; k < text.length; k++) {
    if (text[k] === '\\') k++;
    else if (text[k] === '"') return k + 1;
  }
  return text.length;
}

/** End (exclusive) of the value starting at `i`. */
function valueEnd(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return stringEnd(text, i);
  if (c !== '{' && c !== '[') {
    let k = i;
    while (k < text.length && !/[\s,\]}/]/.test(text[k]!)) k++;
    return k;
  }
  let depth = 0;
  for (let k = i; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === '"') k = stringEnd(text, k) - 1;
    else if (text.startsWith('//', k) || text.startsWith('/*', k)) k = skipSpace(text, k) - 1;
    else if (ch === '{' || ch === '[') depth++;
    else if ((ch === '}' || ch === ']') && --depth === 0) return k + 1;
  }
  return text.length;
}

interface Span {
  start: number;
  end: number;
}

/** Where the value at `path` is written; null when there is no such member. */
function valueSpan(text: string, parsed: JsonParseResult, path: string): Span | null {
  const pos = parsed.index.get(path);
  if (!pos) return null;
  let start = pos.offset;
  // Members point at their key: step over it and the colon.
  if (path !== '' && !path.endsWith(']') && text[start] === '"') start = skipSpace(text, skipSpace(text, stringEnd(text, start)) + 1);
  return { start, end: valueEnd(text, start) };
}

/** Leading whitespace of the line holding offset `i`. */
function lineIndent(text: string, i: number): string {
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** Direct children of a container path, by position in the text. */
function children(parsed: JsonParseResult, path: string): number[] {
  const out: number[] = [];
  for (const [p, pos] of parsed.index) {
    const rest = path === '' ? p : p.startsWith(path) ? p.slice(path.length) : null;
    if (rest === null || p === path) continue;
    const direct = path === '' ? /^[^.[]+$/.test(rest) : /^(\.[^.[]+|\[\d+\])$/.test(rest);
    if (direct) out.push(pos.offset);
  }
  return out.sort((a, b) => a - b);
}

/** JSON text of a value, multi-line in the file's style starting at `indent`, or on one line. */
function render(value: unknown, style: JsonStyle, indent: string, inline: boolean): string {
  if (inline) return inlineJson(value);
  return JSON.stringify(value, null, style.unit).split('\n').join(style.eol + indent);
}

function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return value.length ? `[${value.map(inlineJson).join(', ')}]` : '[]';
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length ? `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`).join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

function splice(text: string, at: number, remove: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

/** Insert a new member or element into the container at `span` (children at `kids`). */
function insertInto(text: string, span: Span, kids: number[], entry: (indent: string, inline: boolean) => string, style: JsonStyle): string {
  const closeAt = span.end - 1;
  let last = closeAt - 1;
  while (last > span.start && /\s/.test(text[last]!)) last--;
  const inline = !text.slice(span.start, span.end).includes('\n') && kids.length > 0;
  if (kids.length === 0) {
    const outer = lineIndent(text, span.start);
    const inner = outer + style.unit;
    return splice(text, span.start + 1, closeAt - span.start - 1, `${style.eol}${inner}${entry(inner, false)}${style.eol}${outer}`);
  }
  const comma = text[last] === ',' ? '' : ',';
  if (inline) return splice(text, last + 1, 0, `${comma} ${entry('', true)}`);
  const indent = lineIndent(text, kids[kids.length - 1]!);
  return splice(text, last + 1, 0, `${comma}${style.eol}${indent}${entry(indent, false)}`);
}

/** Set `key` of the object at `objPath` to `value`: replace its value, or add the member at the end. */
export function setMember(text: string, objPath: string, key: string, value: unknown): string {
  const parsed = parseJsonWithLocations(text);
  const style = detectStyle(text);
  const memberPath = objPath ? `${objPath}.${key}` : key;
  const existing = valueSpan(text, parsed, memberPath);
  if (existing) {
    const inline = !text.slice(existing.start, existing.end).includes('\n') && /^[[{]/.test(text[existing.start]!) && existing.end - existing.start > 2;
    return splice(text, existing.start, existing.end - existing.start, render(value, style, lineIndent(text, existing.start), inline));
  }
  const obj = valueSpan(text, parsed, objPath);
  if (!obj || text[obj.start] !== '{') throw new Error(`no object at "${objPath}"`);
  return insertInto(text, obj, children(parsed, objPath), (indent, inline) => `${JSON.stringify(key)}: ${render(value, style, indent, inline)}`, style);
}

/** Append `value` to the array at `arrPath`. */
export function appendElement(text: string, arrPath: string, value: unknown): string {
  const parsed = parseJsonWithLocations(text);
  const style = detectStyle(text);
  const arr = valueSpan(text, parsed, arrPath);
  if (!arr || text[arr.start] !== '[') throw new Error(`no array at "${arrPath}"`);
  return insertInto(text, arr, children(parsed, arrPath), (indent, inline) => render(value, style, indent, inline), style);
}
