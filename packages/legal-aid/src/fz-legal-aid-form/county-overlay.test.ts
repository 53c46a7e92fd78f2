import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SchemaObject } from '@fazhi/core';
import '@fazhi/form/define';
import type { FzForm } from '@fazhi/form';
import '../define.js';
import type { FzLegalAidForm } from './fz-legal-aid-form.js';

/** The element's rendering (shadow root by default). */
const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** Serves `text` as the county's overlay file, as a portal's static server would. */
async function withOverlay(text: string, status = 200, type = 'application/json') {
  const realFetch = window.fetch;
  window.fetch = ((url: RequestInfo | URL) =>
    String(url).endsWith('/county/overlay.json') ? Promise.resolve(new Response(text, { status, headers: { 'content-type': type } })) : realFetch(url)) as typeof fetch;
  const logged: string[] = [];
  const realError = console.error;
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  try {
    const el = await fixture<FzLegalAidForm>(html`<fz-legal-aid-form autosave="off" overlay-src="/county/overlay.json"
      ><p>请拨打 12348 公共法律服务热线，或到县法律援助中心办理。</p></fz-legal-aid-form
    >`);
    await waitUntil(() => root(el).querySelector('form, [role=alert]'), 'the form or a refusal shows', { timeout: 10000 });
    return { el, logged };
  } finally {
    window.fetch = realFetch;
    console.error = realError;
  }
}

const refusal = (el: HTMLElement) => root(el).querySelector('[role=alert]')?.textContent ?? '';
const fallbackText = (el: HTMLElement) => root(el).querySelector('slot')?.assignedElements()[0]?.textContent ?? '';

describe('fz-legal-aid-form with a county overlay that has a mistake', () => {
  it('a trailing comma: the citizen gets the fallback content, the console names the file and the line', async () => {
    const { el, logged } = await withOverlay('{\n  "properties": {\n    "facts": { "title": "事情经过" },\n  }\n}\n');
    expect(root(el).querySelector('form')).to.equal(null);
    expect(refusal(el)).to.contain('暂时不能在线填写');
    expect(fallbackText(el)).to.contain('12348');
    expect(logged.join('\n')).to.contain('/county/overlay.json 第 4 行：最后一项后面多了逗号');
    await expect(el).to.be.accessible();
  });

  it('a misspelt required name would lock every citizen out at step 3: refused, naming the field meant', async () => {
    const { el, logged } = await withOverlay(JSON.stringify({ properties: { matter: { required: ['aidForm', 'type', 'stage', 'opposingPaty'] } } }));
    expect(root(el).querySelector('form')).to.equal(null);
    expect(logged.join('\n')).to.match(/properties\.matter\.required\[3\]：必填列表里的“opposingPaty”不是这一层的字段，是不是想写“opposingParty”？/);
  });

  it('removing what the law requires is refused in the browser as on the server', async () => {
    const { el, logged } = await withOverlay(JSON.stringify({ properties: { facts: null } }));
    expect(fallbackText(el)).to.contain('12348');
    expect(logged.join('\n')).to.contain('“案情和申请理由”是法律规定的内容');
  });

  it('the server refusing the form (503 naming the file) shows the fallback and logs the reason', async () => {
    const problem = { type: '/problems/form-unavailable', title: '这个表单暂时不能使用', status: 503, detail: '管理员请检查：overlays/legal-aid-application.json 第 7 行：最后一项后面多了逗号' };
    const { el, logged } = await withOverlay(JSON.stringify(problem), 503, 'application/problem+json');
    expect(refusal(el)).to.contain('暂时不能在线填写');
    expect(logged.join('\n')).to.contain('overlays/legal-aid-application.json 第 7 行');
  });

  it('a good overlay is applied', async () => {
    const { el, logged } = await withOverlay(JSON.stringify({ properties: { facts: { title: '事情经过' } } }));
    expect(root(el).querySelector('form')).not.to.equal(null);
    expect(el.effectiveSchema!.properties!.facts).to.include({ title: '事情经过' });
    expect(logged).to.deep.equal([]);
  });
});

describe('fz-form with a schema whose rule does not parse', () => {
  it('shows the fallback instead of hanging on “正在加载表单”', async () => {
    const logged: string[] = [];
    const realError = console.error;
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    try {
      const schema: SchemaObject = {
        $id: 'https://county.example/v1/rule-typo.schema.json',
        type: 'object',
        properties: { income: { type: 'number', title: '月收入' } },
        'x-fz-rules': [{ id: 'cap', assert: { '=<': [{ var: 'income' }, 100] }, pointer: 'income', message: { 'zh-CN': '收入太高' } }],
      };
      const el = await fixture<FzForm>(html`<fz-form autosave="off" .schema=${schema}><p>请拨打 12348</p></fz-form>`);
      await el.updateComplete;
      expect(root(el).querySelector('[role=status]')?.textContent ?? '').not.to.contain('正在加载');
      expect(refusal(el)).to.contain('暂时不能在线填写');
      expect(logged.join('\n')).to.contain('=<');
    } finally {
      console.error = realError;
    }
  });
});
