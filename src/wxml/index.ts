/** The WXML stage: parse → extract (one document) → collect (a page with its imports and includes). */
export { parseWxml, MAX_DEPTH } from './parse.js';
export { extractWxml, TRIGGER_TEXT_MAX } from './extract.js';
export { collectWxml, loadWxmlDoc, type WxmlDocCache } from './collect.js';
export { parseEventAttr, parseModelAttr, readHandlerValue, EVENT_PREFIXES } from './event-binding.js';
export { datasetKey } from './attributes.js';
export { walkWxml, attr } from './walk.js';
export type * from './types.js';
