/**
 * GET / and a refused POST /match: the enterprise's form, in sections, every answer kept and
 * every problem listed at the top and shown at its field.
 */
import { Choice, Field } from "../components/Choice.js";
import { AccountsTable } from "../components/AccountsTable.js";
import { DossierBar, type DossierInForm } from "../components/DossierBar.js";
import { ErrorSummary } from "../components/ErrorSummary.js";
import { LangSwitch } from "../components/LangSwitch.js";
import { Layout } from "../components/Layout.js";
import { ListRows } from "../components/ListRows.js";
import { Section } from "../components/Section.js";
import type { FormState } from "../components/state.js";
import { TextField } from "../components/TextField.js";
import type { FormValues } from "../field-index.js";
import { AS_OF, ASSETS, type FieldDef, INNOVATION, LATEST_YEAR, LOAN, PEOPLE_FIELDS, PROJECT, REGISTRATION } from "../fields.js";
import { CERT_FIELDS, CERT_ROWS, CERTS_ANSWER, FLAG_FIELDS, LOAN_ANSWER, PROJECT_ANSWER, SECTION_INTROS, TALENT_FIELDS, TALENT_ROWS, TALENTS_ANSWER } from "../fields-groups.js";
import type { FieldError } from "../form-profile.js";
import { bi, type Lang } from "../i18n.js";

const chunk = (fields: readonly FieldDef[], size: number) =>
  Array.from({ length: fields.length / size }, (_, i) => fields.slice(i * size, i * size + size));

export interface FormPageProps {
  lang: Lang;
  values: FormValues;
  errors: readonly FieldError[];
  /** true when the values were posted (the language switch then re-posts them) */
  posted: boolean;
  /** the dossier this browser has opened, and where the answers come from */
  dossier?: DossierInForm | undefined;
}

export function FormPage({ lang, values, errors, posted, dossier }: FormPageProps) {
  const state: FormState = { lang, values, errors: new Map(errors.map((e) => [e.key, e.message])) };
  const en = lang === "en";
  const fields = (defs: readonly FieldDef[]) => defs.map((def) => <Field def={def} state={state} />);
  const title = `${errors.length ? (en ? "Error: " : "错误：") : ""}${en ? "Check which support your enterprise qualifies for" : "企业惠企政策匹配"}`;
  return (
    <Layout lang={lang} title={title} switcher={<LangSwitch lang={lang} values={posted ? values : undefined} action={posted && !errors.length ? "edit" : undefined} />}>
      <ErrorSummary errors={errors} lang={lang} />
      <h1>{en ? "Check which support your enterprise qualifies for" : "查询企业可享受的惠企政策"}</h1>
      <DossierBar lang={lang} dossier={dossier} />
      <p class="lead">{en
        ? "Answer what you know. The result lists the measures you can apply for, how much they are worth, where to apply and which documents to bring."
        : "请根据企业实际情况填写。提交后可看到可申请的政策、预计金额、办理部门和所需材料。"}</p>
      <p class="panel">{en
        ? "Leave a field empty if you do not know it: an empty field is not zero. Measures that need it are shown as undetermined, with the questions that would settle them. Amounts are in 万元 (10,000 yuan); percentages may be typed as 30 or 30%."
        : "不清楚的项目可以留空：留空不等于填 0，需要该信息的政策会显示为“尚无法判断”，并告诉您还需补充什么。金额单位为万元，可填千分位（如 1,250.5）；比例可填 30 或 30%。"}</p>
      <form id="answers" method="post" action="/match" novalidate>
        <input type="hidden" name="lang" value={lang} />
        <Section n={1} id="registration" title={bi("登记信息", "Registration")} lang={lang}>
          <div class="grid">{fields(REGISTRATION.slice(0, 4))}</div>
          {fields(REGISTRATION.slice(4))}
        </Section>
        <Section n={2} id="people" title={bi("人员、资产与纳税", "People, assets and taxes")} lang={lang}>
          <div class="grid">{fields(PEOPLE_FIELDS)}</div>
          <div class="grid">{fields(ASSETS)}</div>
        </Section>
        <Section n={3} id="accounts" title={bi("财务数据（近三个会计年度）", "Accounts of the last three fiscal years")} lang={lang}
          intro={SECTION_INTROS.financials}>
          <TextField def={LATEST_YEAR} state={state} />
          <AccountsTable state={state} />
        </Section>
        <Section n={4} id="innovation" title={bi("研发、创新与知识产权", "R&D, innovation and intellectual property")} lang={lang}>
          <div class="grid">{fields(INNOVATION)}</div>
        </Section>
        <Section n={5} id="certifications" title={bi("资质认定", "Recognitions held")} lang={lang}>
          <ListRows question={CERTS_ANSWER} rows={chunk(CERT_FIELDS, CERT_FIELDS.length / CERT_ROWS)} state={state}
            rowTitle={(row) => bi(`第 ${row + 1} 项`, `Recognition ${row + 1}`)} />
        </Section>
        <Section n={6} id="talents" title={bi("高层次人才", "High-level talent")} lang={lang}>
          <ListRows question={TALENTS_ANSWER} rows={chunk(TALENT_FIELDS, TALENT_FIELDS.length / TALENT_ROWS)} state={state}
            rowTitle={(row) => bi(`第 ${row + 1} 位`, `Person ${row + 1}`)} />
        </Section>
        <Section n={7} id="project" title={bi("投资项目", "Investment project")} lang={lang}
          intro={SECTION_INTROS.project}>
          <Choice def={PROJECT_ANSWER} state={state} />
          <div class="grid">{fields(PROJECT.filter((f) => f.kind !== "choice"))}</div>
          {fields(PROJECT.filter((f) => f.kind === "choice"))}
        </Section>
        <Section n={8} id="loan" title={bi("融资需求", "Loan")} lang={lang} intro={SECTION_INTROS.loanRequest}>
          <Choice def={LOAN_ANSWER} state={state} />
          <div class="grid">{fields(LOAN)}</div>
        </Section>
        <Section n={9} id="situations" title={bi("企业情况声明", "The enterprise's situation")} lang={lang}
          intro={SECTION_INTROS.flags}>
          <div class="flags">{FLAG_FIELDS.map((def) => <Choice def={def} state={state} />)}</div>
        </Section>
        <Section n={10} id="evaluation" title={bi("其他设置", "Settings")} lang={lang}>
          <TextField def={AS_OF} state={state} />
        </Section>
        <div class="actions">
          <button class="button" type="submit">{en ? "See the results" : "查看匹配结果"}</button>
          <button class="button button--secondary" type="submit" name="_action" value="save">{dossier
            ? (en ? "Save to the dossier and see the results" : "保存到档案并查看结果")
            : (en ? "Save in a new dossier and see the results" : "保存到新建档案并查看结果")}</button>
        </div>
      </form>
    </Layout>
  );
}
