/**
 * A kept decision's own page (docs/dossiers.md, "In the browser"): `GET /decisions/{id}` and
 * its signed receipt, `GET /decisions/{id}/receipt.json`. `{id}` is the decision's capability
 * id (256 random bits): whoever has the address sees that decision — the result as decided, the
 * firm's name, when — and nothing else of the dossier; the firm that opened its dossier in this
 * browser also gets the way back to its answers. Gone with the dossier (404).
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import { DecisionStore } from "../dossier/decisions.js";
import { issueReceipt } from "../dossier/issue.js";
import { DossierStore } from "../dossier/store.js";
import { StoredResultActions, StoredResultSwitch } from "../views/components/StoredResult.js";
import { bi } from "../views/i18n.js";
import { MessagePage } from "../views/pages/MessagePage.js";
import { ResultPage } from "../views/pages/ResultPage.js";
import { sessionDossier } from "./dossier-session.js";
import type { AppEnv } from "./env.js";
import { langOf, render } from "./page-render.js";
import { receiptKey } from "./receipt-key.js";

const NO_SUCH = { title: bi("找不到该结果", "No such result"), text: bi("该网址没有对应的匹配结果：可能输入有误，或档案已删除。", "This address shows no result: it may be mistyped, or its dossier was deleted.") };

/** Mounts the two routes on `app` (pages.ts applies the pages' headers). */
export function decisionPages(app: OpenAPIHono<AppEnv>): void {
  app.get("/decisions/:shareId", async (c) => {
    const lang = langOf(c);
    const db = c.env?.DB;
    const found = db ? await new DecisionStore(db).byShareId(c.req.param("shareId")) : null;
    if (!db || !found) return render(c, MessagePage({ lang, ...NO_SUCH }), 404);
    const owner = (await sessionDossier(c))?.dossier.id === found.dossierId;
    const path = `/decisions/${found.shareId}`;
    // the profile decided: the page shows of it only the firm's name and code and the year of its accounts
    const decided = await new DossierStore(db).version(found.dossierId, found.profileVersion);
    const page = ResultPage({
      lang, values: {}, result: found.result, profile: decided?.profile ?? { creditCode: found.creditCode },
      switcher: StoredResultSwitch({ lang, path }),
      actions: StoredResultActions({ lang, path, owner, decidedAt: found.decidedAt }),
    });
    const res = await render(c, page);
    res.headers.set("X-Robots-Tag", "noindex");
    return res;
  });

  app.get("/decisions/:shareId/receipt.json", async (c) => {
    const lang = langOf(c);
    const db = c.env?.DB;
    const found = db ? await new DecisionStore(db).byShareId(c.req.param("shareId")) : null;
    if (!db || !found) return render(c, MessagePage({ lang, ...NO_SUCH }), 404);
    const store = new DecisionStore(db);
    const { result, dossierId, creditCode, name: _name, ...entry } = found;
    let receipt = await store.receipt(entry.seq);
    if (!receipt) {
      const key = await receiptKey(c).catch(() => undefined);
      if (!key) return render(c, MessagePage({ lang, title: bi("暂不能出具回执", "No receipt can be issued"), text: bi("本服务尚未配置回执签名密钥，请联系园区。", "This service has no receipt key configured: ask the zone.") }), 503);
      receipt = await issueReceipt(db, key, dossierId, creditCode, entry, result, new Date());
    }
    return c.json(receipt, 200, { "Content-Disposition": `attachment; filename="receipt-${entry.decisionId.slice(7, 19)}.json"` });
  });
}
