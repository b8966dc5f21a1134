import type { Effect, InputSource, Loc } from '../model/types.js';
import type { DraftOverrides } from '../config/config-types.js';

/**
 * The draft plan: which APIs the app offers, how they are named and grouped
 * into skills. Built from the analysis model by api-plan → naming →
 * data-flow → grouping; every emitted file is a view of it. Exported so a
 * later config layer can override names, texts or groups by API `id`.
 */

export type Lang = 'zh' | 'en';
export type Grouping = 'domain' | 'subpackage' | 'single';

export interface EmitOptions {
  lang: Lang;
  grouping?: Grouping;
  /** Reviewer overrides (autoskill.config.json), applied to the plan before rendering (src/config/apply-overrides.ts). */
  overrides?: DraftOverrides;
}

/** entry = the page's onLoad/onShow; form = a <form> submit handler; handler = any other event handler. */
export type ApiKind = 'entry' | 'handler' | 'form';

export type JsonType = 'string' | 'number' | 'boolean' | 'array';

export interface ApiInput {
  /** Schema property name (the parameter name the code sends). */
  name: string;
  /** Where the value comes from in the app; null when the model does not say. */
  from: InputSource | null;
  /** Name at the origin (dataset key, query key, form field); null when unknown. */
  source: string | null;
  required: boolean;
  /** Optional because the page gives a default (query param with a default value). */
  hasDefault: boolean;
  type: JsonType;
  format?: 'image';
  /** An identifier: must come from an upstream result. */
  isId: boolean;
  /** Typed or picked by the user (form field, input event, `model:value`, data changed by UI handlers). */
  userEntered: boolean;
  /** Tag of the form field that provides it, when known. */
  fieldTag: string | null;
  /** ids of APIs whose results provide this value (data-flow.ts). */
  providers: string[];
  /** The reviewer's description (config `params`), used verbatim instead of the inferred one. */
  description?: string;
}

export interface ApiOutput {
  /** Field path (`list`, `order.id`). */
  key: string;
  from: 'response' | 'setData';
}

export interface ApiPlan {
  /** Stable identity for overrides: `<route or component>#<handler>`, `#entry` for page entry. */
  id: string;
  /** ids of duplicate actions (same endpoints) merged into this one, sorted. */
  mergedIds: string[];
  /** camelCase API name, unique, ≤ 64 chars (naming.ts, or the reviewer's config). */
  name: string;
  /** The reviewer's description (config `apis.<id>.description`), used verbatim instead of the inferred one. */
  description?: string;
  kind: ApiKind;
  /** Page route or component path whose code holds the action. */
  owner: string;
  /** Routable page where the action lives (app.json form). */
  route: string;
  handler: string | null;
  /** Every page the merged actions live on, sorted. */
  pages: string[];
  /** Trigger texts (button labels) of the action, sorted. */
  texts: string[];
  pageTitle: string | null;
  /** Business effects (network, cloud, payment, storage writes), sorted, one per endpoint. */
  effects: Effect[];
  /** Endpoint signatures (effect-facts.ts), sorted: equal sets were merged. */
  endpoints: string[];
  inputs: ApiInput[];
  outputs: ApiOutput[];
  /** Name parts: canonical verb and object words. */
  verb: string;
  object: string[];
  readOnly: boolean;
  idempotent: boolean;
  openWorld: boolean;
  payment: boolean;
  /** Hits a login endpoint / calls wx.login itself. */
  isLogin: boolean;
  needsLogin: boolean;
  needsLocation: boolean;
  /** Needs a card component (payment or card-side JSAPIs). */
  needsComponent: boolean;
  /** Business domain (grouping.ts), e.g. `goods`. */
  domain: string;
  loc: Loc | null;
}

export interface SkillPlan {
  /** Folder name under `skills/`, kebab-case. */
  name: string;
  /** `skills/<name>` — the app.json `agent.skills[].path`. */
  path: string;
  /** Domains of its APIs, main one first. */
  domains: string[];
  title: string;
  /** One-line positioning, also the app.json `agent.skills[].description`. */
  description: string;
  /** APIs in use order (data flow first, then name). */
  apis: ApiPlan[];
}
