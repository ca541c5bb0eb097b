/** The result page: totals, measure cards, statuses, channels, near-misses, open questions. */
export const RESULT_CSS = `
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1.5rem; font-size: .95rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.totals { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 1rem; margin: 0 0 .75rem; padding: 0; list-style: none; }
.total { background: #fff; border: 1px solid var(--line); border-top: 5px solid var(--ok); padding: .8rem 1rem; }
.total-label { display: block; color: var(--muted); font-size: .95rem; }
.total-value { display: block; font-size: 1.6rem; font-weight: 700; line-height: 1.25; }
.total-count { border-top-color: var(--brand); }
.contents { margin: 0 0 2rem; }
.contents ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.5rem; }
.result-section { margin: 0 0 2.25rem; }
.result-section > h2 { border-bottom: 2px solid var(--brand); padding-bottom: .35rem; }
.kind-group { margin: 0 0 1.5rem; }
.kind-group > h3 { color: var(--brand-dark); }
.measure { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--ok); padding: 1rem 1.25rem .4rem; margin: 0 0 1rem; break-inside: avoid; }
.measure--undetermined { border-left-color: var(--warn); }
.measure--ineligible { border-left-color: #8f9aa6; }
.measure h4 { font-size: 1.15rem; margin-bottom: .3rem; }
.measure .summary { color: var(--muted); }
.amount { font-size: 1.05rem; margin: 0 0 .35rem; }
.amount strong { font-size: 1.35rem; }
.basis { font-size: .92rem; color: var(--muted); background: #f6f8fa; border-left: 3px solid var(--line); padding: .4rem .7rem; overflow-wrap: anywhere; }
.tag { display: inline-block; font-size: .85rem; font-weight: 600; padding: .05rem .5rem; border-radius: 2px; margin: 0 .4rem .3rem 0; vertical-align: middle; }
.tag--ok { background: var(--ok-bg); color: var(--ok); }
.tag--warn { background: var(--warn-bg); color: var(--warn); }
.tag--muted { background: #eef1f4; color: var(--muted); }
.note { background: var(--warn-bg); border-left: 4px solid var(--warn); padding: .45rem .75rem; font-size: .95rem; }
.facts { display: grid; grid-template-columns: minmax(7rem, max-content) 1fr; gap: .25rem 1rem; margin: 0 0 1rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
@media (max-width: 40em) { .facts { grid-template-columns: 1fr; } .facts dd { margin-bottom: .4rem; } .total-value { font-size: 1.3rem; } .total { padding: .6rem .75rem; } }
.measure h5 { font-size: 1rem; margin: .8rem 0 .3rem; }
.measure ul, .measure ol { margin: 0 0 1rem; padding-left: 1.3rem; }
.source { font-size: .88rem; color: var(--muted); }
.channel { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--brand); padding: 1rem 1.25rem .4rem; margin: 0 0 1rem; break-inside: avoid; }
.gap-list li, .question-list li { margin-bottom: .35rem; }
.open-list { list-style: none; padding: 0; margin: 0 0 1rem; background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--warn); }
.open-list li { padding: .6rem 1rem; border-bottom: 1px solid var(--line); break-inside: avoid; }
.open-list li:last-child { border-bottom: 0; }
.open-missing { display: block; color: var(--muted); font-size: .95rem; }
.unlock { font-weight: 600; }
details.measure > summary { cursor: pointer; font-weight: 600; padding: .2rem 0 .6rem; }
.conditions { list-style: none; padding: 0; }
.conditions li { padding: .3rem 0; border-bottom: 1px dashed var(--line); }
.any-of__head { margin: 0 0 .2rem; font-weight: 600; }
.any-of__branches { margin: 0; padding-left: 1.6rem; }
.any-of__branches .conditions { margin: 0; }
.any-of__branches .conditions li:last-child { border-bottom: 0; }
.clause { display: block; font-size: .85rem; color: var(--muted); }
.tax-table { border-collapse: collapse; background: #fff; margin: 0 0 .75rem; min-width: min(100%, 32rem); }
.tax-table caption { text-align: left; font-weight: 600; padding: 0 0 .4rem; }
.tax-table th, .tax-table td { border: 1px solid var(--line); padding: .35rem .7rem; }
.tax-table th { font-weight: normal; text-align: left; }
.tax-table td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.disclaimer { border-left: 4px solid var(--brand); background: var(--accent); padding: .7rem 1rem; }
.reference { font-weight: 700; letter-spacing: .04em; }
.print-hint { font-size: .95rem; color: var(--muted); }
.channel-measure h4 { font-size: 1rem; margin: .6rem 0 .3rem; }
.channel-measure ul { margin: 0 0 1rem; padding-left: 1.3rem; }
`;
