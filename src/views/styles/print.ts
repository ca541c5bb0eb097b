/**
 * Print (or save as PDF): the result page prints as its summary, one or two A4 pages —
 * reference, date, rule-set version, what the firm can apply for, what it declared, a space
 * for the officer — black on white; the full page stays on screen. Other pages print as they
 * are, without their controls.
 */
export const PRINT_CSS = `
.print-summary { display: none; }
@media print {
  @page { size: A4; margin: 12mm 12mm 14mm; }
  body { background: #fff; color: #000; font-size: 10.5pt; line-height: 1.45; }
  .skip-link, .lang-switch, .no-print, .actions, .contents, .phase { display: none !important; }
  .site-header { background: #fff; color: #000; border-bottom: 2px solid #000; }
  .site-name, .site-sub { color: #000; }
  .wrap { max-width: none; padding: 0; }
  main.wrap { padding: 0; }
  a { color: #000; text-decoration: none; }
  details::details-content { content-visibility: visible; display: block; }

  body:has(.print-summary) { font-size: 8.5pt; line-height: 1.3; }
  body:has(.print-summary) .site-header, body:has(.print-summary) .site-footer, .screen-only { display: none !important; }
  .print-summary { display: block; }
  .print-summary .print-title { font-size: 14pt; font-weight: 700; margin: 0 0 2mm; }
  .print-summary h2 { font-size: 10pt; margin: 3mm 0 1.2mm; border-bottom: 1px solid #000; padding-bottom: .5mm; break-after: avoid; }
  .print-summary h3 { font-size: 9pt; margin: 0 0 .5mm; }
  .print-summary p { margin: 0 0 1.5mm; }
  .print-summary table { width: 100%; border-collapse: collapse; margin: 0 0 2mm; }
  .print-summary th, .print-summary td { border: .5pt solid #000; padding: .4mm 1.2mm; text-align: left; vertical-align: top; }
  .print-summary thead th { background: #eee; }
  .print-summary tr { break-inside: avoid; }
  .print-summary caption { text-align: left; font-weight: 700; padding: 0 0 .5mm; }
  .print-summary .num { text-align: right; white-space: nowrap; }
  .print-head th { width: 14%; background: #eee; }
  .print-reference { font-size: 13pt; font-weight: 700; letter-spacing: .04em; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
  .print-note { display: block; font-size: 8pt; }
  .print-totals { font-weight: 700; }
  .print-declared { columns: 2; column-gap: 6mm; }
  .print-group { break-inside: avoid; margin: 0 0 1.5mm; }
  .print-group dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 2mm; margin: 0; }
  .print-group dt { color: #333; }
  .print-group dd { margin: 0; overflow-wrap: anywhere; }
  .print-accounts th:first-child { width: 34%; }
  .print-measures th:nth-child(1) { width: 25%; } .print-measures th:nth-child(2) { width: 17%; }
  .print-measures th:nth-child(3) { width: 29%; } .print-measures th:nth-child(4) { width: 29%; }
  .print-officer { margin-top: 3mm; break-inside: avoid; }
  .print-officer th { width: 16%; background: #eee; }
  .print-blank { height: 8mm; }
  .print-blank-tall { height: 14mm; }
  .print-foot { font-size: 8pt; margin-top: 2mm; }
}
`;
