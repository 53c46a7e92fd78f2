import type { FastifyReply } from 'fastify';

/** One field error in a 422 answer; `pointer` is RFC 6901, relative to `data`. */
export interface ProblemFieldError {
  pointer: string;
  detail: string;
  code: string;
}

/** An RFC 9457 problem document. `type` is a relative URI: GET it for a description. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: ProblemFieldError[];
}

/**
 * The kinds of problem this backend reports, with their Chinese titles and the detail used when a
 * route gives none (shown to citizens as is: say what to do).
 */
export const PROBLEMS = {
  'bad-request': { status: 400, title: '提交的请求格式不正确', detail: '请求格式不正确，请刷新页面后重试。' },
  'bad-json': { status: 400, title: '提交的内容不是有效的 JSON', detail: '提交的内容不是有效的 JSON。' },
  'idempotency-key': { status: 400, title: '缺少或无效的幂等键', detail: '请求缺少有效的 Idempotency-Key 头，请刷新页面后重试。' },
  'unknown-schema': { status: 400, title: '不认识的表单版本', detail: '服务器不认识这个表单，请刷新页面后重试。' },
  'outdated-schema': { status: 400, title: '表单版本已更新', detail: '表单已更新，请刷新页面后重新提交。' },
  'bad-query': { status: 400, title: '查询参数不正确', detail: '查询条件不正确，请修改后重试。' },
  unauthorized: { status: 401, title: '需要审查人员身份', detail: '此功能仅供审查人员使用，请先登录。' },
  'cross-site': { status: 403, title: '不接受其他网站代为提交', detail: '本接口只接受本网站页面的提交。' },
  'not-found': { status: 404, title: '找不到该地址', detail: '没有这个地址，请检查链接。' },
  'method-not-allowed': { status: 405, title: '不支持该请求方法', detail: '这个地址不支持该请求方法。' },
  'request-timeout': { status: 408, title: '请求发送得太慢', detail: '请求在规定时间内没有发送完，请检查网络后重试。' },
  'publish-conflict': { status: 409, title: '别人已经发布了新版本', detail: '在您编辑期间，已经有人发布了这个表单的新版本，请重新打开后再发布。' },
  'idempotency-conflict': { status: 409, title: '同一提交编号对应了不同的内容', detail: '这个提交编号已用于另一份内容，请刷新页面后重新提交。' },
  'payload-too-large': { status: 413, title: '提交的内容太大', detail: '提交的内容或附件太大，请缩小后重试。' },
  'unsupported-media-type': { status: 415, title: '不支持的提交格式', detail: '请以 application/json 提交；带附件时用 multipart/form-data。' },
  validation: { status: 422, title: '填写的内容有误', detail: '填写的内容有误，请按提示修改。' },
  'too-many-requests': { status: 429, title: '请求太频繁', detail: '操作太频繁，请稍后再试。' },
  'headers-too-large': { status: 431, title: '请求头或地址太长', detail: '请求头或地址太长，请缩短后重试。' },
  internal: { status: 500, title: '服务器出错了，请稍后再试', detail: '服务器出错了，您填写的内容没有丢失，请稍后再试。' },
  unavailable: { status: 503, title: '服务器正忙，请稍后再试', detail: '服务器正忙，请稍后再试。' },
  'form-unavailable': { status: 503, title: '这个表单暂时不能使用', detail: '这个表单暂时不能使用，请稍后再试或拨打 12348。' },
} as const satisfies Record<string, { status: number; title: string; detail: string }>;

export type ProblemKind = keyof typeof PROBLEMS;

/** Thrown anywhere in a route; the error handler turns it into problem+json. */
export class Problem extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly detail?: string,
    readonly errors?: ProblemFieldError[],
  ) {
    super(detail ?? PROBLEMS[kind].title);
  }

  get status(): number {
    return PROBLEMS[this.kind].status;
  }

  toJSON(): ProblemBody {
    const { status, title, detail } = PROBLEMS[this.kind];
    const body: ProblemBody = { type: `/problems/${this.kind}`, title, status, detail: this.detail ?? detail };
    if (this.errors) body.errors = this.errors;
    return body;
  }
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(JSON.stringify(problem.toJSON()));
}
