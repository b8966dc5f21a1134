import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { DEFAULT_REVIEW_OUT, runReview } from '../../src/commands/review.js';
import { captureIo, copyFixture } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('autoskill review', () => {
  it.each(['coffee', 'broken', 'ts-shop'])('%s: writes one self-contained HTML page and exits 0', async (name) => {
    const f = copyFixture(name);
    cleanups.push(f.cleanup);
    const { io, out } = captureIo(f.tmp);
    expect(await runReview('app', { out: 'review/report.html', lang: 'zh' }, io)).toBe(0);
    const file = path.join(f.tmp, 'review/report.html');
    const html = fs.readFileSync(file, 'utf8');
    expect(html.startsWith('<!doctype html>\n')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(out).toEqual({ stdout: '', stderr: 'autoskill: review page → review/report.html\n' });
    // Deterministic: a second run writes the same bytes.
    expect(await runReview('app', { out: 'again.html', lang: 'zh' }, captureIo(f.tmp).io)).toBe(0);
    expect(fs.readFileSync(path.join(f.tmp, 'again.html'), 'utf8')).toBe(html);
  });

  it(`is registered on the command line (default file ${DEFAULT_REVIEW_OUT})`, async () => {
    const f = copyFixture('coffee');
    cleanups.push(f.cleanup);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await main(['node', 'autoskill', 'review', f.app, '--out', path.join(f.tmp, 'x.html')])).toBe(0);
      expect(fs.existsSync(path.join(f.tmp, 'x.html'))).toBe(true);
      expect(await main(['node', 'autoskill', 'review', '--help'])).toBe(0);
      expect(out.mock.calls.join('')).toContain('--out <file>');
    } finally {
      err.mockRestore();
      out.mockRestore();
    }
  });

  it('exits 2 and writes nothing when there is no mini-program', async () => {
    const f = copyFixture('coffee');
    cleanups.push(f.cleanup);
    const { io, out } = captureIo(f.tmp);
    expect(await runReview('nowhere', { out: 'r.html', lang: 'zh' }, io)).toBe(2);
    expect(fs.existsSync(path.join(f.tmp, 'r.html'))).toBe(false);
    expect(out.stderr).toContain('PROJECT_NOT_FOUND');
  });
});
