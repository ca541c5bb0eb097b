/** The console's sign-in: the officer pastes their token (ADMIN_TOKENS); it is posted once, never put in a URL. */
import type { Lang } from "../i18n.js";
import { Alert, StaffLayout } from "./Layout.js";

export type SignInProblem = "wrong" | "missing" | "unconfigured" | "signed-out";

const PROBLEM: Record<SignInProblem, { zh: string; en: string; ok?: boolean }> = {
  wrong: { zh: "这个令牌不是工作人员令牌，请核对后重新粘贴。", en: "That token is not a staff token. Check it and paste it again." },
  missing: { zh: "请粘贴您的令牌。", en: "Paste your token." },
  unconfigured: { zh: "本服务尚未配置工作人员令牌（ADMIN_TOKENS），请联系运维人员。", en: "No staff token is configured on this service (ADMIN_TOKENS): ask the operators." },
  "signed-out": { zh: "您已退出。", en: "You have signed out.", ok: true },
};

export function SignInPage({ lang, next, problem }: { lang: Lang; next: string; problem?: SignInProblem }) {
  const en = lang === "en";
  const p = problem && PROBLEM[problem];
  return (
    <StaffLayout lang={lang} title={en ? "Sign in" : "登录"} here={`/staff/sign-in${next !== "/staff/" ? `?next=${encodeURIComponent(next)}` : ""}`}>
      <h1>{en ? "Sign in to the staff console" : "登录工作人员控制台"}</h1>
      {p && <Alert title={en ? p.en : p.zh} ok={p.ok === true} />}
      <p class="lead">{en
        ? "Paste the token the operators gave you. It decides what you may do: authors upload and propose drafts, reviewers approve or reject them, admins may do everything."
        : "请粘贴运维人员发给您的令牌。令牌决定您的权限：起草人上传并提交草案，审核人批准或退回草案，管理员可执行全部操作。"}</p>
      <form method="post" action="/staff/sign-in" class="stack panel signin">
        <input type="hidden" name="next" value={next} />
        <label for="token">{en ? "Token" : "令牌"}</label>
        <input type="password" id="token" name="token" autocomplete="current-password" required spellcheck={false} size={48} />
        <p class="muted">{en
          ? "Your browser keeps a signed session for 8 hours; the token itself is not stored."
          : "浏览器会保留 8 小时的签名会话；令牌本身不会被保存。"}</p>
        <p><button type="submit">{en ? "Sign in" : "登录"}</button></p>
      </form>
    </StaffLayout>
  );
}
