// The page's only style sheet and script. The Content-Security-Policy of the page allows exactly these two blocks by
// their SHA-256 hashes, so they must stay free of anything that varies with the input.

export const STYLE = `
:root{--fg:#1d2330;--muted:#5b6475;--line:#dde2ea;--bg:#fff;--panel:#f6f8fb;--accent:#2450a6;
--critical:#7a0916;--high:#c0262d;--medium:#c96a00;--low:#8a7a00;--info:#5b6475;
--bad:#c0262d;--warn:#b25f00;--good:#1d7a3a;--none:#6b7280;--decided:#0f6b82;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font-size:15px;line-height:1.5}
header.page{background:#17203a;color:#fff;padding:20px 32px 16px}
header.page h1{margin:0 0 2px;font-size:24px;font-weight:650;letter-spacing:-.01em}
header.page .sub{color:#b9c3dd;font-size:13px}
header.page code{color:#dfe6f7;background:rgba(255,255,255,.08);padding:0 4px;border-radius:3px}
.tiles{display:flex;flex-wrap:wrap;gap:10px;margin-top:14px}
.tile{background:rgba(255,255,255,.08);border-radius:8px;padding:6px 14px;min-width:92px}
.tile b{display:block;font-size:22px;line-height:1.2;font-variant-numeric:tabular-nums}
.tile span{font-size:12px;color:#c9d2e8}
.tile.bad b{color:#ff8a8a}.tile.warn b{color:#ffc166}.tile.good b{color:#7fe09b}.tile.decided b{color:#7fd6ea}
nav.toc{position:sticky;top:0;z-index:3;background:#fff;border-bottom:1px solid var(--line);padding:6px 32px;display:flex;gap:18px;flex-wrap:wrap;font-size:14px}
nav.toc a{color:var(--accent);text-decoration:none}
nav.toc a:hover{text-decoration:underline}
main{padding:8px 32px 40px;max-width:1400px}
section{margin-top:28px}
section{scroll-margin-top:40px}
tr[id]{scroll-margin-top:130px}
h2{font-size:19px;margin:0 0 10px;padding-bottom:4px;border-bottom:2px solid var(--line)}
h3{font-size:16px;margin:16px 0 6px}
p.note{color:var(--muted);margin:4px 0 10px;font-size:14px}
table{border-collapse:collapse;width:100%;font-size:14px}
table.compact{width:auto;min-width:50%}
table.compact th,table.compact td{padding-left:18px}
th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--line)}
th{background:var(--panel);font-weight:600;font-size:13px;color:#394155}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tbody tr:hover{background:#fafbfd}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:12.5px}
td code{overflow-wrap:break-word}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;white-space:nowrap;color:#fff;background:var(--none)}
.sev-critical{background:var(--critical)}.sev-high{background:var(--high)}.sev-medium{background:var(--medium)}
.sev-low{background:var(--low)}.sev-info{background:var(--info)}
.st-unmitigated,.st-fail,.st-contradicted,.st-error{background:var(--bad)}
.st-partially-mitigated,.st-open,.st-manual{background:var(--warn)}
.st-verified-mitigated,.st-pass,.st-confirmed,.st-mitigated{background:var(--good)}
.st-unverified,.st-skipped{background:var(--none)}
.st-accepted,.st-transferred,.st-not-applicable,.st-suppressed{background:var(--decided)}
.stride{display:inline-block;width:22px;height:22px;line-height:22px;text-align:center;border-radius:4px;background:#e7ecf6;color:#24325a;font-weight:700;font-size:12px}
.filters{position:sticky;top:34px;z-index:2;background:#fff;display:flex;flex-wrap:wrap;gap:10px 16px;align-items:end;padding:8px 0 10px;border-bottom:1px solid var(--line)}
.filters label{display:flex;flex-direction:column;font-size:12px;color:var(--muted);gap:2px}
.filters select,.filters input{font:inherit;font-size:14px;padding:4px 6px;border:1px solid #c5ccd8;border-radius:5px;background:#fff;min-width:140px;max-width:280px}
.filters button{font:inherit;font-size:14px;padding:4px 12px;border:1px solid #c5ccd8;border-radius:5px;background:var(--panel);cursor:pointer}
.count{font-weight:600;font-size:14px;margin:8px 0}
.filters + .count{margin-top:10px}
details>summary{cursor:pointer}
details>summary::marker{color:var(--muted)}
td details>summary{font-weight:550}
td.title{width:50%}
.detail{margin:8px 0 4px;padding:10px 12px;background:var(--panel);border-radius:6px;font-size:14px}
.detail p{margin:0 0 8px}
.detail dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 14px;margin:0}
.detail dt{color:var(--muted);font-size:13px}
.detail dd{margin:0}
ul.plain{list-style:none;margin:0;padding:0}
ul.plain li{margin:2px 0}
.ev{margin:6px 0}
.ev .where,code.where{color:var(--muted)}
pre.excerpt{margin:4px 0 2px;padding:6px 0;background:#0f1729;color:#d8def0;border-radius:5px;overflow-x:auto;line-height:1.45}
pre.excerpt span{display:block;padding:0 10px;white-space:pre-wrap;overflow-wrap:anywhere}
pre.excerpt span.hit{background:rgba(255,120,120,.18);box-shadow:inset 3px 0 0 #ff6b6b}
pre.excerpt i{display:inline-block;width:4.5ch;color:#7c87a6;font-style:normal;text-align:right;margin-right:12px;user-select:none}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:12px}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 14px;background:#fff}
.card h3{margin:0 0 4px}
.card p{margin:4px 0;font-size:14px}
.card ul{margin:4px 0 8px;padding-left:18px}
.card .label{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.diagram{border:1px solid var(--line);border-radius:8px;padding:12px;overflow:auto;background:#fff}
.diagram svg{display:block;margin:0 auto;max-width:100%;height:auto}
.diagram [data-element]{cursor:pointer}
.diagram [data-element].selected{filter:drop-shadow(0 0 3px #2450a6) drop-shadow(0 0 2px #2450a6)}
.bar{display:inline-block;vertical-align:middle;width:90px;height:8px;border-radius:4px;background:#e6e9ef;overflow:hidden;margin-right:6px}
.bar b{display:block;height:100%;background:var(--good)}
${Array.from({ length: 21 }, (_, i) => `.bar b.w${i * 5}{width:${i * 5}%}`).join('')}
.muted{color:var(--muted)}
.matrix td,.matrix th{text-align:center}
.matrix td:first-child,.matrix th:first-child{text-align:left}
footer{color:var(--muted);font-size:12px;padding:16px 32px;border-top:1px solid var(--line)}
@media print{nav.toc,.filters{display:none!important}th{position:static}details{display:block}}
`;

