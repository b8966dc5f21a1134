/** The review page's stylesheet, inlined: the page loads nothing from anywhere. */
export const REVIEW_CSS = `
:root { --fg:#1f2328; --muted:#656d76; --line:#d0d7de; --bg:#fff; --soft:#f6f8fa; --accent:#0969da;
  --err:#cf222e; --warn:#9a6700; --info:#0550ae; --ok:#1a7f37; --hl:#fff8c5; }
* { box-sizing: border-box; }
html { scroll-padding-top: 56px; }
body { margin:0; font:14px/1.5 -apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif; color:var(--fg); background:var(--bg); }
code, pre, .mono { font-family: ui-monospace,SFMono-Regular,Menlo,Consolas,"WenQuanYi Micro Hei Mono",monospace; font-size:12.5px; }
a { color:var(--accent); text-decoration:none; } a:hover { text-decoration:underline; }
header.top { position:sticky; top:0; z-index:2; background:#24292f; color:#fff; padding:8px 20px; display:flex; gap:18px; align-items:center; flex-wrap:wrap; }
header.top a { color:#fff; opacity:.85; } header.top a:hover { opacity:1; }
header.top .brand { font-weight:600; margin-right:8px; }
header.top .tools { margin-left:auto; display:flex; gap:8px; }
button { font:inherit; font-size:12px; padding:3px 10px; border:1px solid var(--line); border-radius:6px; background:var(--soft); color:var(--fg); cursor:pointer; }
main { max-width:1200px; margin:0 auto; padding:8px 20px 60px; }
h1 { font-size:24px; margin:18px 0 4px; } h2 { font-size:20px; margin:28px 0 10px; padding-bottom:6px; border-bottom:1px solid var(--line); }
h3 { font-size:16px; margin:18px 0 6px; } h4 { font-size:14px; margin:12px 0 4px; }
section.unit, section.skill, article.api { border:1px solid var(--line); border-radius:8px; padding:4px 16px 12px; margin:14px 0; }
article.api { background:var(--soft); }
:target { outline:3px solid #54aeff; outline-offset:2px; }
li:target, tr:target, .diag:target, article.api:target { background-color:#ddf4ff; }
h2:target { outline:none; }
.sub { color:var(--muted); }
.badge { display:inline-block; font-size:11px; line-height:18px; padding:0 7px; border-radius:9px; border:1px solid var(--line); color:var(--muted); margin-left:4px; vertical-align:2px; white-space:nowrap; }
.badge.kind { background:#eef; color:#3b3b8f; border-color:#ccd; }
.badge.certain { color:var(--ok); border-color:#8ddb8c; } .badge.likely { color:var(--warn); border-color:#e9c46a; } .badge.guess { color:var(--err); border-color:#ff8182; }
.badge.error { color:#fff; background:var(--err); border-color:var(--err); } .badge.warning { color:#fff; background:#bf8700; border-color:#bf8700; } .badge.info { color:#fff; background:var(--info); border-color:var(--info); }
mark.tbc, .tbc-flag { background:#ffebe9; color:var(--err); padding:0 2px; border-radius:3px; font-weight:600; }
.stats { display:flex; flex-wrap:wrap; gap:10px; margin:10px 0; }
.stat { border:1px solid var(--line); border-radius:8px; padding:6px 14px; min-width:90px; }
.stat b { display:block; font-size:20px; }
table { border-collapse:collapse; width:100%; margin:6px 0; }
th, td { text-align:left; vertical-align:top; border-bottom:1px solid var(--line); padding:5px 8px; }
th { background:var(--soft); font-weight:600; font-size:12px; }
ul.effects { list-style:none; padding:0; margin:4px 0; }
ul.effects > li { border-left:3px solid var(--line); padding:4px 10px; margin:8px 0; }
ul.effects > li.tbc { border-left-color:var(--err); }
.loc { color:var(--muted); font-size:12px; }
.via { color:var(--muted); font-size:12px; }
details > summary { cursor:pointer; color:var(--muted); font-size:12px; }
pre.src { background:var(--soft); border:1px solid var(--line); border-radius:6px; padding:6px 0; margin:4px 0; overflow-x:auto; tab-size:2; }
pre.src .row { display:block; padding:0 10px; white-space:pre; }
pre.src .row.hl { background:var(--hl); }
pre.src .row.hl b { text-decoration:underline wavy #bf8700; }
pre.src .ln { display:inline-block; color:#8c959f; margin-right:12px; user-select:none; }
.flow-wrap { overflow:auto; border:1px solid var(--line); border-radius:8px; background:#fcfcfd; }
svg.flow .edge { fill:none; stroke-width:1.6; opacity:.85; }
svg.flow .node rect { fill:#fff; stroke:#8c959f; stroke-width:1.2; }
svg.flow .node.tab rect { stroke:#1a7f37; stroke-width:2; }
svg.flow .node.entry rect { stroke:#0969da; stroke-width:2.5; }
svg.flow .node:hover rect, svg.flow .node:focus rect { fill:#ddf4ff; }
svg.flow text { font-size:12px; fill:var(--fg); }
svg.flow text.route { font-family:ui-monospace,Menlo,Consolas,monospace; font-size:11px; fill:var(--accent); }
svg.flow text.dyn { font-size:11px; fill:var(--err); font-weight:600; }
.legend { display:flex; gap:16px; flex-wrap:wrap; font-size:12px; color:var(--muted); margin:6px 0; }
.legend-item svg { vertical-align:middle; margin-right:4px; }
.md { background:#fff; border:1px solid var(--line); border-radius:6px; padding:2px 14px; }
.diag-file { margin-top:14px; font-weight:600; }
body.hide-info .sev-info, body.hide-warning .sev-warning { display:none; }
.empty { color:var(--muted); font-style:italic; }
`;
