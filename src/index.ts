export { analyze, analyzeProject, TOOL_VERSION, type AnalyzeOptions, type AnalyzeResult } from './analyze/analyze.js';
export { buildOutputs, type OutputOptions } from './outputs.js';
export { renderAnalysisJson } from './emit/analysis-json.js';
export { emitDrafts } from './emit/emit-drafts.js';
export { validate } from './validate/validate.js';
export { scaffoldSkills, type AgentSkill, type ScaffoldInput, type ScaffoldResult } from './scaffold/scaffold.js';
export { patchAppJson, type AppJsonPatch } from './scaffold/app-json-patch.js';
export { MemoryVfs, NodeVfs, type Vfs } from './util/vfs.js';
export type * from './model/types.js';
