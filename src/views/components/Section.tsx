/** A numbered section of the form: a heading, an optional line of introduction, its fields. */
import type { Child } from "hono/jsx";
import type { Lang, Msg } from "../i18n.js";

export function Section({ n, id, title, intro, lang, children }: { n: number; id: string; title: Msg; intro?: Msg; lang: Lang; children: Child }) {
  return (
    <section class="section" aria-labelledby={`s-${id}`}>
      <h2 id={`s-${id}`}>{`${n}. ${title[lang]}`}</h2>
      {intro && <p class="section-intro">{intro[lang]}</p>}
      {children}
    </section>
  );
}
