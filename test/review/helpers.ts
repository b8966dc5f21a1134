import path from 'node:path';
import { analyze } from '../../src/analyze/analyze.js';
import { sortDiagnostics } from '../../src/diagnostics/diagnostic.js';
import { emitDrafts } from '../../src/emit/emit-drafts.js';
import { buildOutputs } from '../../src/outputs.js';
import { renderReview } from '../../src/review/render-review.js';
import { NodeVfs, type Vfs } from '../../src/util/vfs.js';

/**
 * The review page of a fixture, with the WeChat drafts among the outputs
 * (emitDrafts merged in until buildOutputs writes them itself).
 */
export async function reviewOf(fixture: string): Promise<string> {
  const dir = path.resolve('fixtures', fixture);
  const res = await analyze({ dir });
  const model = res.model!;
  const root = path.join(dir, model.project.miniprogramRoot === '.' ? '' : model.project.miniprogramRoot);
  return reviewOfModel(res, new NodeVfs(root));
}

export function reviewOfModel(res: Awaited<ReturnType<typeof analyze>>, vfs: Vfs | null): string {
  const model = res.model!;
  const built = buildOutputs(model, { lang: 'zh' });
  const drafts = emitDrafts(model, { lang: 'zh' });
  const files = { ...built.files, ...drafts.files };
  const diagnostics = sortDiagnostics([...res.diagnostics, ...built.diagnostics, ...drafts.diagnostics]);
  return renderReview({ model, files, diagnostics, vfs });
}

/** Every `id="…"` and every `href="#…"` of a page (HTML entities in them decoded). */
export function anchors(html: string): { ids: string[]; hrefs: string[] } {
  const dec = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return {
    ids: [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => dec(m[1]!)),
    hrefs: [...html.matchAll(/\shref="#([^"]*)"/g)].map((m) => dec(m[1]!)),
  };
}
