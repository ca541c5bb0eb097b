/**
 * Local measures apply only inside their zone (issue 13): a measure whose source is issued by a
 * local body — a city, a development zone, a province or autonomous region and their courts and
 * offices (包头市, 包头稀土高新区, 内蒙古自治区高级人民法院, 浙江省…) — must require the firm's
 * `zone`, or it answers "eligible" for a firm registered anywhere (the Baotou policy concierge
 * offered to a firm in another province). The zone condition must hold whatever else does: a
 * `zone` leaf with `equal` or `in` reached from the top through `all` nodes and named conditions.
 */
import type { Collector } from "./finding.js";
import { asArray, asObject, asString, type Obj } from "./json.js";

/**
 * An issuer named after a sub-national place: 省, 区 (自治区, a district, a development zone), 市
 * (not 市场, a market), 自治州, 盟 (not 联盟, a union), 县, 旗. National bodies (国务院, 财政部,
 * 国家税务总局, 国家市场监督管理总局, 全国人民代表大会, 科技部…) have none of these.
 */
const LOCAL_ISSUER = /省|区|市(?!场)|自治州|(?<!联)盟|县|旗/;

/** `true` when the issuer is a local body. */
export const isLocalIssuer = (issuer: string): boolean => LOCAL_ISSUER.test(issuer);

/** `true` when `node` holds only if the firm's zone matches: a zone leaf under `all` nodes and named conditions. */
function requiresZone(node: unknown, named: Obj, seen: Set<string>): boolean {
  const n = asObject(node);
  if (!n) return false;
  if (n.fact === "zone") return n.operator === "equal" || n.operator === "in";
  const ref = asString(n.condition);
  if (ref !== undefined) {
    if (seen.has(ref)) return false;
    return requiresZone(named[ref], named, new Set([...seen, ref]));
  }
  return asArray(n.all).some((child) => requiresZone(child, named, seen));
}

/**
 * Lints the measures of a raw rule set for `local-measure-without-zone`.
 * @param root the posted JSON object
 */
export function lintZones(root: Obj, c: Collector): void {
  const named = asObject(root.conditions) ?? {};
  asArray(root.measures).forEach((raw, i) => {
    const m = asObject(raw);
    const issuer = asString(asObject(m?.source)?.issuer);
    if (!m || issuer === undefined || !isLocalIssuer(issuer) || requiresZone(m.conditions, named, new Set())) return;
    c.report("local-measure-without-zone", ["measures", i, "conditions"],
      `measure "${asString(m.id) ?? i}" is issued by a local body (${issuer}) but does not require the firm's zone, so it answers for firms registered anywhere: add { "fact": "zone", "operator": "equal", "value": "<zone id>" } to its top-level "all"`);
  });
}
