import { cmp } from '../diagnostics/diagnostic.js';
import type { AnalysisModel, NavigateMode } from '../model/types.js';
import { esc } from './html.js';

/**
 * The page-flow picture: pages as boxes, navigations as arrows, drawn as an
 * inline SVG. Layout is layered left to right: entry and tab pages first,
 * each other page one layer after the nearest page that opens it (breadth-
 * first), rows ordered by the barycentre of their neighbours to cut
 * crossings. Every box links to the page's section.
 */

export interface FlowNode {
  route: string;
  title: string | null;
  tab: boolean;
  entry: boolean;
  /** Navigations from this page whose target is not known statically. */
  dynamic: number;
}

export interface FlowEdge {
  from: string;
  to: string;
  /** Navigation modes used, sorted. */
  modes: NavigateMode[];
  count: number;
}

export interface FlowGraph {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export function pageFlow(model: AnalysisModel): FlowGraph {
  const routes = new Set(model.pages.map((p) => p.route));
  const entry = model.project.entryPagePath ?? null;
  const edges = new Map<string, FlowEdge>();
  const nodes: FlowNode[] = [];
  for (const p of model.pages) {
    let dynamic = 0;
    for (const e of p.effects) {
      if (e.kind !== 'navigate' || e.mode === 'navigateBack') continue;
      if (e.target === null) dynamic++;
      if (e.target === null || !routes.has(e.target) || e.target === p.route) continue;
      const key = `${p.route}\n${e.target}`;
      const edge = edges.get(key) ?? { from: p.route, to: e.target, modes: [], count: 0 };
      if (!edge.modes.includes(e.mode)) edge.modes.push(e.mode);
      edge.count++;
      edges.set(key, edge);
    }
    nodes.push({ route: p.route, title: p.title, tab: p.tab, entry: p.route === entry, dynamic });
  }
  for (const e of edges.values()) e.modes.sort(cmp);
  return { nodes, edges: [...edges.values()].sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to)) };
}

export interface Placed {
  layer: number;
  row: number;
}

/**
 * Layer (column) and row of every page. Deterministic: ties go by route.
 * A page's layer is its distance from the nearest start page (entry and tab
 * pages; then pages nothing opens), so a forward arrow always spans exactly
 * one gap and never crosses a box; arrows within a column or back to an
 * earlier one are drawn as loops.
 */
export function layeredLayout(g: FlowGraph): Map<string, Placed> {
  const outs = new Map<string, Set<string>>(g.nodes.map((n) => [n.route, new Set()]));
  const inc = new Map<string, Set<string>>(g.nodes.map((n) => [n.route, new Set()]));
  for (const e of g.edges) {
    outs.get(e.from)!.add(e.to);
    inc.get(e.to)!.add(e.from);
  }
  const layer = new Map<string, number>();
  const bfs = (roots: string[]) => {
    const queue = [...roots];
    for (const r of roots) layer.set(r, 0);
    while (queue.length) {
      const r = queue.shift()!;
      for (const t of [...outs.get(r)!].sort(cmp)) {
        if (layer.has(t)) continue;
        layer.set(t, layer.get(r)! + 1);
        queue.push(t);
      }
    }
  };
  bfs(g.nodes.filter((n) => n.entry || n.tab).map((n) => n.route));
  for (;;) {
    const rest = g.nodes.filter((n) => !layer.has(n.route));
    if (!rest.length) break;
    // Whatever opens an unplaced page is unplaced too (else the search would have reached it): start from a source of the rest.
    bfs([(rest.find((n) => inc.get(n.route)!.size === 0) ?? rest[0]!).route]);
  }

  const layers: string[][] = [];
  for (const n of g.nodes) (layers[layer.get(n.route)!] ??= []).push(n.route);
  for (const l of layers) l.sort(cmp);
  const row = new Map<string, number>();
  const number = () => layers.forEach((l) => l.forEach((r, i) => row.set(r, i)));
  number();
  // Barycentre sweeps: order each layer by the mean row of its neighbours in the layer before (down) or after (up).
  const mean = (rs: Iterable<string>, want: number): number | null => {
    const xs = [...rs].filter((r) => layer.get(r) === want).map((r) => row.get(r)!);
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
  };
  for (let pass = 0; pass < 4; pass++) {
    const down = pass % 2 === 0;
    const sweep = down ? layers.map((_, i) => i).slice(1) : layers.map((_, i) => i).slice(0, -1).reverse();
    for (const i of sweep) {
      const key = new Map(layers[i]!.map((r) => [r, mean(down ? inc.get(r)! : outs.get(r)!, down ? i - 1 : i + 1) ?? row.get(r)!]));
      layers[i]!.sort((a, b) => key.get(a)! - key.get(b)! || cmp(a, b));
      number();
    }
  }
  return new Map(g.nodes.map((n) => [n.route, { layer: layer.get(n.route)!, row: row.get(n.route)! }]));
}

/** Box width: enough for the longest route (11px monospace ≈ 6.6px a character), within bounds. */
const MIN_W = 160;
const MAX_W = 260;
const ROUTE_PX = 6.6;
const H = 44;
const GAP_X = 72;
const GAP_Y = 18;
const PAD = 16;
/** Room above the boxes for arrows that go back to an earlier layer. */
const ARC = 40;

/** Colour and dash of each navigation mode, also the legend. */
export const MODE_STYLE: Record<NavigateMode, { color: string; dash: string | null; note: string }> = {
  navigateTo: { color: '#2563eb', dash: null, note: 'wx.navigateTo' },
  navigator: { color: '#7c3aed', dash: '5 3', note: '<navigator> in WXML' },
  redirectTo: { color: '#d97706', dash: null, note: 'wx.redirectTo' },
  switchTab: { color: '#059669', dash: null, note: 'wx.switchTab' },
  reLaunch: { color: '#dc2626', dash: null, note: 'wx.reLaunch' },
  navigateBack: { color: '#6b7280', dash: '2 3', note: 'wx.navigateBack' },
};

