/**
 * A small JSON parser that remembers where every field is, so that a
 * diagnostic about `pages[3]` or `usingComponents.goods-card` can point at
 * its line and column (JSON.parse keeps no positions).
 *
 * It accepts exactly JSON, plus two things real mini-program projects carry
 * (WeChat DevTools tolerates them in some files, editors add them): comments
 * and trailing commas. Those are accepted but listed in `lenient`, so the
 * caller can warn that the file is not strict JSON.
 */

export interface JsonPos {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  offset: number;
}

export interface JsonLenience {
  what: 'comment' | 'trailing comma';
  pos: JsonPos;
}

export interface JsonParseResult {
  /** The parsed value; undefined when `error` is set. */
  value: unknown;
  /**
   * Key path → position. Object members point at their key, array elements
   * at the element, the root ('') at the root value. Paths: `pages[3]`,
   * `subpackages[0].root`, `usingComponents.goods-card`.
   */
  index: Map<string, JsonPos>;
  error: { reason: string; pos: JsonPos } | null;
  lenient: JsonLenience[];
}

/** Append one segment to a key path: a member name or an array index. */
export function jsonPath(parent: string, seg: string | number): string {
  if (typeof seg === 'number') return `${parent}[${seg}]`;
  return parent ? `${parent}.${seg}` : seg;
}

/** Deeper nesting than this is refused instead of overflowing the stack. */
const MAX_DEPTH = 512;

class JsonSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {
    super(reason);
  }
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS: Record<string, unknown> = { true: true, false: false, null: null };

class Parser {
  private i = 0;
  /** Offsets where lines start, for offset → line/column. */
  private readonly lineStarts: number[] = [0];
  readonly index = new Map<string, JsonPos>();
  readonly lenient: JsonLenience[] = [];

  constructor(private readonly s: string) {
    for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) === 10) this.lineStarts.push(k + 1);
    if (s.charCodeAt(0) === 0xfeff) this.i = 1;
  }

  pos(offset: number): JsonPos {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1, offset };
  }

  parseDocument(): unknown {
    this.skip();
    const v = this.value('', 0);
    this.skip();
    if (this.i < this.s.length) this.fail(`Unexpected ${this.describe()} after the JSON value`);
    return v;
  }

  private fail(reason: string, at = this.i): never {
    throw new JsonSyntaxError(reason, at);
  }

  private describe(): string {
    if (this.i >= this.s.length) return 'end of input';
    return `character ${JSON.stringify(this.s[this.i])}`;
  }

  /** Skip whitespace and comments (recording the comments as lenient). */
  private skip(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.i++;
      else if (c === '/' && s[this.i + 1] === '/') {
        this.lenient.push({ what: 'comment', pos: this.pos(this.i) });
        while (this.i < s.length && s[this.i] !== '\n') this.i++;
      } else if (c === '/' && s[this.i + 1] === '*') {
        this.lenient.push({ what: 'comment', pos: this.pos(this.i) });
        const end = s.indexOf('*/', this.i + 2);
        if (end < 0) this.fail('Unterminated comment');
        this.i = end + 2;
      } else break;
    }
  }

  private value(path: string, depth: number): unknown {
    if (depth > MAX_DEPTH) this.fail(`Nested deeper than ${MAX_DEPTH} levels`);
    if (path === '') this.index.set('', this.pos(this.i));
    const c = this.s[this.i];
    if (c === '{') return this.object(path, depth);
    if (c === '[') return this.array(path, depth);
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const [word, v] of Object.entries(LITERALS)) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return v;
      }
    }
    return this.fail(`Unexpected ${this.describe()}`);
  }

  private object(path: string, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.i++; // {
    this.skip();
    if (this.s[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      if (this.s[this.i] !== '"') this.fail(`Expected a property name, found ${this.describe()}`);
      const keyAt = this.i;
      const key = this.string();
      const p = jsonPath(path, key);
      this.index.set(p, this.pos(keyAt));
      this.skip();
      if (this.s[this.i] !== ':') this.fail(`Expected ':' after property name, found ${this.describe()}`);
      this.i++;
      this.skip();
      const v = this.value(p, depth + 1);
      // A "__proto__" key is data, not the prototype.
      Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      this.skip();
      if (this.s[this.i] === '}') {
        this.i++;
        return out;
      }
      if (this.s[this.i] !== ',') this.fail(`Expected ',' or '}', found ${this.describe()}`);
      const commaAt = this.i++;
      this.skip();
      if (this.s[this.i] === '}') {
        this.lenient.push({ what: 'trailing comma', pos: this.pos(commaAt) });
        this.i++;
        return out;
      }
    }
  }

  private array(path: string, depth: number): unknown[] {
    const out: unknown[] = [];
    this.i++; // [
    this.skip();
    if (this.s[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      const p = jsonPath(path, out.length);
      this.index.set(p, this.pos(this.i));
      out.push(this.value(p, depth + 1));
      this.skip();
      if (this.s[this.i] === ']') {
        this.i++;
        return out;
      }
      if (this.s[this.i] !== ',') this.fail(`Expected ',' or ']', found ${this.describe()}`);
      const commaAt = this.i++;
      this.skip();
      if (this.s[this.i] === ']') {
        this.lenient.push({ what: 'trailing comma', pos: this.pos(commaAt) });
        this.i++;
        return out;
      }
    }
  }

  /** Scan a string token, then let JSON.parse decode its escapes. */
  private string(): string {
    const start = this.i++;
    const s = this.s;
    for (;;) {
      if (this.i >= s.length) this.fail('Unterminated string', start);
      const code = s.charCodeAt(this.i);
      if (code === 0x22) break; // "
      if (code < 0x20) this.fail('Control character in string (a string cannot span lines)');
      this.i += code === 0x5c ? 2 : 1; // a backslash escapes the next character
    }
    this.i++;
    try {
      return JSON.parse(s.slice(start, this.i)) as string;
    } catch {
      return this.fail('Invalid escape sequence in string', start);
    }
  }

  private number(): number {
    NUMBER_RE.lastIndex = this.i;
    const m = NUMBER_RE.exec(this.s);
    if (!m) this.fail('Invalid number');
    this.i += m[0].length;
    return Number(m[0]);
  }
}

/** Parse JSON (plus comments and trailing commas) with a position index. Never throws. */
export function parseJsonWithLocations(text: string): JsonParseResult {
  const p = new Parser(text);
  try {
    const value = p.parseDocument();
    return { value, index: p.index, error: null, lenient: p.lenient };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    return { value: undefined, index: p.index, error: { reason: e.reason, pos: p.pos(e.offset) }, lenient: p.lenient };
  }
}
