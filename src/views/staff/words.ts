/** The console's words for roles, draft states, review actions, version statuses and refusals, in zh-CN and en. */
import type { LogAction } from "../../review/draft.js";
import type { DraftState } from "../../review/machine.js";
import type { Role } from "../../review/roles.js";
import type { PublishOutcome } from "../../ruleset/store.js";
import { bi, type Msg } from "../i18n.js";

export const ROLE: Readonly<Record<Role, Msg>> = {
  author: bi("起草人", "author"),
  reviewer: bi("审核人", "reviewer"),
  concierge: bi("政策管家", "policy concierge"),
  admin: bi("管理员", "admin"),
};

export const STATE: Readonly<Record<DraftState, Msg>> = {
  draft: bi("草稿", "draft"),
  proposed: bi("待审核", "proposed"),
  approved: bi("已批准", "approved"),
  rejected: bi("已退回", "rejected"),
  published: bi("已发布", "published"),
  withdrawn: bi("已撤回", "withdrawn"),
};

export const LOGGED: Readonly<Record<LogAction, Msg>> = {
  saved: bi("保存", "saved"),
  proposed: bi("提交审核", "proposed"),
  approved: bi("批准", "approved"),
  rejected: bi("退回", "rejected"),
  "proposal-withdrawn": bi("撤回提交", "proposal withdrawn"),
  published: bi("发布", "published"),
  withdrawn: bi("撤回版本", "withdrawn"),
};

/** What a publish attempt came to (src/ruleset/store.ts PublishOutcome), as the audit shows it. */
export const OUTCOME: Readonly<Record<PublishOutcome, Msg>> = {
  created: bi("已发布", "published"),
  conflict: bi("冲突（版本已存在或未经审核）", "conflict (exists, or not reviewed)"),
  invalid: bi("未通过检查", "did not pass"),
  malformed: bi("格式错误", "malformed"),
  unauthorized: bi("未提供令牌", "no token"),
  forbidden: bi("无权限", "forbidden"),
  "too-large": bi("内容过大", "too large"),
  "unsupported-media-type": bi("类型不支持", "unsupported type"),
  unavailable: bi("存储不可用", "store unavailable"),
  error: bi("出错", "error"),
};

/** The headline of a refusal (ReviewError's slug); its detail follows in English, as the API gives it. */
export const REFUSAL: Readonly<Record<string, Msg>> = {
  "role-forbidden": bi("您的角色不能执行此操作", "Your role may not do this"),
  "own-draft": bi("不能批准自己提交或修改的草案", "You cannot approve a draft you proposed or changed"),
  "wrong-state": bi("草案当前状态下不能执行此操作", "Not possible in the draft's present state"),
  "draft-moved": bi("草案刚被其他人修改，请刷新后重试", "Another officer changed the draft just now: read it again"),
  "draft-not-ready": bi("草案未通过检查", "The draft does not pass its check"),
  "draft-not-found": bi("没有这个草案", "No such draft"),
  "version-exists": bi("该版本号已存在", "That version exists already"),
  "already-withdrawn": bi("该版本已撤回", "That version is withdrawn already"),
  "version-not-found": bi("没有这个版本", "No such version"),
  "invalid-request": bi("请检查填写内容", "Check what you entered"),
  "ruleset-invalid": bi("规则文件与草案不符", "The rule file does not match the draft"),
  "review-required": bi("需要先经过审核", "Review required"),
  "register-not-found": bi("没有这个企业名录", "No such register"),
};

/** The headline of a refusal, or a general one. */
export const refusalTitle = (slug: string): Msg => REFUSAL[slug] ?? bi("操作未完成", "The action was not done");
