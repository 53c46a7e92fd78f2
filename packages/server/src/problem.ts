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

/** The kinds of problem this backend reports, with their Chinese titles (shown to citizens as is). */
export const PROBLEMS = {
  'bad-request': { status: 400, title: '提交的请求格式不正确' },
  'bad-json': { status: 400, title: '提交的内容不是有效的 JSON' },
  'idempotency-key': { status: 400, title: '缺少或无效的幂等键' },
  'unknown-schema': { status: 400, title: '不认识的表单版本' },
  'outdated-schema': { status: 400, title: '表单版本已更新' },
  'bad-query': { status: 400, title: '查询参数不正确' },
  'not-found': { status: 404, title: '找不到该地址' },
  'method-not-allowed': { status: 405, title: '不支持该请求方法' },
  'idempotency-conflict': { status: 409, title: '同一提交编号对应了不同的内容' },
  'payload-too-large': { status: 413, title: '提交的内容太大' },
  'unsupported-media-type': { status: 415, title: '不支持的提交格式' },
  validation: { status: 422, title: '填写的内容有误' },
  'too-many-requests': { status: 429, title: '请求太频繁' },
  internal: { status: 500, title: '服务器出错了，请稍后再试' },
  'form-unavailable': { status: 503, title: '这个表单暂时不能使用' },
} as const satisfies Record<string, { status: number; title: string }>;

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
    const { status, title } = PROBLEMS[this.kind];
    const body: ProblemBody = { type: `/problems/${this.kind}`, title, status };
    if (this.detail) body.detail = this.detail;
    if (this.errors) body.errors = this.errors;
    return body;
  }
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(JSON.stringify(problem.toJSON()));
}
