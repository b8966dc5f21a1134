import { describe, expect, it } from 'vitest';
import { ProbeReplayer, TrackingVfs, type ProbeSet } from '../../src/util/tracking-vfs.js';
import { MemoryVfs, type Vfs } from '../../src/util/vfs.js';

/** A MemoryVfs with stamps we set, counting reads. */
class StampedVfs extends MemoryVfs implements Vfs {
  reads = 0;
  constructor(
    files: Record<string, string>,
    readonly stamps: Record<string, string>,
  ) {
    super(files);
  }
  override readText(rel: string): string | null {
    this.reads++;
    return super.readText(rel);
  }
  stamp(rel: string): string | null {
    return this.stamps[rel] ?? null;
  }
}

const OLD = Date.now() - 60_000;
const stampAt = (ms: number, size = 1) => `${size}:${ms}:42`;

function record(vfs: Vfs): { probes: [string, string][]; stamps: Record<string, string> } {
  const t = new TrackingVfs(vfs);
  const set: ProbeSet = new Map();
  t.recording(set, () => {
    t.readText('a.js');
    t.isFile('b.js');
  });
  return { probes: [...set], stamps: Object.fromEntries(t.stamps) };
}

describe('TrackingVfs', () => {
  it('records the stamp of a settled file, and none for a file modified in the last moments (it may change again within the same tick)', () => {
    expect(record(new StampedVfs({ 'a.js': 'x' }, { 'a.js': stampAt(OLD) })).stamps).toEqual({ 'r\0a.js': stampAt(OLD) });
    expect(record(new StampedVfs({ 'a.js': 'x' }, { 'a.js': stampAt(Date.now()) })).stamps).toEqual({});
  });
});

describe('ProbeReplayer', () => {
  it('trusts an unchanged stamp without reading the file', () => {
    const vfs = new StampedVfs({ 'a.js': 'x' }, { 'a.js': stampAt(OLD) });
    const { probes, stamps } = record(vfs);
    const r = new ProbeReplayer(vfs, stamps);
    vfs.reads = 0;
    expect(r.unchanged(probes)).toBe(true);
    expect(vfs.reads).toBe(0);
    expect(r.restamped).toBe(false);
    expect(Object.fromEntries(r.stampsNow)).toEqual(stamps);
  });

  it('reads a file whose stamp moved: same content is unchanged, with its new stamp to keep', () => {
    const vfs = new StampedVfs({ 'a.js': 'x' }, { 'a.js': stampAt(OLD) });
    const { probes, stamps } = record(vfs);
    vfs.stamps['a.js'] = stampAt(OLD + 1000);
    const r = new ProbeReplayer(vfs, stamps);
    expect(r.unchanged(probes)).toBe(true);
    expect(r.restamped).toBe(true);
    expect(r.stampsNow.get('r\0a.js')).toBe(stampAt(OLD + 1000));
  });

  it('sees a change behind a moved stamp, and keeps no stamp for it', () => {
    const vfs = new StampedVfs({ 'a.js': 'x' }, { 'a.js': stampAt(OLD) });
    const { probes, stamps } = record(vfs);
    const changed = new StampedVfs({ 'a.js': 'y' }, { 'a.js': stampAt(OLD + 1000) });
    const r = new ProbeReplayer(changed, stamps);
    expect(r.unchanged(probes)).toBe(false);
    expect(r.stampsNow.has('r\0a.js')).toBe(false);
  });

  it('sees a path that appeared', () => {
    const vfs = new StampedVfs({ 'a.js': 'x' }, {});
    const { probes } = record(vfs);
    expect(new ProbeReplayer(new StampedVfs({ 'a.js': 'x', 'b.js': '' }, {})).unchanged(probes)).toBe(false);
  });
});
