/** Fills the form the way a person does: typing into text boxes, clicking radios, choosing from lists. */
import type { Page } from "playwright-core";

export async function fillForm(page: Page, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const field = page.locator(`#answers [name="${name}"]`).first();
    const [tag, type] = await field.evaluate((el) => [el.tagName.toLowerCase(), el.getAttribute("type")]);
    if (type === "radio") await page.locator(`#answers input[name="${name}"][value="${value}"]`).check();
    else if (tag === "select") await field.selectOption(value);
    else await field.fill(value);
  }
}

/** Writes digits full width (０-９) and the comma full width (，), as some input methods do. */
export const fullWidth = (s: string) => s.replace(/[0-9,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
