import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Diagnostic } from '../../src/model/types.js';
import { escapeData, escapeProperty, githubReporter } from '../../src/report/github.js';
import { jsonReporter } from '../../src/report/json.js';
import { formatPretty, MAX_INFO } from '../../src/report/pretty.js';
import { REPORTER_NAMES, REPORTERS, useColor, writeReport, type Io } from '../../src/report/registry.js';
import type { ReportInput } from '../../src/report/reporter.js';

const root = path.resolve('/work/app/miniprogram');
const cwd = path.resolve('/work/app');

const d = (code: Parameters<typeof diagnostic>[0], file: string | null, line = 1, column = 1, args: Record<string, string> = {}): Diagnostic =>
  diagnostic(code, file ? { file, line, column } : null, args);

const DIAGS: Diagnostic[] = [
  d('APP_NO_PAGES', null),
  d('WXML_UNCLOSED_TAG', 'pages/a/a.wxml', 3, 5, { tag: 'view' }),
  d('HANDLER_NOT_FOUND', 'pages/a/a.wxml', 9, 2, { binding: 'bindtap', handler: 'go', owner: 'page pages/a/a' }),
  d('MODULE_CYCLE', 'utils/x.js', 1, 1, { file: 'utils/x.js' }),
];

const input = (over: Partial<ReportInput> = {}): ReportInput => ({ diagnostics: DIAGS, root, cwd, color: false, summary: null, env: {}, ...over });

function fakeIo(over: { stdoutTTY?: boolean; stderrTTY?: boolean; env?: Record<string, string> } = {}) {
  const out = { stdout: '', stderr: '' };
  const io: Io = {
    stdout: { write: (s: string) => (out.stdout += s), isTTY: over.stdoutTTY },
    stderr: { write: (s: string) => (out.stderr += s), isTTY: over.stderrTTY },
    env: over.env ?? {},
    cwd,
  };
  return { io, out };
}

describe('registry', () => {
  it('names every reporter --format accepts', () => {
    expect(REPORTER_NAMES).toEqual(['pretty', 'json', 'sarif', 'github']);
  });

  it.each([
    ['pretty', 'stderr'],
    ['json', 'stdout'],
    ['sarif', 'stdout'],
    ['github', 'stdout'],
  ] as const)('%s writes to %s', (name, stream) => {
    const { io, out } = fakeIo();
    writeReport(name, { diagnostics: DIAGS, root }, io);
    expect(out[stream]).not.toBe('');
    expect(out[stream === 'stdout' ? 'stderr' : 'stdout']).toBe('');
    expect(out[stream].endsWith('\n')).toBe(true);
  });

  it.each([
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, {}, false],
    [undefined, {}, false],
  ] as const)('colour on a TTY=%s with env %j: %s', (tty, env, want) => {
    expect(useColor({ write: () => 0, isTTY: tty }, env)).toBe(want);
  });

  it('pretty output on a terminal is coloured, and plain under NO_COLOR', () => {
    const tty = fakeIo({ stderrTTY: true });
    writeReport('pretty', { diagnostics: DIAGS, root }, tty.io);
    expect(tty.out.stderr).toContain('\x1b[31merror\x1b[0m');
    const noColor = fakeIo({ stderrTTY: true, env: { NO_COLOR: '1' } });
    writeReport('pretty', { diagnostics: DIAGS, root }, noColor.io);
    expect(noColor.out.stderr).not.toContain('\x1b[');
  });
});

describe('pretty', () => {
  it('groups by file, with file:line:col relative to the current directory', () => {
    expect(REPORTERS.pretty.render(input())).toBe(
      [
        '(project)  error  APP_NO_PAGES  app.json declares no pages',
        '',
        'miniprogram/pages/a/a.wxml:3:5  error  WXML_UNCLOSED_TAG  <view> is never closed',
        'miniprogram/pages/a/a.wxml:9:2  warning  HANDLER_NOT_FOUND  "bindtap" binds "go", which page pages/a/a does not define',
        '',
        'miniprogram/utils/x.js:1:1  info  MODULE_CYCLE  Module cycle through utils/x.js',
      ].join('\n'),
    );
  });

  it('shows related locations under the diagnostic', () => {
    const withRelated = diagnostic('HANDLER_NOT_FOUND', { file: 'a.wxml', line: 2, column: 3 }, { binding: 'bindtap', handler: 'go', owner: 'x' }, [
      { file: 'a.js', line: 7, column: 1 },
    ]);
    expect(formatPretty([withRelated], { root, cwd: root, color: false })).toBe(
      'a.wxml:2:3  warning  HANDLER_NOT_FOUND  "bindtap" binds "go", which x does not define\n    see a.js:7:1',
    );
  });

  it(`caps info diagnostics at ${MAX_INFO} and says how many were left out`, () => {
    const infos = Array.from({ length: MAX_INFO + 3 }, (_, i) => d('MODULE_CYCLE', 'm.js', i + 1, 1, { file: 'm.js' }));
    const text = formatPretty(infos, { root, cwd: root, color: false });
    expect(text.split('\n')).toHaveLength(MAX_INFO + 2);
    expect(text.endsWith('… and 3 more info diagnostics (see analysis.json)')).toBe(true);
  });
});

