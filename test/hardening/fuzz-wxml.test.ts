import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import type { Loc } from '../../src/model/types.js';
import { normalizeRel } from '../../src/util/paths.js';
import { MemoryVfs } from '../../src/util/vfs.js';
import { collectWxml } from '../../src/wxml/collect.js';
import { extractWxml } from '../../src/wxml/extract.js';
import { parseWxml } from '../../src/wxml/parse.js';
import { walkWxml } from '../../src/wxml/walk.js';
import { diagnosticProblems, isRootRelative, logRuns, runs } from './helpers.js';

/**
 * Property-based fuzzing of the WXML front end: token soup built from the
 * pieces real templates (and broken ones) are made of. The parser and the
 * extractor never throw, and every location they hand out points at what it
 * names: an element's loc at its `<tag`, an attribute's at its name.
 */

const TOKENS = [
  '<view', '<view>', '</view>', '<text>', '</text>', '<button', '<form', '</form>', '<input', '<block', '</block>',
  '<template name="t">', '<template is="t"/>', '<template is="{{x}}" data="{{...a}}"/>', '</template>',
  '<wxs module="m">', '</wxs>', '<wxs src="./m.wxs" module="n"/>', '<import src="./a.wxml"/>', '<include src="../b"/>',
  '<slot/>', '<navigator url="/pages/a/a?id={{id}}">', '</navigator>', '<!--', '-->', '<![CDATA[', ']]>', '<?xml ?>', '<!DOCTYPE x>',
  ' bindtap="onTap"', ' catch:tap="{{h}}"', ' bind:submit="{{ok ? \'a\' : \'b\'}}"', ' data-goods-id="{{g.id}}"', ' mark:k="1"',
  ' model:value="{{v}}"', ' wx:for="{{list}}"', ' wx:if="{{a > b}}"', ' form-type="submit"', ' open-type="getPhoneNumber"', ' name="mobile"',
  ' a', ' =', '"', "'", '>', '/>', '<', '/', '{{', '}}', '{{a}}', '{{ "}}" }}', '{{\'<view>\'}}', '&amp;', '&#x3c;',
  '\n', '\r\n', '\r', '\t', ' ', '\u00a0', '\u2028', '\ufeff', '\u0000', '😀', '中文', '\ud800', '\udc00',
];

const soup = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) }), { maxLength: 80 })
  .map((parts) => parts.join(''));

/** (line, column) → offset, with the parser's line breaks (\n, \r\n, lone \r); BOM not counted. */
function offsetOf(text: string, loc: Loc): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i < text.length && line < loc.line; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return start + loc.column - 1;
}

function checkDocument(input: string, file: string): string[] {
  const bag = new DiagnosticBag();
  const doc = parseWxml(input, file, bag);
  const text = input.startsWith('\ufeff') ? input.slice(1) : input;
  const problems: string[] = [];
  let elements = 0;
  walkWxml(doc.children, {
    enter(el) {
      if (el.type !== 'element') return;
      elements++;
      const at = offsetOf(text, el.loc);
      if (text.slice(at, at + 1 + el.tag.length) !== `<${el.tag}`) problems.push(`<${el.tag}> loc ${el.loc.line}:${el.loc.column} points at ${JSON.stringify(text.slice(at, at + 10))}`);
      for (const a of el.attrs) {
        const ao = offsetOf(text, a.loc);
        if (text.slice(ao, ao + a.name.length) !== a.name) problems.push(`attr ${a.name} loc points at ${JSON.stringify(text.slice(ao, ao + 10))}`);
      }
    },
  });
  const facts = extractWxml(doc, bag);
  for (const b of facts.bindings) if (!b.loc || b.loc.file !== file) problems.push(`binding ${b.binding} without loc`);
  problems.push(...bag.items.flatMap((d) => diagnosticProblems(d, { [file]: text })));
  return problems;
}

describe('parseWxml + extractWxml', () => {
  it('never throw; element and attribute locations point at their source', () => {
    const numRuns = runs(1500);
    fc.assert(
      fc.property(soup, (s) => {
        expect(checkDocument(s, 'pages/p/p.wxml')).toEqual([]);
      }),
      { numRuns },
    );
    logRuns('wxml token soup (parse + extract, loc oracle)', numRuns);
  });

  it('arbitrary UTF-16 strings never throw', () => {
    const numRuns = runs(500);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const bag = new DiagnosticBag();
        extractWxml(parseWxml(s, 'a.wxml', bag), bag);
      }),
      { numRuns },
    );
    logRuns('wxml arbitrary strings', numRuns);
  });

  it('a BOM and CRLF line ends do not shift locations', () => {
    const numRuns = runs(300);
    fc.assert(
      fc.property(soup, fc.boolean(), (s, bom) => {
        const crlf = s.replace(/\r?\n/g, '\r\n');
        expect(checkDocument((bom ? '\ufeff' : '') + crlf, 'p.wxml')).toEqual([]);
      }),
      { numRuns },
    );
    logRuns('wxml BOM/CRLF', numRuns);
  });
});

/** Targets an `<import>`/`<include>` may name: siblings, cycles, escapes, folders, nothing. */
const SRC = fc.constantFrom('./a.wxml', './b', '/w/c.wxml', '../w/a.wxml', '../../../../etc/passwd', '/../x.wxml', 'w', '/w', '', 'c', './d.wxml', 'C:\\x.wxml', '{{x}}');

const graph = fc.dictionary(
  fc.constantFrom('w/a.wxml', 'w/b.wxml', 'w/c.wxml', 'w/d.wxml', 'w/sub/e.wxml'),
  fc.array(
    fc.oneof(
      SRC.map((s) => `<import src="${s}"/>`),
      SRC.map((s) => `<include src="${s}"/>`),
      fc.constantFrom('<template name="t"><view bindtap="t"/></template>', '<template is="t"/>', '<template is="{{n}}"/>', '<view bindtap="h"/>', '<wxs src="../x.wxs" module="m"/>'),
      soup,
    ),
    { maxLength: 8 },
  ),
);

describe('collectWxml over random import/include graphs', () => {
  it('terminates, never throws, reads only inside the root, reports root-relative locations', () => {
    const numRuns = runs(400);
    fc.assert(
      fc.property(graph, fc.constantFrom('w/a.wxml', 'w/b.wxml', 'w/sub/e.wxml'), (g, entry) => {
        const files: Record<string, string> = { [entry]: '', ...Object.fromEntries(Object.entries(g).map(([k, v]) => [k, v.join('\n')])) };
        const vfs = new MemoryVfs(files);
        const asked: string[] = [];
        const spy = {
          readText: (p: string) => (asked.push(p), vfs.readText(p)),
          isFile: (p: string) => (asked.push(p), vfs.isFile(p)),
          isDir: (p: string) => vfs.isDir(p),
          list: (p: string) => vfs.list(p),
          size: (p: string) => vfs.size(p),
        };
        const bag = new DiagnosticBag();
        const facts = collectWxml(spy, entry, bag);
        expect(asked.filter((p) => normalizeRel(p) === null)).toEqual([]);
        expect(facts.files.filter((f) => !isRootRelative(f))).toEqual([]);
        expect(bag.items.flatMap((d) => diagnosticProblems(d, files))).toEqual([]);
      }),
      { numRuns },
    );
    logRuns('collectWxml random graphs', numRuns);
  });
});
