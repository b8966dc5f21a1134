/**
 * Writing readable, deterministic JavaScript: 2-space indentation, no
 * trailing spaces, single-quoted strings, no semicolons (the style of
 * WeChat's own templates and of the official demo), one trailing newline.
 * Generated code is text assembled from facts; it is never evaluated here.
 */

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A JS string literal in single quotes; non-ASCII text (Chinese) stays readable. */
export function jsString(s: string): string {
  let out = "'";
  for (const c of s) {
    if (c === '\\') out += '\\\\';
    else if (c === "'") out += "\\'";
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\u2028' || c === '\u2029' || c < ' ') out += `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return out + "'";
}

/** Text inside a template literal (between backticks). */
export function templateText(s: string): string {
  return s.replace(/[\\`]/g, (c) => '\\' + c).replace(/\$\{/g, '\\${');
}

/** An object key: bare when it is an identifier, else quoted. */
export function propKey(name: string): string {
  return IDENTIFIER.test(name) ? name : jsString(name);
}

/** `obj.name`, or `obj['na-me']` when the name is no identifier. */
export function member(obj: string, name: string): string {
  return IDENTIFIER.test(name) ? `${obj}.${name}` : `${obj}[${jsString(name)}]`;
}

/** One line comment (comment text never closes anything, so any text is safe after `//`). */
export function lineComment(text: string): string {
  return `// ${text.replace(/[\r\n\u2028\u2029]+/g, ' ')}`;
}

/** Lines with indentation and blank lines, rendered without trailing spaces. */
export class CodeWriter {
  private readonly lines: string[] = [];
  private depth = 0;

  line(text = ''): this {
    this.lines.push(text ? '  '.repeat(this.depth) + text : '');
    return this;
  }

  each(texts: readonly string[]): this {
    for (const t of texts) this.line(t);
    return this;
  }

  comment(text: string): this {
    return this.line(lineComment(text));
  }

  /** A line that opens a block: what follows is one level deeper. */
  open(text: string): this {
    this.line(text);
    this.depth++;
    return this;
  }

  /** A line that closes a block (`}`), or closes one and opens the next (`} catch (err) {`). */
  close(text = '}', reopen = false): this {
    this.depth--;
    this.line(text);
    if (reopen) this.depth++;
    return this;
  }

  /** `open` line, the body one level deeper, then `close`. */
  block(open: string, body: () => void, close = '}'): this {
    this.line(open);
    this.depth++;
    body();
    this.depth--;
    return this.line(close);
  }

  /** No two blank lines in a row, none at the start or end of a block. */
  toString(): string {
    const out: string[] = [];
    for (const l of this.lines) {
      const trimmed = l.replace(/\s+$/, '');
      const prev = out[out.length - 1];
      if (trimmed === '' && (prev === undefined || prev === '' || /[{([]$/.test(prev))) continue;
      if (prev === '' && /^\s*[})\]]/.test(trimmed)) out.pop();
      out.push(trimmed);
    }
    while (out.length && out[out.length - 1] === '') out.pop();
    return out.join('\n') + '\n';
  }
}

/** Words that cannot name a variable. */
const RESERVED: ReadonlySet<string> = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof ' +
    'new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await ' +
    'arguments eval undefined NaN Infinity args wx require module exports console Promise').split(' '),
);

/** A variable name from words: camelCase, never a reserved word or a name the generated code uses itself. */
export function variableName(base: string, taken: Set<string>): string {
  let name = /^[A-Za-z_$][\w$]*$/.test(base) ? base : 'value';
  if (RESERVED.has(name)) name += 'Value';
  let n = name;
  for (let k = 2; taken.has(n); k++) n = `${name}${k}`;
  taken.add(n);
  return n;
}

/** A value in generated code, with the comment lines that explain it. */
export interface CodeValue {
  expr: string;
  notes: string[];
}

/** `{ a: …, b: … }` over several lines, each value with its notes above it. */
export function objectLines(entries: readonly [string, CodeValue][], indent = '  '): string[] {
  if (!entries.length) return ['{}'];
  const out = ['{'];
  entries.forEach(([k, v], i) => {
    for (const n of v.notes) out.push(indent + n);
    out.push(`${indent}${propKey(k)}: ${v.expr}${i < entries.length - 1 ? ',' : ''}`);
  });
  out.push('}');
  return out;
}

/** Options object lines: `key: value` pairs whose values may span lines (`data: {…}`). */
export function optionLines(options: readonly [string, string[]][]): string[] {
  const out = ['{'];
  options.forEach(([k, lines], i) => {
    const comma = i < options.length - 1 ? ',' : '';
    lines.forEach((l, j) => out.push(j === 0 ? `  ${propKey(k)}: ${l}${j === lines.length - 1 ? comma : ''}` : `  ${l}${j === lines.length - 1 ? comma : ''}`));
  });
  out.push('}');
  return out;
}

/** `head` + first line of `body`, the middle lines, last line + `tail`. */
export function wrap(head: string, body: string[], tail: string): string[] {
  if (body.length === 1) return [head + body[0] + tail];
  return [head + body[0], ...body.slice(1, -1), body[body.length - 1] + tail];
}
