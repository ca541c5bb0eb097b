/**
 * The one stylesheet of the pages, served by the Worker itself (a strict CSP allows no inline
 * style and nothing from elsewhere). Its URL carries a hash of its content, so it can be cached
 * for a year and a new deploy is fetched at once.
 */
import { BASE_CSS } from "./styles/base.js";
import { DOSSIER_CSS } from "./styles/dossier.js";
import { FORM_CSS } from "./styles/form.js";
import { PRINT_CSS } from "./styles/print.js";
import { RESULT_CSS } from "./styles/result.js";
import { STAFF_CSS } from "./styles/staff.js";

export const APP_CSS = [BASE_CSS, FORM_CSS, RESULT_CSS, DOSSIER_CSS, STAFF_CSS, PRINT_CSS].map((s) => s.trim()).join("\n");

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell versions of one file apart. */
export function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** `/assets/app.<hash>.css` */
export const CSS_PATH = `/assets/app.${contentHash(APP_CSS)}.css`;
