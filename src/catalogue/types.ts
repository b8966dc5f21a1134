/**
 * Types of the wx API catalogue: what autoskill knows about each `wx.*` API
 * (effect kind, how to read its arguments, where WeChat AI mode allows it).
 *
 * Effect kinds and their fields: shared/reference/analysis-format.md ("Effect").
 * AI-mode availability: shared/reference/wechat-ai-mode.md ("JSAPI availability inside skills").
 */
import type { AiMode, NavigateMode, StorageEffect } from '../model/types.js';

/**
 * Where a value sits in a call's arguments: argument `arg` (0-based), then the
 * property `path` inside it. `{ arg: 0, path: ['url'] }` is `wx.request({ url })`;
 * `{ arg: 0 }` is `wx.getStorageSync(key)`.
 */
export interface ArgRef {
  readonly arg: number;
  readonly path?: readonly string[];
}

/** Places a value may come from, tried in order (the first one present wins). */
export type ArgSource = readonly ArgRef[];

/** Role → where to read it. Roles are named after the effect field they feed. */
export type ArgSpec<Role extends string> = Readonly<Partial<Record<Role, ArgSource>>>;

export type StorageOp = StorageEffect['op'];

/** What a step of a wx.cloud database chain holds: `db`, `db.collection(…)`, `.where(…)`, `.doc(…)`, `.aggregate()`. */
export type DbHandle = 'database' | 'collection' | 'query' | 'document' | 'aggregate';

/** The `op` a cloudDatabase effect records. */
export type DbOp = 'get' | 'add' | 'update' | 'remove' | 'count' | 'watch' | 'set' | 'aggregate';

/** One method of a database handle. */
export type DbStep =
  | {
      /** Narrows or moves the chain; nothing is sent yet. */
      readonly step: 'build';
      readonly returns: DbHandle;
      readonly args: ArgSpec<'collection' | 'docId' | 'where' | 'orderBy' | 'fields'>;
    }
  | {
      /** Sends the chain to the database: this is the effect. */
      readonly step: 'execute';
      readonly op: DbOp;
      readonly args: ArgSpec<'data'>;
      /** Only the server SDK (wx-server-sdk, in cloud functions) has it; the mini-program client does not. */
      readonly serverOnly?: true;
    }
  | {
      /** Makes a value for a condition or field (serverDate(), RegExp()); not part of the chain. */
      readonly step: 'value';
    };

/**
 * How one API becomes an effect. `args` tells the code follower where each
 * effect field is in the call; roles not listed do not exist for that API.
 */
export type KindSpec =
  | {
      readonly kind: 'request';
      /** The method when the code gives none (`GET` for wx.request). */
      readonly method: string;
      /** The method cannot be chosen by the caller (uploadFile is always POST). */
      readonly methodFixed: boolean;
      /** `data` is what becomes `dataKeys` (uploadFile's `formData`). */
      readonly args: ArgSpec<'url' | 'method' | 'data' | 'header' | 'filePath'>;
    }
  | { readonly kind: 'cloudFunction'; readonly args: ArgSpec<'name' | 'data'> }
  | {
      /** `wx.cloud.database()` only opens a handle; effects come from the chain (see cloud-db-ops.ts). */
      readonly kind: 'cloudDatabase';
      readonly handle: DbHandle;
      readonly args: ArgSpec<'env'>;
    }
  | { readonly kind: 'cloudContainer'; readonly args: ArgSpec<'path' | 'service' | 'method' | 'data' | 'header'> }
  | { readonly kind: 'navigate'; readonly mode: NavigateMode; readonly args: ArgSpec<'url' | 'delta'> }
  | { readonly kind: 'payment'; readonly args: ArgSpec<never> }
  | {
      readonly kind: 'storage';
      readonly op: StorageOp;
      /** `key`: one key; `keyList`: an array of keys; `kvList`: an array of `{ key, value }`; `data`: the stored value. */
      readonly args: ArgSpec<'key' | 'data' | 'keyList' | 'kvList'>;
    }
  | { readonly kind: 'jsapi'; readonly args: ArgSpec<never> };

export type WxApiKind = KindSpec['kind'];

/** Where WeChat AI mode lets an API run, with the replacement when it must be swapped out. */
export interface AiModeInfo {
  /** The preferred place: api-side when allowed there, else card-side, else dynamic-card. */
  readonly aiMode: AiMode;
  /** Other places the reference also allows (storage is both api-side and card-side). */
  readonly alsoAllowed?: readonly AiMode[];
  /** The API to use instead (chooseImage → chooseMedia). */
  readonly replacement?: string;
}

/** One entry of wx-apis.generated.json: what the typings say about an API. */
export interface GeneratedApi {
  /** Path below `wx`, e.g. `request`, `cloud.callFunction`. */
  readonly name: string;
  /** The name ends in `Sync`: positional arguments, value returned directly. */
  readonly sync: boolean;
  /** Parameter names of the widest overload. */
  readonly params: readonly string[];
  /** Field names of the first parameter when it is an object (success/fail/complete excluded). */
  readonly options?: readonly string[];
  /** The first parameter takes success/fail/complete callbacks. */
  readonly callbacks?: boolean;
  /** Returns a promise when no callback is given. */
  readonly promise?: boolean;
  /** The manager object it returns (RequestTask, InnerAudioContext…). */
  readonly returns?: string;
  readonly deprecated?: boolean;
  /** Section of WeChat's API reference, e.g. `network/request`. */
  readonly doc?: string;
}

export interface GeneratedCatalogue {
  readonly typings: { readonly package: string; readonly version: string };
  readonly apis: readonly GeneratedApi[];
  /** Object-valued paths below `wx` that hold APIs (`cloud`, `cloud.extend.AI`…). */
  readonly namespaces: readonly string[];
  /** Non-callable leaves (`env.USER_DATA_PATH`). */
  readonly values: readonly string[];
  /** wx.cloud database classes: method → name of the returned type. */
  readonly cloudDatabase: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Everything autoskill knows about one wx API. */
export type WxApiInfo = KindSpec &
  AiModeInfo & {
    /** Path below `wx` (`request`, `cloud.callFunction`). */
    readonly name: string;
    /** The name ends in `Sync`. */
    readonly sync: boolean;
    /** Declared by miniprogram-api-typings. */
    readonly known: boolean;
    /** Purely cosmetic or layout-only: recorded, but emitters may ignore it. */
    readonly noise?: true;
    /** The typings' facts, when known. */
    readonly typings?: GeneratedApi;
  };
