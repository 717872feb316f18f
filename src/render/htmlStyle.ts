/** Speaker colours: a strong tone for marks and a light tint for the statement behind the text. */
export const SPEAKER_PALETTE: readonly (readonly [strong: string, tint: string])[] = [
  ['#1d4ed8', '#dbe7fd'], ['#c2410c', '#fde4d3'], ['#15803d', '#d7f5e0'], ['#7e22ce', '#efe2fc'],
  ['#be185d', '#fbe0ec'], ['#0f766e', '#d3f3ef'], ['#a16207', '#fbefc5'], ['#b91c1c', '#fbdede'],
  ['#4338ca', '#e2e4fb'], ['#4d7c0f', '#e6f4cf'],
];
const UNKNOWN_SPEAKER = ['#57606a', '#e9ecef'] as const;

/** Entity types: an underline in the type's colour, as the legend shows. */
const ENTITY_COLOURS = { person: '#c026d3', organization: '#0284c7', initiative: '#d97706', place: '#059669' } as const;

const palette = [...SPEAKER_PALETTE.map(([c, t], i) => `.c${i}{--c:${c};--t:${t}}`), `.cu{--c:${UNKNOWN_SPEAKER[0]};--t:${UNKNOWN_SPEAKER[1]}}`].join('');
const entityTypes = Object.entries(ENTITY_COLOURS).map(([type, colour]) => `.t-${type}{--e:${colour}}`).join('');

/** The page's only style sheet, inline so the file stands alone. */
export const PAGE_STYLE = `${palette}${entityTypes}
:root{color-scheme:light;--ink:#1f2328;--muted:#59636e;--line:#d8dee4;--paper:#fff;--wash:#eef1f4}
*{box-sizing:border-box}
body{margin:0;display:flex;flex-direction:column;background:var(--wash);color:var(--ink);font:14px/1.5 system-ui,"Segoe UI",Roboto,"Liberation Sans","DejaVu Sans",sans-serif}
.top{order:-2;background:#24292f;color:#fff;padding:14px 24px}
.top h1{margin:0;font-size:18px;font-weight:600}
.top .legend{margin:6px 0 0;display:flex;flex-wrap:wrap;gap:6px 16px;color:#d0d7de;font-size:13px}
.top .legend span{white-space:nowrap}
.top .ent,.top .st,.top .who,.top .cue{color:#fff}
.top .st{background:#3d4a5c;padding:0 4px}
nav.index{order:-1;max-width:1240px;width:calc(100% - 32px);margin:16px auto 0;background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:12px 20px}
nav.index h2{margin:0 0 6px;font-size:15px}
nav.index ol{margin:0;padding-left:24px}
nav.index ol.many{columns:2 380px}
nav.index li{margin:2px 0}
nav.index a{color:#0550ae;text-decoration:none}
nav.index a:hover{text-decoration:underline}
nav.index .counts{color:var(--muted);font-size:12px;margin-left:6px;white-space:nowrap}
.article{max-width:1240px;width:calc(100% - 32px);margin:16px auto;background:var(--paper);border:1px solid var(--line);border-radius:8px;overflow:clip}
.article>header{padding:16px 28px 12px;border-bottom:1px solid var(--line)}
.article h2{margin:0;font-size:20px;line-height:1.3}
.meta{margin:4px 0 0;color:var(--muted);font-size:13px}
.meta span+span::before{content:" · "}
.counts{margin:2px 0 0;color:var(--muted);font-size:13px}
.columns{display:grid;grid-template-columns:minmax(0,1fr) 320px}
.text{padding:20px 32px 28px;max-width:82ch;white-space:pre-wrap;overflow-wrap:anywhere;font:17px/2 Georgia,"DejaVu Serif","Liberation Serif",serif,"Noto Color Emoji"}
.panel{border-left:1px solid var(--line);background:#f8fafb;font-size:13px}
.panel-body{position:sticky;top:0;max-height:100vh;overflow-y:auto;padding:14px 18px 20px}
.panel h3{margin:6px 0 8px;font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
.panel h3:not(:first-child){margin-top:20px}
.panel h4{margin:12px 0 4px;font-size:12px;font-weight:600;color:var(--e);text-transform:capitalize}
.panel ul{list-style:none;margin:0;padding:0}
.panel li{display:grid;grid-template-columns:minmax(0,1fr) auto;align-items:baseline;gap:0 6px;padding:3px 6px;border-radius:5px;cursor:pointer}
.panel li.speaker{grid-template-columns:auto minmax(0,1fr) auto auto}
.panel li:hover,.panel li:focus,.panel li.on{background:#e8edf2;outline:none}
.panel .type{color:var(--muted);font-size:11px}
.panel .count{justify-self:end;font-variant-numeric:tabular-nums;color:var(--muted);background:#e4e8ec;border-radius:9px;padding:0 7px;font-size:11px}
.panel .details{grid-column:1/-1;color:var(--muted);font-size:11px;padding-left:2px}
.panel .none{color:var(--muted);margin:0}
.swatch{display:inline-block;width:11px;height:11px;border-radius:3px;background:var(--c)}
.panel .swatch{align-self:start;margin-top:4px}
.entity .name{text-decoration:underline solid var(--e) 2px;text-underline-offset:4px}
.st{background:var(--t);border-radius:3px;padding:2px 0;-webkit-box-decoration-break:clone;box-decoration-break:clone;cursor:help}
.st:not(.cont)::before{content:attr(data-sid);font:600 10px/1 system-ui,"DejaVu Sans",sans-serif;color:var(--c);vertical-align:super;margin:0 2px 0 1px}
.st:focus{outline:2px solid var(--c);outline-offset:1px}
.who{background:var(--c);color:#fff;font-weight:600;border-radius:3px;padding:1px 3px;cursor:help}
.cue{font-weight:700;color:var(--c);text-decoration:underline dotted var(--c) 2px;text-underline-offset:4px;cursor:help}
.ent{text-decoration:underline solid var(--e) 2px;text-underline-offset:5px;text-decoration-skip-ink:none}
.who .ent{text-decoration-color:rgba(255,255,255,.7)}
.lit.st{background:color-mix(in srgb,var(--c) 30%,#fff)}
.lit.ent{background:color-mix(in srgb,var(--e) 22%,transparent);border-radius:3px}
.lit.who,.lit.cue{outline:2px solid var(--c);outline-offset:1px;border-radius:3px}
.faded{opacity:.4}
.st.faded{background:transparent}
.faded::before{visibility:hidden}
#tip{position:fixed;z-index:10;display:none;max-width:360px;padding:8px 10px;border-radius:6px;background:#24292f;color:#f6f8fa;font:13px/1.45 system-ui,"DejaVu Sans",sans-serif;box-shadow:0 6px 20px rgba(0,0,0,.25);pointer-events:none}
#tip.shown{display:block}
#tip .head{font-weight:700;display:flex;gap:6px;align-items:baseline}
#tip .head .swatch{align-self:center}
#tip .sub{color:#afb8c1;font-weight:400}
#tip .row{color:#d0d7de}
#tip .row b{color:#8c959f;font-weight:400;margin-right:4px}
#tip .part+.part{border-top:1px solid #57606a;margin-top:6px;padding-top:6px}
@media (max-width:900px){.columns{grid-template-columns:1fr}.panel{border-left:0;border-top:1px solid var(--line)}.panel-body{position:static;max-height:none}.text{padding:16px 18px}}
@media print{body{background:#fff}#tip,nav.index{display:none}.article{border:0}}
`;
