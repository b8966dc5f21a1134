import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { cmp } from '../../diagnostics/diagnostic.js';
import type { Loc } from '../../model/types.js';
import type { Vfs } from '../../util/vfs.js';
import { parseWxml } from '../../wxml/parse.js';
import type { WxmlDocument } from '../../wxml/types.js';
import { canonicalName, literalString, unwrap, type Resolver } from '../js/resolve.js';
import { isFunctionNode, staticKey, type FunctionNode } from '../js/scope.js';
import { isScriptFile, nodeLoc, type ScriptFile, type Scripts } from '../js/scripts.js';
import type { SkillPackage } from '../types.js';
import { apiReturns, type ApiReturns } from './api-returns.js';
import { cardScript, type CardScript } from './card-script.js';
import { readMcp, type McpFacts } from './mcp.js';
import type { KeyRef } from './object-keys.js';
import { findRegistrations, type Registration } from './registrations.js';
import { readSkillMd, type SkillMdFacts } from './skill-md.js';
import { parseWxss, type WxssSheet } from './wxss.js';

/** Folders never walked for skill scripts: dependencies, not the skill's own code. */
const SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules', 'miniprogram_npm', '.git']);
/** A skill with more files than this is cut short (a skill is a handful of files). */
const MAX_FILES = 2000;
/** The files a card component is made of (wechat-ai-mode.md, "Where skills live"). */
export const CARD_FILES = ['index.js', 'index.json', 'index.wxml', 'index.wxss'] as const;
/** wx storage APIs whose first argument (or its `key`) names a storage key. */
const STORAGE_APIS: ReadonlySet<string> = new Set(
  ['setStorageSync', 'getStorageSync', 'removeStorageSync', 'setStorage', 'getStorage', 'removeStorage'].map((a) => `wx.${a}`),
);

export interface Card {
  name: string;
  /** Root-relative folder (`skills/order/components/order-card`). */
  dir: string;
  /** How mcp.json names it: `components/<name>/index`. */
  componentPath: string;
  file(f: (typeof CARD_FILES)[number]): string;
}

export interface FactsEnv {
  vfs: Vfs;
  diags: DiagnosticBag;
  scripts: Scripts;
  resolver: Resolver;
}

/** Everything the rules read about one skill, each piece computed on first use and kept. */
export class SkillFacts {
  private readonly memo = new Map<string, unknown>();

  constructor(
    readonly skill: SkillPackage,
    private readonly env: FactsEnv,
  ) {}

  private once<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  /** A path inside the skill folder, root-relative. */
  path(rel: string): string {
    return this.skill.dir ? `${this.skill.dir}/${rel}` : rel;
  }

  /** Where a finding about the skill as a whole goes: its mcp.json (or the folder's SKILL.md when there is none). */
  get anchor(): Loc {
    const file = this.env.vfs.isFile(this.path('mcp.json')) ? this.path('mcp.json') : this.path('SKILL.md');
    return { file, line: 1, column: 1 };
  }

  /** Names in the skill folder, as the file system spells them. */
  entries(): string[] {
    return this.once('entries', () => this.env.vfs.list(this.skill.dir));
  }

  mcp(): McpFacts | null {
    return this.once('mcp', () => readMcp(this.env.vfs, this.path('mcp.json')));
  }

  /** The SKILL.md as named on disk (any case), or null. */
  skillMdName(): string | null {
    return this.once('skillMdName', () => this.entries().find((n) => n.toLowerCase() === 'skill.md' && this.env.vfs.isFile(this.path(n))) ?? null);
  }

  skillMd(): SkillMdFacts | null {
    return this.once('skillMd', () => {
      const name = this.skillMdName();
      const text = name ? this.env.vfs.readText(this.path(name)) : null;
      return text === null ? null : readSkillMd(text, this.path(name!));
    });
  }

  indexFile(): string | null {
    return this.once('index', () => ['index.js', 'index.ts'].map((f) => this.path(f)).find((f) => this.env.vfs.isFile(f)) ?? null);
  }

  registrations(): Registration[] {
    return this.once('registrations', () => {
      const f = this.indexFile();
      const script = f ? this.env.scripts.get(f) : null;
      return script ? findRegistrations(script, this.env.resolver) : [];
    });
  }

  /** Every script of the skill folder (recursively), sorted. */
  scriptFiles(): string[] {
    return this.once('scripts', () => listScripts(this.env.vfs, this.skill.dir));
  }

