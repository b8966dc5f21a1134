import { cmp } from '../diagnostics/diagnostic.js';
import { ENVELOPE_KEYS, TRANSPORT_KEYS, VALUE_METHODS } from '../emit/vocabulary.js';

/**
 * Response fields as the app's code reads them (`res.data.items.map(…)` is
 * recorded as `data.items.map`): dotted paths without array indexes and
 * without the methods called on a value. The outputSchema names fields
 * with the envelope unwrapped (`items` for `data.items`, see
 * src/emit/io-infer.ts); `pathOf` finds the path a schema field is read at.
 */

function segments(key: string): string[] {
  const segs = key.replace(/\[[^\]]*\]/g, '.').split('.').filter(Boolean);
  while (segs.length && VALUE_METHODS.has(segs[segs.length - 1]!)) segs.pop();
  return segs;
}

/** Every distinct path the code reads, sorted. */
export function responsePaths(keys: readonly string[]): string[] {
  return [...new Set(keys.map((k) => segments(k).join('.')).filter(Boolean))].sort(cmp);
}

/**
 * The path to read for an outputSchema field (a top-level name such as
 * `items`): the field itself, or the field inside the envelope
 * (`data.items`); null when the response does not hold it.
 */
export function pathOf(keys: readonly string[], field: string): string | null {
  const paths = responsePaths(keys).map((p) => p.split('.'));
  if (paths.some((p) => p[0] === field)) return field;
  const inEnvelope = paths.find((p) => p.length > 1 && ENVELOPE_KEYS.has(p[0]!) && p[1] === field);
  return inEnvelope ? `${inEnvelope[0]}.${field}` : null;
}

/** A path whose last field is `name` (`data.orderInfo.id` for `id`), for passing a result on. */
export function pathEndingIn(keys: readonly string[], name: string): string | null {
  return responsePaths(keys).find((p) => p.split('.').pop() === name) ?? null;
}

/** Where a field the code reads elsewhere sits in this response: inside its envelope when every field read here is (`data.x`). */
export function envelopePath(keys: readonly string[], field: string): string {
  const paths = responsePaths(keys).map((p) => p.split('.')).filter((p) => !(p.length === 1 && TRANSPORT_KEYS.has(p[0]!)));
  const env = paths[0]?.[0];
  return env && ENVELOPE_KEYS.has(env) && paths.every((p) => p[0] === env && p.length > 1) ? `${env}.${field}` : field;
}
