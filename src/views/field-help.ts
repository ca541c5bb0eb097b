/**
 * The form's words for profile fields, from the data dictionary (src/profile/dictionary/): a
 * field's help is the meaning of the profile field it fills — the same text as the API's
 * OpenAPI description — followed by what the form adds ("e.g. 3985"); a coded field's choices
 * are worded as the dictionary words its values.
 */
import { fieldText } from "../profile/index.js";
import type { Option } from "./fields.js";
import type { Msg } from "./i18n.js";

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * @param path the profile field, e.g. `employees`, `financials[].revenue`
 * @param note a line the form adds after the meaning
 */
export function helpOf(path: string, note?: Msg): Msg {
  const meaning = fieldText(path).meaning;
  return note ? { "zh-CN": `${meaning["zh-CN"]}${note["zh-CN"]}`, en: `${meaning.en} ${note.en}` } : meaning;
}

/** The choices of a coded profile field (`taxCollection`, `project.stage`…), in the dictionary's words. */
export function codedOptions(path: string): Option[] {
  return Object.entries(fieldText(path).values ?? {}).map(([value, label]) => ({ value, label: { "zh-CN": label["zh-CN"], en: sentence(label.en) } }));
}
