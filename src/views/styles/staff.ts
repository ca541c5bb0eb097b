/** The staff console (src/views/staff/): its navigation, tables, state badges, action forms and the impact chart. */
export const STAFF_CSS = `
.staff-nav { background: #fff; border-bottom: 1px solid var(--line); }
.staff-nav .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem 1.25rem; padding-top: .5rem; padding-bottom: .5rem; }
.staff-nav a { text-decoration: none; font-weight: 600; padding: .2rem 0; border-bottom: 3px solid transparent; }
.staff-nav a[aria-current="page"] { border-bottom-color: var(--brand); color: var(--ink); }
.staff-nav .who { margin-left: auto; display: flex; gap: .75rem; align-items: center; color: var(--muted); font-size: .95rem; }
.staff-nav .who form { margin: 0; }
.staff table { width: 100%; border-collapse: collapse; background: #fff; margin: 0 0 1.5rem; font-size: .95rem; }
.staff th, .staff td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid var(--line); }
.staff th { background: var(--accent); font-weight: 600; }
.staff td.num, .staff th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.staff code, .staff .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .88em; overflow-wrap: anywhere; }
.staff pre { background: #fff; border: 1px solid var(--line); padding: .75rem; overflow-x: auto; font-size: .85rem; line-height: 1.5; margin: 0 0 1.5rem; }
.badge { display: inline-block; padding: .05rem .55rem; border-radius: 1rem; font-size: .85rem; font-weight: 600; border: 1px solid var(--line); background: #fff; white-space: nowrap; }
.badge.draft, .badge.scheduled { background: var(--accent); border-color: #9cc0e6; }
.badge.proposed { background: var(--warn-bg); color: var(--warn); border-color: #e5c07b; }
.badge.approved, .badge.in-force, .badge.published, .badge.ok { background: var(--ok-bg); color: var(--ok); border-color: #8cc7a4; }
.badge.rejected, .badge.withdrawn, .badge.bad { background: var(--bad-bg); color: var(--bad); border-color: #f0a39b; }
.badge.superseded { color: var(--muted); }
.alert { border-left: 6px solid var(--bad); background: var(--bad-bg); padding: .75rem 1rem; margin: 0 0 1.5rem; }
.alert.ok { border-color: var(--ok); background: var(--ok-bg); }
.alert.retro { border-color: var(--bad); color: var(--bad); font-weight: 600; }
.alert p:last-child { margin: 0; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 1.5rem; }
.facts dt { color: var(--muted); } .facts dd { margin: 0; }
.actions { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; margin: 0 0 1.5rem; }
.actions form, .stack { display: flex; flex-direction: column; gap: .4rem; margin: 0; }
.actions button, .stack button { align-self: flex-start; }
.signin { max-width: 36rem; }
.toc { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: 0 0 1.5rem; padding: .5rem 0; border-top: 1px solid var(--line); border-bottom: 1px solid var(--line); }
.staff section { margin: 0 0 2rem; }
.alert ul { margin: .25rem 0 0; padding-left: 1.25rem; }
.staff label { font-weight: 600; }
.staff input[type="text"], .staff input[type="date"], .staff input[type="password"], .staff input[type="number"], .staff select, .staff textarea {
  font: inherit; padding: .35rem .5rem; border: 2px solid var(--ink); border-radius: 0; background: #fff; max-width: 100%; }
.staff textarea { width: 28rem; min-height: 4rem; }
.staff button { font: inherit; font-weight: 600; padding: .4rem 1rem; border: 0; border-radius: 3px; background: var(--brand); color: #fff; cursor: pointer; }
.staff a.go { display: inline-block; font-weight: 600; padding: .35rem 1rem; border: 2px solid var(--brand); border-radius: 3px; background: #fff; text-decoration: none; }
.staff button.secondary { background: #fff; color: var(--brand); border: 2px solid var(--brand); }
.staff button.danger { background: var(--bad); }
.staff button:hover { filter: brightness(1.1); }
.staff .who button { background: transparent; color: var(--brand); border: 1px solid var(--brand); padding: .1rem .6rem; }
.filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-end; margin: 0 0 1.5rem; }
.filters > div { display: flex; flex-direction: column; gap: .2rem; }
.staff details { margin: .25rem 0; }
.staff summary { cursor: pointer; color: var(--brand); }
.gain { color: var(--ok); } .loss { color: var(--bad); }
.chart { background: #fff; border: 1px solid var(--line); margin: 0 0 .5rem; max-width: 100%; height: auto; }
.chart .bar-before { fill: #9aa7b4; } .chart .bar-after { fill: var(--brand); }
.chart text { font-family: var(--font); font-size: 12px; fill: var(--ink); }
.legend { display: flex; gap: 1.5rem; font-size: .9rem; color: var(--muted); margin: 0 0 .5rem; }
.chart { margin-bottom: 1.5rem; }
.swatch { display: inline-block; width: .9rem; height: .9rem; vertical-align: -.1rem; margin-right: .35rem; }
.swatch.before { background: #9aa7b4; } .swatch.after { background: var(--brand); }
`;
