// Types for scripts/gen-wx-catalogue.mjs, so tests can run the generator in memory.
export declare const OUTPUT_FILE: string;
export declare function typingsLocation(): { dir: string; version: string };
export declare function buildWxCatalogue(opts?: { typingsDir?: string; version?: string }): unknown;
export declare function renderWxCatalogue(catalogue?: unknown): string;
