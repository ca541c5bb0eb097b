/**
 * A posted form's body → its fields. The body gate (http/body-gate.ts) has already refused
 * what the API refuses (too large, compressed, another charset, bytes that are not UTF-8);
 * here a urlencoded body's percent-encoded bytes are held to the same rule.
 */
import { FIELD_BY_KEY } from "./field-index.js";

/** Control fields posted beside the answers: the page language and `_action=edit` (back to the form). */
export const CONTROLS: ReadonlySet<string> = new Set(["lang", "_action"]);

/** The longest text kept for one field (the body itself is limited to 64 KiB). */
const MAX_VALUE = 1000;

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** 0–9, A–F, a–f as bytes. */
const isHex = (b: number) => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);

/**
 * A name or value of an `application/x-www-form-urlencoded` body, decoded as the WHATWG URL
 * standard does (`+` is a space, `%XX` a byte) except that bytes which are not UTF-8 are
 * refused instead of becoming U+FFFD.
 * @throws TypeError when the decoded bytes are not UTF-8
 */
function formDecode(s: string): string {
  const text = s.replaceAll("+", " ");
  if (!text.includes("%")) return text;
  const bytes = new TextEncoder().encode(text);
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x25 && isHex(bytes[i + 1] ?? 0) && isHex(bytes[i + 2] ?? 0)) {
      out[n++] = parseInt(String.fromCharCode(bytes[i + 1]!, bytes[i + 2]!), 16);
      i += 2;
    } else out[n++] = bytes[i]!;
  }
  return strict.decode(out.subarray(0, n));
}

/**
 * The fields of a form body (urlencoded or multipart), in order, files as File; `null` when a
 * name or value is not UTF-8. @throws TypeError when a multipart body cannot be read
 */
export async function formFields(text: string, type: string): Promise<[string, string | File][] | null> {
  if (/^multipart\/form-data\b/i.test(type)) return [...(await new Response(text, { headers: { "Content-Type": type } }).formData())];
  try {
    return text.split("&").filter(Boolean).map((pair) => {
      const eq = pair.indexOf("=");
      return eq < 0 ? [formDecode(pair), ""] : [formDecode(pair.slice(0, eq)), formDecode(pair.slice(eq + 1))];
    });
  } catch (e) {
    if (e instanceof TypeError) return null;
    throw e;
  }
}

/** The form's own fields and its controls. */
const formKey = (key: string) => FIELD_BY_KEY.has(key) || CONTROLS.has(key);

/**
 * The posted fields of the form (others are ignored; the first of a repeated name counts).
 * @param text the body, already checked to be UTF-8 (http/body-gate.ts); @param type its Content-Type
 * @param accepts the names kept (default: the form's fields and controls)
 * @returns `not-form` when the body is not a form (urlencoded or multipart) or cannot be read;
 *          `not-utf8` when a percent-encoded name or value is not UTF-8
 */
export async function readPostedValues(text: string, type: string, accepts: (key: string) => boolean = formKey): Promise<Record<string, string> | "not-form" | "not-utf8"> {
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) return "not-form";
  let fields;
  try {
    fields = await formFields(text, type);
  } catch {
    return "not-form";
  }
  if (!fields) return "not-utf8";
  const values: Record<string, string> = {};
  for (const [key, value] of fields) {
    if (typeof value !== "string" || key in values || !accepts(key)) continue;
    values[key] = value.slice(0, MAX_VALUE);
  }
  return values;
}
