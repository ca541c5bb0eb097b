/**
 * The console's navigation: one entry per screen, in the order shown. A page joins the console
 * by adding its entry here, mounting its route under /staff/ (src/http/console.ts gives it the
 * session, headers and CSRF check) and rendering inside StaffLayout with `current` = its path.
 */
import { DOSSIER_ROLES, type Role } from "../../review/roles.js";
import { bi, type Msg } from "../i18n.js";

/** A screen of the console: its path, its name in both languages, and the roles it is shown to (all when absent). */
export interface NavEntry {
  path: string;
  label: Msg;
  roles?: readonly Role[];
}

export const STAFF_NAV: readonly NavEntry[] = [
  { path: "/staff/", label: bi("规则版本", "Versions") },
  { path: "/staff/drafts", label: bi("草案", "Drafts") },
  { path: "/staff/audit", label: bi("审计记录", "Audit") },
  { path: "/staff/worklist", label: bi("待办企业", "Worklist"), roles: DOSSIER_ROLES },
];
