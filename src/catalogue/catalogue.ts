/**
 * Runtime lookup of the wx API catalogue: joins the generated typings list
 * (wx-apis.generated.json) with the hand-written tables (effect kinds,
 * AI-mode rules, noise). Built once at module load; lookups are map reads.
 */
import generatedJson from './wx-apis.generated.json' with { type: 'json' };
import type { GeneratedApi, GeneratedCatalogue, WxApiInfo } from './types.js';
import { aiModeOf } from './wx-ai-mode.js';
import { JSAPI_KIND, NOISE_APIS, UNTYPED_KIND_NAMES, WX_API_KINDS } from './wx-api-kinds.js';

const generated: GeneratedCatalogue = generatedJson;

/** The miniprogram-api-typings version the catalogue was generated from. */
export const WX_TYPINGS_VERSION: string = generated.typings.version;

const typingsByName = new Map<string, GeneratedApi>(generated.apis.map((api) => [api.name, api]));
const kindByName = new Map(Object.entries(WX_API_KINDS));

/** Object paths that hold APIs (`cloud`, `cloud.extend.AI`…): a new name under them is a wx API we do not know yet. */
const apiNamespaces = new Set<string>(
  generated.namespaces.filter((ns) => generated.apis.some((api) => api.name.startsWith(ns + '.'))),
);
/** Object and value paths: reading them is not calling an API. */
const nonCallable = new Set<string>([...generated.namespaces, ...generated.values]);

function describe(name: string): WxApiInfo {
  const typings = typingsByName.get(name);
  const known = typings !== undefined;
  const spec = kindByName.get(name) ?? JSAPI_KIND;
  const info: WxApiInfo = {
    ...spec,
    ...aiModeOf(name, spec.kind, known),
    name,
    sync: name.endsWith('Sync'),
    known,
    ...(NOISE_APIS.has(name) ? { noise: true as const } : {}),
    ...(typings ? { typings } : {}),
  };
  return Object.freeze(info);
}

const byName = new Map<string, WxApiInfo>(
  [...new Set([...typingsByName.keys(), ...UNTYPED_KIND_NAMES])].map((name) => [name, describe(name)]),
);
const all: readonly WxApiInfo[] = Object.freeze(
  [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * What autoskill knows about `wx.<path>`; `path` is written without `wx.`
 * (`request`, `getStorageSync`, `cloud.callFunction`).
 *
 * A name the typings lack but that has the shape of a wx API (an identifier
 * on `wx` or on one of its API namespaces, e.g. a newer API) is a `jsapi`
 * with aiMode `unknown` and `known: false`. Returns null for what is not an
 * API call at all: namespaces (`cloud`), values (`env.USER_DATA_PATH`),
 * members of non-namespaces, malformed paths.
 */
export function lookupWxApi(path: string): WxApiInfo | null {
  const hit = byName.get(path);
  if (hit) return hit;
  if (nonCallable.has(path)) return null;
  const segments = path.split('.');
  if (!segments.every((s) => IDENTIFIER.test(s))) return null;
  const parent = segments.slice(0, -1).join('.');
  if (parent !== '' && !apiNamespaces.has(parent)) return null;
  return describe(path);
}

/** True for an object below `wx` that holds APIs (`cloud`, `cloud.extend.AI`), e.g. to follow `const c = wx.cloud`. */
export function isWxNamespace(path: string): boolean {
  return apiNamespaces.has(path);
}

/** Every API the catalogue knows (the typings' plus the documented extras), sorted by name. */
export function listWxApis(): readonly WxApiInfo[] {
  return all;
}
