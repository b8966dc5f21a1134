/**
 * JSON text of an emitted file: two-space indent, trailing newline, keys in
 * the order the emitter built them (`name` before `description` reads
 * better than alphabetical). Emitters build objects in a fixed order and sort
 * every map they fill, so the bytes are deterministic.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** UTF-8 size in bytes. */
export function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}
