import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryVfs, NodeVfs, readTextWithin, type Vfs } from '../../src/util/vfs.js';

/** `readTextWithin` answers what `size` then `readText` answer, on disk (one open/stat/read) and in memory (the fallback). */
let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autoskill-vfs-'));
  fs.mkdirSync(path.join(dir, 'a'));
  fs.writeFileSync(path.join(dir, 'a/small.wxml'), '\ufeff<view>小</view>');
  fs.writeFileSync(path.join(dir, 'a/big.wxml'), 'x'.repeat(100));
  fs.writeFileSync(path.join(dir, 'a/empty.wxml'), '');
  fs.writeFileSync(path.join(dir, 'a/bad.wxml'), Buffer.from([0x3c, 0xff, 0x3e]));
  fs.symlinkSync('small.wxml', path.join(dir, 'a/link.wxml'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const CASES = ['a/small.wxml', './a//small.wxml', 'a/big.wxml', 'a/empty.wxml', 'a/bad.wxml', 'a/link.wxml', 'a/none.wxml', 'a', '../x.wxml'];

describe('readTextWithin', () => {
  it.each(CASES)('NodeVfs %s: same as size then readText', (rel) => {
    const viaSize = new NodeVfs(dir);
    const size = viaSize.size(rel);
    const want = size > 50 ? size : viaSize.readText(rel);
    const vfs = new NodeVfs(dir);
    expect(readTextWithin(vfs, rel, 50)).toEqual(want);
    expect(vfs.wasLossy(rel)).toBe(viaSize.wasLossy(rel));
    expect(vfs.size(rel)).toBe(size);
  });

  it('reads a file at exactly the limit and reports one byte over by its size', () => {
    const vfs = new NodeVfs(dir);
    expect(readTextWithin(vfs, 'a/big.wxml', 100)).toBe('x'.repeat(100));
    expect(readTextWithin(vfs, 'a/big.wxml', 99)).toBe(100);
  });

  it('falls back to size then readText for a VFS without the method', () => {
    const vfs: Vfs = new MemoryVfs({ 'a.wxml': '<view/>', 'b.wxml': 'x'.repeat(60) });
    expect(readTextWithin(vfs, 'a.wxml', 50)).toBe('<view/>');
    expect(readTextWithin(vfs, 'b.wxml', 50)).toBe(60);
    expect(readTextWithin(vfs, 'c.wxml', 50)).toBe(null);
  });
});
