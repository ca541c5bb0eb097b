/** The result page as `POST /match` renders it, for tests that read its HTML in Node. */
import type { MatchResult } from "../../src/engine/result.js";
import type { EnterpriseProfile } from "../../src/profile/index.js";
import { ResultPage } from "../../src/views/pages/ResultPage.js";
import { profileToForm } from "./profile-form.js";

/** @returns the page's HTML for `result` of `profile`, in `lang` */
export async function renderResultPage(result: MatchResult, profile: EnterpriseProfile, lang: "zh-CN" | "en"): Promise<string> {
  const page = ResultPage({ result, lang, values: profileToForm(profile), profile });
  return `<!DOCTYPE html>${await page.toString()}`;
}
