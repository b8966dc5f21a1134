import { describe, expect, it } from 'vitest';
import { createProgress, isCi } from '../../src/report/progress.js';

function stream(isTTY: boolean | undefined, columns = 80) {
  const s = { text: '', isTTY, columns, write: (t: string) => (s.text += t) };
  return s;
}

describe('progress indicator', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['true', true],
    ['1', true],
    ['woodpecker', true],
    ['false', false],
    ['0', false],
  ])('CI=%j counts as CI: %s', (v, want) => {
    expect(isCi(v === undefined ? {} : { CI: v })).toBe(want);
  });

  it.each([
    ['not a terminal', false, {}],
    ['on CI', true, { CI: 'true' }],
  ])('is silent when %s', (_name, tty, env) => {
    const s = stream(tty);
    const p = createProgress(s, env, { delayMs: 0, now: () => 1000 });
    expect(p.onProgress).toBeUndefined();
    p.done();
    expect(s.text).toBe('');
  });

  it('stays silent for short runs, then redraws one line in place and erases it at the end', () => {
    const s = stream(true);
    let t = 0;
    const p = createProgress(s, {}, { delayMs: 400, intervalMs: 80, now: () => t });
    p.onProgress!(1, 4, 'pages/a/a');
    expect(s.text).toBe('');
    t = 500;
    p.onProgress!(2, 4, 'pages/b/b');
    t = 520;
    p.onProgress!(3, 4, 'pages/c/c'); // too soon after the last redraw
    t = 530;
    p.onProgress!(4, 4, 'components/x/index'); // the last one always shows
    p.done();
    expect(s.text).toBe('\r\x1b[Kautoskill: analysing 2/4 pages/b/b\r\x1b[Kautoskill: analysing 4/4 components/x/index\r\x1b[K');
  });

  it('cuts the line to the terminal width', () => {
    const s = stream(true, 30);
    const p = createProgress(s, {}, { delayMs: 0, now: () => 0 });
    p.onProgress!(1, 2, 'pages/a/very/long/route/name');
    expect(s.text).toBe('\r\x1b[Kautoskill: analysing 1/2 pag…');
  });

  it('erases nothing when it never drew', () => {
    const s = stream(true);
    const p = createProgress(s, {}, { delayMs: 10_000, now: () => 0 });
    p.onProgress!(1, 1, 'x');
    p.done();
    expect(s.text).toBe('');
  });
});
