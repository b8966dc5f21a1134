import { dirnameRel, joinRel } from '../util/paths.js';
import { hasMustache } from './mustache.js';

export type SrcResolution =
  | { kind: 'path'; path: string }
  /** Climbs above the project root: never read. */
  | { kind: 'escapes' }
  /** Missing, empty or dynamic (`{{ }}`): WeChat resolves `src` at compile time only. */
  | { kind: 'invalid' };

/**
 * Resolve the `src` of `<import>`, `<include>` or `<wxs>` written in `fromFile`:
 * relative to that file, or root-absolute with a leading `/`
 * (https://developers.weixin.qq.com/miniprogram/dev/reference/wxml/import.html).
 * `ext` (`.wxml`) is appended when the path does not already end with it.
 */
export function resolveSrc(fromFile: string, src: string | null | undefined, ext: string | null): SrcResolution {
  const spec = (src ?? '').trim();
  if (spec === '' || hasMustache(spec)) return { kind: 'invalid' };
  const joined = joinRel(dirnameRel(fromFile), spec);
  if (joined === null) return { kind: 'escapes' };
  if (joined === '') return { kind: 'invalid' };
  return { kind: 'path', path: ext && !joined.endsWith(ext) ? joined + ext : joined };
}