describe('json', () => {
  it('prints the summary and the diagnostics with their root-relative paths', () => {
    const parsed = JSON.parse(jsonReporter.render(input({ summary: { pages: 2 } }))) as { summary: unknown; diagnostics: Diagnostic[] };
    expect(parsed.summary).toEqual({ pages: 2 });
    expect(parsed.diagnostics).toEqual(DIAGS);
  });
});

describe('github', () => {
  it.each([
    ['plain', 'plain'],
    ['100% sure', '100%25 sure'],
    ['two\nlines', 'two%0Alines'],
    ['crlf\r\nend', 'crlf%0D%0Aend'],
    ['%0A stays literal', '%250A stays literal'],
    ['a: b, c', 'a: b, c'],
  ])('escapes message data %j', (given, want) => {
    expect(escapeData(given)).toBe(want);
  });

  it.each([
    ['pages/a.js', 'pages/a.js'],
    ['C:\\app,x', 'C%3A\\app%2Cx'],
    ['50%: a\nb', '50%25%3A a%0Ab'],
  ])('escapes property values %j', (given, want) => {
    expect(escapeProperty(given)).toBe(want);
  });

  it('writes one annotation per diagnostic, notice for info, paths from the current directory', () => {
    expect(githubReporter.render(input()).split('\n')).toEqual([
      '::error title=APP_NO_PAGES::app.json declares no pages',
      '::error file=miniprogram/pages/a/a.wxml,line=3,col=5,title=WXML_UNCLOSED_TAG::<view> is never closed',
      '::warning file=miniprogram/pages/a/a.wxml,line=9,col=2,title=HANDLER_NOT_FOUND::"bindtap" binds "go", which page pages/a/a does not define',
      '::notice file=miniprogram/utils/x.js,line=1,col=1,title=MODULE_CYCLE::Module cycle through utils/x.js',
    ]);
  });

  it('makes paths relative to GITHUB_WORKSPACE when a step runs in a sub-folder', () => {
    const text = githubReporter.render(input({ diagnostics: [DIAGS[1]!], cwd: root, env: { GITHUB_WORKSPACE: path.resolve('/work') } }));
    expect(text).toBe('::error file=app/miniprogram/pages/a/a.wxml,line=3,col=5,title=WXML_UNCLOSED_TAG::<view> is never closed');
  });

  it('escapes what the app puts in a message and a file name', () => {
    const odd = diagnostic('JSON_INVALID', { file: 'pages/a,b:c.json', line: 1, column: 1 }, { file: 'pages/a,b:c.json', reason: 'bad\n100%' });
    expect(githubReporter.render(input({ diagnostics: [odd], cwd: root }))).toBe(
      '::error file=pages/a%2Cb%3Ac.json,line=1,col=1,title=JSON_INVALID::pages/a,b:c.json is not valid JSON: bad%0A100%25',
    );
  });

  it('appends related locations on their own lines', () => {
    const withRelated = diagnostic('HANDLER_NOT_FOUND', { file: 'a.wxml', line: 2, column: 3 }, { binding: 'bindtap', handler: 'go', owner: 'x' }, [
      { file: 'a.js', line: 7, column: 1 },
    ]);
    expect(githubReporter.render(input({ diagnostics: [withRelated], cwd: root }))).toBe(
      '::warning file=a.wxml,line=2,col=3,title=HANDLER_NOT_FOUND::"bindtap" binds "go", which x does not define%0Asee a.js:7:1',
    );
  });
});
