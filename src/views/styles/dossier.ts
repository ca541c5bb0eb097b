/** The dossier's pages and panels: the form's dossier bar, the dossier page, the token shown once, the received measures. */
export const DOSSIER_CSS = `
.dossier-bar { border-left: 5px solid var(--ok); }
.versions, .decisions, .support { margin: .5rem 0 1rem; padding-left: 1.25rem; }
.versions li, .decisions li, .support li { margin: .25rem 0; }
.link-button { font: inherit; color: var(--brand); background: none; border: 0; padding: 0; text-decoration: underline; cursor: pointer; }
.delete-form { margin: 1rem 0 .75rem; padding-top: 1rem; border-top: 1px solid var(--line); }
.checkbox { display: flex; gap: .5rem; align-items: flex-start; margin: 0 0 1rem; }
.checkbox input { width: 1.25rem; height: 1.25rem; margin-top: .15rem; }
.button--warning { background: var(--bad); box-shadow: 0 3px 0 #5e1410; }
.button--warning:hover { background: #8c1d17; }
.token code { font-size: 1.2rem; word-break: break-all; }
.received-list { padding-left: 1.25rem; }
`;