export const SCRIPT = `
(function () {
  'use strict';
  var bars = document.querySelectorAll('[data-filters]');
  Array.prototype.forEach.call(bars, function (bar) {
    var table = document.getElementById(bar.getAttribute('data-filters'));
    var count = document.getElementById(bar.getAttribute('data-count'));
    if (!table || !count || !table.tBodies[0]) return;
    var noun = bar.getAttribute('data-noun') || '';
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var controls = Array.prototype.slice.call(bar.querySelectorAll('[data-filter]'));
    var apply = function () {
      var shown = 0;
      rows.forEach(function (row) {
        var visible = controls.every(function (control) {
          var key = control.getAttribute('data-filter');
          var value = control.value;
          if (!value) return true;
          if (key === 'text') return row.textContent.toLowerCase().indexOf(value.toLowerCase()) !== -1;
          return row.getAttribute('data-' + key) === value;
        });
        row.hidden = !visible;
        if (visible) shown++;
      });
      count.textContent = shown + ' of ' + rows.length + ' ' + noun;
      var selected = bar.querySelector('[data-filter="component"]');
      var id = selected ? selected.value : '';
      Array.prototype.forEach.call(document.querySelectorAll('.diagram [data-element]'), function (el) {
        var ref = el.getAttribute('data-element') || '';
        el.classList.toggle('selected', id !== '' && ref.slice(ref.indexOf(':') + 1) === id);
      });
    };
    controls.forEach(function (control) {
      control.addEventListener('input', apply);
      control.addEventListener('change', apply);
    });
    var reset = bar.querySelector('[data-reset]');
    if (reset)
      reset.addEventListener('click', function () {
        controls.forEach(function (control) { control.value = ''; });
        apply();
      });
    var component = bar.querySelector('[data-filter="component"]');
    Array.prototype.forEach.call(document.querySelectorAll('.diagram'), function (diagram) {
      diagram.addEventListener('click', function (event) {
        var el = event.target && event.target.closest ? event.target.closest('[data-element]') : null;
        if (!el || !component) return;
        var ref = el.getAttribute('data-element') || '';
        var id = ref.slice(ref.indexOf(':') + 1);
        var known = Array.prototype.some.call(component.options, function (o) { return o.value === id; });
        component.value = known && component.value !== id ? id : '';
        apply();
      });
    });
    bar.hidden = false;
    apply();
  });
})();
`;