  script(file: string): ScriptFile | null {
    return this.env.scripts.get(file);
  }

  /** `apis/<name>.js` (or `.ts`) when it exists. */
  apiFile(name: string): string | null {
    return ['js', 'ts'].map((e) => this.path(`apis/${name}.${e}`)).find((f) => this.env.vfs.isFile(f)) ?? null;
  }

  /** The function behind an API: what index.js registers under the name, else what `apis/<name>.js` exports. */
  apiFunction(name: string): { fn: FunctionNode; script: ScriptFile } | null {
    return this.once(`fn:${name}`, () => {
      for (const r of this.registrations()) {
        if (r.name !== name || !r.handler) continue;
        const fn = this.env.resolver.fn(r.handler, r.script);
        if (fn) return fn;
      }
      const file = this.apiFile(name);
      const script = file ? this.env.scripts.get(file) : null;
      if (!script) return null;
      for (const v of [this.env.resolver.exported(script, name), this.env.resolver.moduleValue(script), this.env.resolver.exported(script, 'default')]) {
        if (v?.kind === 'node' && isFunctionNode(v.node)) return { fn: v.node, script: v.script };
      }
      return null;
    });
  }

  returns(name: string): ApiReturns | null {
    return this.once(`ret:${name}`, () => {
      const f = this.apiFunction(name);
      return f ? apiReturns(f.fn, f.script, this.env.resolver) : null;
    });
  }

  /** Card components: the folders under `components/`. */
  cards(): Card[] {
    return this.once('cards', () => {
      const base = this.path('components');
      return this.env.vfs
        .list(base)
        .filter((n) => this.env.vfs.isDir(`${base}/${n}`))
        .map((name) => {
          const dir = `${base}/${name}`;
          return { name, dir, componentPath: `components/${name}/index`, file: (f) => `${dir}/${f}` } satisfies Card;
        });
    });
  }

  cardScript(card: Card): CardScript | null {
    return this.once(`card-js:${card.dir}`, () => {
      const file = ['index.js', 'index.ts'].map((f) => `${card.dir}/${f}`).find((f) => this.env.vfs.isFile(f));
      const script = file ? this.env.scripts.get(file) : null;
      return script ? cardScript(script, this.env.resolver) : null;
    });
  }

  cardWxml(card: Card): WxmlDocument | null {
    return this.once(`card-wxml:${card.dir}`, () => {
      const file = card.file('index.wxml');
      const text = this.env.vfs.readText(file);
      return text === null ? null : parseWxml(text, file, this.env.diags);
    });
  }

  cardWxss(card: Card): WxssSheet | null {
    return this.once(`card-wxss:${card.dir}`, () => {
      const file = card.file('index.wxss');
      const text = this.env.vfs.readText(file);
      return text === null ? null : parseWxss(text, file);
    });
  }

  /** Storage keys the skill's code names literally (`wx.setStorageSync('cart', …)`, `wx.getStorage({ key: 'cart' })`). */
  storageKeys(): KeyRef[] {
    return this.once('storage', () => {
      const out: KeyRef[] = [];
      for (const f of this.scriptFiles()) {
        const script = this.env.scripts.get(f);
        if (!script) continue;
        for (const n of script.scopes.nodes) {
          if (n.type !== 'CallExpression' || !STORAGE_APIS.has(canonicalName(n.callee, script) ?? '')) continue;
          const a = n.arguments[0];
          if (!a || a.type === 'SpreadElement' || a.type === 'ArgumentPlaceholder') continue;
          const arg = unwrap(a);
          let key = literalString(arg);
          if (key === null && arg.type === 'ObjectExpression') {
            for (const p of arg.properties) if (p.type === 'ObjectProperty' && staticKey(p.key, p.computed) === 'key') key = literalString(p.value);
          }
          if (key) out.push({ name: key, loc: nodeLoc(f, arg) });
        }
      }
      return out;
    });
  }
}

function listScripts(vfs: Vfs, dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length && out.length < MAX_FILES) {
    const d = stack.pop()!;
    for (const name of vfs.list(d)) {
      const p = d ? `${d}/${name}` : name;
      if (vfs.isDir(p)) {
        if (!SKIPPED_DIRS.has(name)) stack.push(p);
      } else if (isScriptFile(name)) out.push(p);
    }
  }
  return out.sort(cmp);
}
