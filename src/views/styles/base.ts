/** The page frame: type, colours, header and footer, links, focus, the skip link. */
export const BASE_CSS = `
:root {
  --ink: #1b2430; --muted: #4f5b67; --line: #c9d1d9; --page: #f3f5f7; --panel: #ffffff;
  --brand: #0b4a8b; --brand-dark: #073463; --accent: #e8f0f8;
  --ok: #0f6b3a; --ok-bg: #e7f4ec; --warn: #8a5300; --warn-bg: #fdf3e1; --bad: #b42318; --bad-bg: #fdecea;
  --focus: #ffd33d;
  --font: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--page); color: var(--ink); font: 400 1.0625rem/1.65 var(--font); }
.wrap { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
h1, h2, h3, h4 { line-height: 1.3; margin: 0 0 .6em; }
h1 { font-size: 1.9rem; } h2 { font-size: 1.4rem; } h3 { font-size: 1.15rem; } h4 { font-size: 1.05rem; }
p { margin: 0 0 1em; }
a { color: var(--brand); text-underline-offset: .15em; }
a:hover { color: var(--brand-dark); text-decoration-thickness: 2px; }
[tabindex="-1"]:focus { outline: 3px solid #0b0c0c; outline-offset: 2px; }
main[tabindex="-1"]:focus { outline: none; }
a:focus-visible, button:focus-visible, summary:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 0; background-color: var(--focus); color: #0b0c0c; box-shadow: 0 4px 0 #0b0c0c; text-decoration: none;
}
.vh { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip-link { position: absolute; left: -999em; top: 0; padding: .5rem 1rem; background: var(--focus); color: #0b0c0c; z-index: 10; }
.skip-link:focus { left: 0; }
.site-header { background: var(--brand); color: #fff; border-bottom: 6px solid #5fa8e8; }
.site-header .wrap { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem 1rem; padding-top: .8rem; padding-bottom: .8rem; }
.site-name { font-weight: 700; font-size: 1.1rem; color: #fff; text-decoration: none; }
.site-name:hover { color: #fff; }
.site-sub { display: block; font-weight: 400; font-size: .85rem; opacity: .9; }
.lang-switch { margin: 0; display: flex; gap: .5rem; align-items: center; }
.lang-switch a, .lang-switch button { color: #fff; font: inherit; font-size: .95rem; background: transparent; border: 1px solid rgba(255,255,255,.7); border-radius: 3px; padding: .2rem .7rem; cursor: pointer; text-decoration: none; }
.lang-switch a:hover, .lang-switch button:hover { background: rgba(255,255,255,.15); color: #fff; }
main.wrap { padding-top: 2rem; padding-bottom: 3rem; }
.phase { background: var(--accent); border-bottom: 1px solid var(--line); font-size: .9rem; }
.phase .wrap { padding-top: .4rem; padding-bottom: .4rem; }
.site-footer { border-top: 1px solid var(--line); background: #fff; color: var(--muted); font-size: .9rem; }
.site-footer .wrap { padding-top: 1.2rem; padding-bottom: 1.5rem; }
.lead { font-size: 1.15rem; color: var(--ink); max-width: 44em; }
.muted { color: var(--muted); }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 4px; padding: 1.25rem 1.25rem .5rem; margin: 0 0 1.5rem; }
@media (max-width: 40em) { h1 { font-size: 1.55rem; } .panel { padding: 1rem .85rem .25rem; } }
`;
