/**
 * The two codes of the form, checked with bilingual messages: the unified social credit code
 * (GB 32100-2015) and the industry class (GB/T 4754-2017). The checks themselves are the
 * profile layer's; this file only normalizes what people type and words the refusal.
 */
import { usccCheckCharacter } from "../profile/index.js";
import { isIndustryClass } from "../profile/industry.js";
import { normalizeInput, type Parsed } from "./form-input.js";

const USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const fail = <T>(zh: string, en: string): Parsed<T> => ({ ok: false, error: { "zh-CN": zh, en } });

/**
 * A credit code as typed: full-width letters and digits, spaces and hyphens and lower case are
 * accepted (the code is written upper case, without separators); the check character verified.
 */
export function parseCreditCode(raw: string): Parsed<string> {
  const code = normalizeInput(raw).replace(/[\s-]/g, "").toUpperCase();
  if (code === "") return { ok: true, value: undefined };
  if (code.length !== 18) {
    return fail(`统一社会信用代码应为 18 位，您填写了 ${code.length} 位`, `the unified social credit code has 18 characters; this one has ${code.length}`);
  }
  for (let i = 0; i < 17; i++) {
    if (!USCC_CHARSET.includes(code[i]!)) {
      return fail(`第 ${i + 1} 位“${code[i]}”不能出现在统一社会信用代码中（不使用 I、O、Z、S、V）`, `character ${i + 1} "${code[i]}" cannot appear in a credit code (I, O, Z, S and V are never used)`);
    }
  }
  if (code[17] !== usccCheckCharacter(code.slice(0, 17))) {
    return fail("统一社会信用代码校验位不符，请核对是否有输入错误", "the credit code fails its check character: look for a typing error");
  }
  return { ok: true, value: code };
}

/** A GB/T 4754-2017 class: four digits, division 01–97 (e.g. 3985). */
export function parseIndustryCode(raw: string): Parsed<string> {
  const code = normalizeInput(raw).replace(/\s/g, "");
  if (code === "") return { ok: true, value: undefined };
  if (!isIndustryClass(code)) {
    return fail("请填写国民经济行业分类（GB/T 4754-2017）的 4 位小类代码，例如 3985", "enter the four-digit GB/T 4754-2017 class, e.g. 3985");
  }
  return { ok: true, value: code };
}