/** Approximate rendered width: CJK and other wide characters are about twice as wide as Latin ones. */
function fit(text: string, px: number, latin: number): string {
  let w = 0;
  let out = '';
  for (const ch of text) {
    w += ch.codePointAt(0)! >= 0x2e80 ? latin * 1.9 : latin;
    if (w > px) return out + '…';
    out += ch;
  }
  return out;
}

export function flowSvg(g: FlowGraph, href: (route: string) => string): string {
  if (!g.nodes.length) return '';
  const place = layeredLayout(g);
  const W = Math.round(Math.min(MAX_W, Math.max(MIN_W, Math.max(...g.nodes.map((n) => n.route.length)) * ROUTE_PX + 44)));
  const layers = Math.max(...[...place.values()].map((p) => p.layer)) + 1;
  const perLayer: number[] = new Array<number>(layers).fill(0);
  for (const p of place.values()) perLayer[p.layer]!++;
  const rows = Math.max(...perLayer);
  const pos = (route: string) => {
    const p = place.get(route)!;
    // Centre shorter columns against the tallest one.
    const shift = ((rows - perLayer[p.layer]!) * (H + GAP_Y)) / 2;
    return { x: PAD + p.layer * (W + GAP_X), y: PAD + ARC + shift + p.row * (H + GAP_Y), layer: p.layer };
  };
  const width = PAD * 2 + layers * W + (layers - 1) * GAP_X + 48;
  const height = PAD * 2 + ARC + rows * (H + GAP_Y) - GAP_Y;

  const markers = Object.entries(MODE_STYLE)
    .map(([mode, s]) => `<marker id="arrow-${mode}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${s.color}"/></marker>`)
    .join('');
  const edges = g.edges.map((e) => {
    const a = pos(e.from);
    const b = pos(e.to);
    const mode = e.modes[0]!;
    const s = MODE_STYLE[mode];
    let d: string;
    if (b.layer > a.layer) {
      const x1 = a.x + W;
      const y1 = a.y + H / 2;
      const x2 = b.x;
      const y2 = b.y + H / 2;
      const c = (x2 - x1) / 2;
      d = `M${x1},${y1} C${x1 + c},${y1} ${x2 - c},${y2} ${x2},${y2}`;
    } else if (b.layer === a.layer) {
      // Same column: loop out to the right, wider for rows further apart so loops do not coincide.
      const x = a.x + W;
      const bulge = Math.min(GAP_X - 8, 16 + (Math.abs(b.y - a.y) / (H + GAP_Y)) * 10);
      d = `M${x},${a.y + H / 2 - 6} C${x + bulge},${a.y + H / 2 - 6} ${x + bulge},${b.y + H / 2 + 6} ${x},${b.y + H / 2 + 6}`;
    } else {
      // Back to an earlier column: arc over the boxes.
      const top = Math.min(a.y, b.y) - ARC + 6;
      d = `M${a.x + W / 2},${a.y} C${a.x + W / 2},${top} ${b.x + W / 2},${top} ${b.x + W / 2},${b.y}`;
    }
    const tip = `${e.from} → ${e.to}: ${e.modes.join(', ')}${e.count > 1 ? ` (${e.count} calls)` : ''}`;
    return `<path class="edge" d="${d}" stroke="${s.color}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''} marker-end="url(#arrow-${mode})"><title>${esc(tip)}</title></path>`;
  });
  const nodes = g.nodes.map((n) => {
    const { x, y } = pos(n.route);
    const cls = ['node', n.tab ? 'tab' : '', n.entry ? 'entry' : ''].filter(Boolean).join(' ');
    const dyn = n.dynamic
      ? `<text class="dyn" x="${x + W - 6}" y="${y + 13}" text-anchor="end">+${n.dynamic}?<title>${n.dynamic} navigation(s) with a target not known statically</title></text>`
      : '';
    const tip = `${n.route}${n.title ? ` — ${n.title}` : ''}${n.tab ? ' (tab)' : ''}`;
    return (
      `<a href="${esc(href(n.route))}" class="${cls}"><title>${esc(tip)}</title>` +
      `<rect x="${x}" y="${y}" width="${W}" height="${H}" rx="6"/>` +
      `<text class="route" x="${x + 8}" y="${y + 17}">${esc(fit(n.route, W - (n.dynamic ? 40 : 16), ROUTE_PX))}</text>` +
      `<text class="title" x="${x + 8}" y="${y + 35}">${esc(fit(n.title ?? '', W - 16, 6.8))}</text>${dyn}</a>`
    );
  });
  return (
    `<svg class="flow" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Page flow">` +
    `<defs>${markers}</defs><g class="edges">${edges.join('')}</g><g class="nodes">${nodes.join('')}</g></svg>`
  );
}

/** The legend under the picture: only the modes the app uses. */
export function flowLegend(g: FlowGraph): string {
  const used = new Set(g.edges.flatMap((e) => e.modes));
  const items = (Object.keys(MODE_STYLE) as NavigateMode[])
    .filter((m) => used.has(m))
    .map((m) => {
      const s = MODE_STYLE[m];
      return `<span class="legend-item"><svg width="28" height="10"><line x1="0" y1="5" x2="28" y2="5" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/></svg>${esc(s.note)}</span>`;
    });
  return items.join('');
}
