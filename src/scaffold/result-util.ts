import { CodeWriter } from './js-writer.js';
import type { ScaffoldTexts } from './texts.js';

/**
 * `utils/result.js` of one skill: reading a response field along a path
 * (null when absent, so structuredContent keeps every declared key),
 * a query value for `handoff.query`, and an error's text for the
 * fact + action error messages.
 */
export function resultUtil(t: ScaffoldTexts): string {
  const w = new CodeWriter();
  for (const l of t.header.result) w.comment(l);
  w.line();
  w.open('function pick(value, path) {');
  w.line('let cur = value');
  w.open("for (const key of path.split('.')) {");
  w.line('if (cur === null || cur === undefined) return null');
  w.line('cur = cur[key]');
  w.close();
  w.line('return cur === undefined ? null : cur');
  w.close();
  w.line();
  w.open('function queryValue(value) {');
  w.line("return value === undefined || value === null ? '' : encodeURIComponent(String(value))");
  w.close();
  w.line();
  w.open('function errorText(err) {');
  w.line("if (!err) return 'unknown error'");
  w.line('return String(err.message || err.errMsg || err)');
  w.close();
  w.line();
  w.line('module.exports = { pick, queryValue, errorText }');
  return w.toString();
}
