import { CodeWriter, jsString, variableName } from './js-writer.js';
import type { ScaffoldTexts } from './texts.js';

/**
 * A skill's `index.js`: requires each `apis/<name>.js` and registers it
 * under its mcp.json name with `wx.modelContext.registerAPI(name, fn)`
 * (wechat-ai-mode.md, "Where skills live"; V007 names, V008 modules).
 * The functions are async (V002): api-module.ts writes them so.
 */
export function indexJs(t: ScaffoldTexts, skill: string, apiNames: readonly string[]): string {
  const w = new CodeWriter();
  w.comment(`[ai-mode:static] ${t.header.index(skill, apiNames.length)}`);
  w.line();
  const taken = new Set<string>();
  const vars = apiNames.map((name) => [name, variableName(name, taken)] as const);
  for (const [name, v] of vars) w.line(`const ${v} = require(${jsString(`./apis/${name}`)})`);
  w.line();
  for (const [name, v] of vars) w.line(`wx.modelContext.registerAPI(${jsString(name)}, ${v})`);
  return w.toString();
}
