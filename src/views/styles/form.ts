/** The form: fields, radios, the accounts table, the error summary, buttons. */
export const FORM_CSS = `
.section { background: var(--panel); border: 1px solid var(--line); border-radius: 4px; padding: 1.25rem 1.25rem .5rem; margin: 0 0 1.5rem; }
.section > h2 { border-bottom: 2px solid var(--brand); padding-bottom: .35rem; }
.section-intro { color: var(--muted); max-width: 44em; }
.field { margin: 0 0 1.35rem; }
.field--error { border-left: 4px solid var(--bad); padding-left: .8rem; }
.label, .legend { display: block; font-weight: 600; margin: 0 0 .2rem; }
.hint { color: var(--muted); font-size: .95rem; margin: 0 0 .35rem; }
.error-message { color: var(--bad); font-weight: 600; margin: 0 0 .35rem; }
.input-wrap { display: flex; align-items: stretch; max-width: 100%; }
.input, .select { font: inherit; color: var(--ink); background: #fff; border: 2px solid #56606b; border-radius: 0; padding: .35rem .5rem; min-height: 2.6rem; max-width: 100%; }
.input { width: 14rem; }
.input--wide { width: 100%; max-width: 30rem; }
.input--code { width: 100%; max-width: 15rem; letter-spacing: .04em; }
.input--number { width: 11rem; }
.input--short { width: 8rem; }
.input--date { width: 11.5rem; }
.input-wrap .input { flex: 0 1 auto; min-width: 0; }
.suffix { display: inline-flex; align-items: center; padding: 0 .6rem; border: 2px solid #56606b; border-left: 0; background: #eef1f4; white-space: nowrap; font-size: .95rem; }
.input:focus, .select:focus, .radio input:focus-visible + label::before { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: inset 0 0 0 2px #0b0c0c; }
.input[aria-invalid="true"], .select[aria-invalid="true"] { border-color: var(--bad); }
.fieldset { border: 0; margin: 0 0 1.35rem; padding: 0; min-width: 0; }
.fieldset > .legend { padding: 0; }
.radios { display: flex; flex-wrap: wrap; gap: .35rem 1.25rem; }
.radios--stacked { flex-direction: column; }
.radio { position: relative; display: flex; align-items: center; min-height: 2.25rem; }
.radio input { position: absolute; opacity: 0; width: 1.6rem; height: 1.6rem; margin: 0; left: 0; cursor: pointer; }
.radio label { display: flex; align-items: center; gap: .5rem; cursor: pointer; }
.radio label::before { content: ""; flex: none; width: 1.5rem; height: 1.5rem; border: 2px solid #56606b; border-radius: 50%; background: #fff; box-shadow: inset 0 0 0 4px #fff; }
.radio input:checked + label::before { background: var(--ink); }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 0 1.5rem; }
.grid > .field:not(.fieldset) { display: flex; flex-direction: column; }
.grid > .field > .input-wrap { margin-top: auto; }
.accounts { border-collapse: collapse; width: 100%; margin: 0 0 1.25rem; }
.accounts caption { text-align: left; }
.accounts th, .accounts td { border-bottom: 1px solid var(--line); padding: .55rem .4rem; vertical-align: top; text-align: left; }
.accounts thead th { border-bottom: 2px solid var(--ink); font-size: .95rem; }
.accounts tbody th { font-weight: 600; width: 30%; }
.accounts tbody th .hint { font-weight: 400; margin: 0; }
.accounts .input { width: 100%; min-width: 6.5rem; }
.accounts .error-message { font-size: .9rem; }
.cell-label { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 45em) {
  .accounts thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .accounts, .accounts tbody, .accounts tr, .accounts th, .accounts td { display: block; width: 100%; }
  .accounts tr { border-bottom: 2px solid var(--line); padding: .5rem 0; }
  .accounts th, .accounts td, .accounts tbody th { border: 0; padding: .2rem 0; width: 100%; }
  .accounts td { display: grid; grid-template-columns: 8.5rem 1fr; align-items: center; gap: .2rem .5rem; }
  .accounts td .error-message { grid-column: 1 / -1; }
  .cell-label { position: static; width: auto; height: auto; margin: 0; overflow: visible; clip: auto; white-space: normal; font-size: .95rem; color: var(--muted); }
}
.rows { margin: 0 0 1.25rem; border-top: 1px solid var(--line); }
.row { border: 0; border-bottom: 1px solid var(--line); padding: .6rem 0 0; margin: 0; min-width: 0; }
.row > legend { float: left; width: 100%; font-weight: 600; color: var(--brand-dark); padding: 0; margin: 0 0 .2rem; }
.row-fields { clear: both; display: flex; flex-wrap: wrap; gap: 0 1.25rem; }
.row-fields .field { margin-bottom: .7rem; min-width: 0; max-width: 100%; }
.row-fields .label { font-weight: 400; font-size: .95rem; }
.flags .fieldset { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: .25rem 1.5rem; align-items: center; border-bottom: 1px solid var(--line); padding: .55rem 0; margin: 0; }
.flags .fieldset > .legend { float: left; font-weight: 400; margin: 0; }
.flags .fieldset .error-message { grid-column: 1 / -1; }
@media (max-width: 40em) { .flags .fieldset { grid-template-columns: 1fr; } }
.error-summary { border: 4px solid var(--bad); background: #fff; padding: 1rem 1.25rem .5rem; margin: 0 0 1.75rem; }
.error-summary h2 { color: var(--bad); font-size: 1.25rem; }
.error-summary ul { padding-left: 1.1rem; margin: 0 0 .75rem; }
.error-summary li { margin: 0 0 .35rem; }
.error-summary a { color: var(--bad); font-weight: 600; }
.button { display: inline-block; font: inherit; font-weight: 600; font-size: 1.1rem; color: #fff; background: var(--ok); border: 0; border-radius: 0; box-shadow: 0 3px 0 #06381e; padding: .6rem 1.4rem; cursor: pointer; text-decoration: none; }
.button:hover { background: #0b5a30; color: #fff; }
.button:focus-visible { outline: 3px solid var(--focus); outline-offset: 0; background: var(--focus); color: #0b0c0c; box-shadow: 0 3px 0 #0b0c0c; }
.button--secondary { background: #eef1f4; color: var(--ink); box-shadow: 0 3px 0 #8f9aa6; }
.button--secondary:hover { background: #dde2e7; color: var(--ink); }
.actions { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; margin: 1.5rem 0; }
.inline-form { display: inline; margin: 0; }
`;
