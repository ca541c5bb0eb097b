/** Printed (or saved as PDF) for a policy concierge: black on white, no controls, links spelled out. */
export const PRINT_CSS = `
@media print {
  @page { margin: 16mm 14mm; }
  body { background: #fff; color: #000; font-size: 11pt; line-height: 1.5; }
  .skip-link, .lang-switch, .no-print, .actions, .contents, .phase { display: none !important; }
  .site-header { background: #fff; color: #000; border-bottom: 2px solid #000; }
  .site-name, .site-sub { color: #000; }
  .wrap { max-width: none; padding: 0; }
  main.wrap { padding: 0; }
  a { color: #000; text-decoration: none; }
  .measure a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 9pt; overflow-wrap: anywhere; }
  .measure, .channel, .total, .panel, .open-list { border-color: #000; border-width: 1px; border-left-width: 3px; box-shadow: none; }
  .total { border-top-width: 3px; }
  .measure, .channel, .total, .kind-group > h3, .result-section > h2 { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  .basis, .note, .disclaimer, .tag { background: #fff; border-color: #000; color: #000; }
  .total-value { font-size: 14pt; }
  details.measure > summary { list-style: none; }
  details::details-content { content-visibility: visible; display: block; }
}
`;
