/**
 * The analysis model: the in-memory form of `analysis.json`.
 *
 * Contract: ../shared/reference/analysis-format.md. Field names and meaning are
 * stable; new fields may be added (always optional for readers), never renamed.
 */

/** A point in a source file. `file` is root-relative POSIX; line and column are 1-based. */
export interface Loc {
  file: string;
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  loc: Loc | null;
  /** Optional second location (e.g. the handler a binding points to). */
  related?: Loc[];
}

export type Confidence = 'certain' | 'likely' | 'guess';

/** Where a value that reaches an effect comes from. */
export type InputSource = 'dataset' | 'detail' | 'form' | 'query' | 'data' | 'storage' | 'mark' | 'app';

export interface ValueOrigin {
  from: InputSource;
  name: string;
}

interface EffectBase {
  loc: Loc;
  via?: string[];
  confidence?: Confidence;
  /** Extension: parameter → where its value comes from (dataset id, query key, form field…). */
  inputs?: Record<string, ValueOrigin>;
  /**
   * Extension: done by a generic request wrapper inside its own response
   * handling (re-login on 401, a jump to the login page): shared plumbing,
   * kept on the handler but not counted among the page's effects.
   */
  plumbing?: true;
}

export interface RequestEffect extends EffectBase {
  kind: 'request';
  api: 'wx.request' | 'wx.uploadFile' | 'wx.downloadFile';
  method: string;
  url: string | null;
  dataKeys: string[];
  /** Extension: response fields the code reads (res.data.x…). */
  responseKeys?: string[];
  /** Extension: header names the request sets (`Authorization`, `X-Token`…). */
  headerKeys?: string[];
}

export interface CloudFunctionEffect extends EffectBase {
  kind: 'cloudFunction';
  name: string | null;
  dataKeys: string[];
  responseKeys?: string[];
}

export interface CloudDatabaseEffect extends EffectBase {
  kind: 'cloudDatabase';
  collection: string | null;
  op: string;
  dataKeys?: string[];
}

export interface CloudContainerEffect extends EffectBase {
  kind: 'cloudContainer';
  path: string | null;
  service: string | null;
  method?: string;
  dataKeys?: string[];
}

export type NavigateMode = 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack' | 'navigator';

export interface NavigateEffect extends EffectBase {
  kind: 'navigate';
  mode: NavigateMode;
  target: string | null;
  query: string[];
}

export interface PaymentEffect extends EffectBase {
  kind: 'payment';
  api: 'requestPayment' | 'requestVirtualPayment' | 'openBusinessView' | string;
}

export interface StorageEffect extends EffectBase {
  kind: 'storage';
  op: 'get' | 'set' | 'remove' | 'clear' | 'info';
  key: string | null;
}

export type AiMode = 'api-side' | 'card-side' | 'dynamic-card' | 'not-migratable' | 'unknown';

export interface JsapiEffect extends EffectBase {
  kind: 'jsapi';
  api: string;
  aiMode: AiMode;
}

export type Effect =
  | RequestEffect
  | CloudFunctionEffect
  | CloudDatabaseEffect
  | CloudContainerEffect
  | NavigateEffect
  | PaymentEffect
  | StorageEffect
  | JsapiEffect;

export type EffectKind = Effect['kind'];

export interface QueryParam {
  name: string;
  loc: Loc;
  /** Extension: a default value was given (destructuring default or `|| x`). */
  hasDefault?: boolean;
}

export interface FormField {
  name: string;
  tag: string;
  type: string | null;
  /** Extension: the `model:value` key two-way bound to this field, if any. */
  model?: string;
  loc?: Loc;
}

export interface Form {
  submitHandler: string | null;
  fields: FormField[];
  loc: Loc;
}

export interface Trigger {
  event: string;
  binding: string;
  tag: string;
  dataset: string[];
  text: string | null;
  loc: Loc;
  /** Extension: `mark:` keys on the element. */
  marks?: string[];
  /** Extension: `open-type` / `form-type` of a button. */
  openType?: string;
  formType?: string;
}

export interface HandlerInput {
  name: string;
  from: InputSource;
}

export interface Handler {
  name: string;
  triggers: Trigger[];
  inputs: HandlerInput[];
  effects: Effect[];
  loc: Loc | null;
  /** Extension: keys this handler writes with setData. */
  setData?: string[];
}

export interface PageFiles {
  wxml: string | null;
  script: string | null;
  json: string | null;
  wxss: string | null;
}

export interface PageModel {
  route: string;
  subpackage: string | null;
  tab: boolean;
  title: string | null;
  files: PageFiles;
  query: QueryParam[];
  forms: Form[];
  handlers: Handler[];
  effects: Effect[];
  components: string[];
  /** Extension: `data` keys declared in the page options. */
  dataKeys?: string[];
  /** Extension: the page's subpackage is independent. */
  independent?: boolean;
}

export interface ComponentModel extends Omit<PageModel, 'route' | 'tab' | 'subpackage'> {
  path: string;
  /** Extension: declared `properties` names. */
  properties?: string[];
  /** Extension: events the component triggers (`this.triggerEvent(name)`). */
  events?: string[];
  /** Extension: where it comes from. */
  origin?: 'local' | 'npm' | 'plugin';
}

export interface ProjectInfo {
  root: string;
  appid: string | null;
  miniprogramRoot: string;
  plugins: string[];
  /** Extension: more of app.json, for emitters. */
  entryPagePath?: string | null;
  typescript?: boolean;
  lazyCodeLoading?: string | null;
  sitemapLocation?: string | null;
  useExtendedLib?: string[];
  name?: string | null;
}

/** Extension: the app itself (`App({...})`): what its launch hooks do (login, cloud init…). */
export interface AppModel {
  script: string | null;
  effects: Effect[];
}

export interface AnalysisModel {
  schemaVersion: 1;
  tool: { name: 'autoskill'; version: string };
  project: ProjectInfo;
  app?: AppModel;
  pages: PageModel[];
  components: ComponentModel[];
  diagnostics: Diagnostic[];
}
