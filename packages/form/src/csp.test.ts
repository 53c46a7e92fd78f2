import { expect } from '@open-wc/testing';
import type { FzForm } from './fz-form/fz-form.js';

// The built drop-in (dist/kit/fazhi-kit.js, from `npm run build`) runs in an iframe whose page is
// served with `default-src 'self'; script-src 'self'; style-src 'self'` (web-test-runner.config.mjs).
// A classic probe script in that page records every securitypolicyviolation event.

type Violation = { directive: string; blocked: string; sample: string; source: string };
type CspWindow = Window &
  typeof globalThis & { fzCspViolations: Violation[]; fzCspErrors?: string[]; fazhi?: { versions: Record<string, string> } };

const PAGE = '/bench/fixtures/csp/page.html';
const KIT = '/dist/kit/fazhi-kit.js';

/** Every tag the kit can register; the ones not built yet are skipped. */
const TAGS = [
  'fz-form',
  'fz-legal-aid-form',
  'fz-village-rule-form',
  'fz-village-rule-review',
  'fz-power-list',
  'fz-enforcement-notice',
];

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://fazhi.example/schemas/csp-check/v1',
  title: '严格内容安全策略检查',
  type: 'object',
  required: ['name', 'phone', 'topic', 'consent'],
  properties: {
    name: { type: 'string', title: '姓名', minLength: 1 },
    phone: { type: 'string', title: '联系电话', format: 'cn-mobile' },
    topic: {
      title: '咨询事项',
      oneOf: [
        { const: 'labour', title: '劳动争议' },
        { const: 'other', title: '其他' },
      ],
    },
    consent: { type: 'boolean', const: true, title: '我同意' },
  },
  if: { properties: { topic: { const: 'other' } }, required: ['topic'] },
  then: { required: ['detail'], properties: { detail: { type: 'string', title: '请说明', minLength: 2 } } },
};

/** Lets queued violation events (fired from a task) and pending renders arrive. */
const settle = (win: Window) => new Promise((resolve) => win.setTimeout(resolve, 50));

async function openStrictPage(): Promise<{ frame: HTMLIFrameElement; win: CspWindow; doc: Document }> {
  const kit = await fetch(KIT, { method: 'HEAD' });
  if (!kit.ok) throw new Error(`${KIT} is missing: run \`npm run build\` before the browser tests.`);
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = PAGE;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as CspWindow;
  if (!win.customElements.get('fz-form')) {
    // Module scripts have run by the load event; a kit that failed to start says why here.
    const failed = new Promise((_, reject) =>
      win.setTimeout(() => reject(new Error(`fz-form never got defined: ${JSON.stringify(win.fzCspErrors ?? [])}`)), 5000),
    );
    await Promise.race([win.customElements.whenDefined('fz-form'), failed]);
  }
  return { frame, win, doc: frame.contentDocument! };
}

function typeInto(win: CspWindow, input: HTMLInputElement, text: string): void {
  input.focus();
  input.value = text;
  input.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new win.Event('change', { bubbles: true, composed: true }));
}


describe('drop-ins under a strict CSP', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('the page really enforces the policy (the probe counts a blocked eval)', async () => {
    const opened = await openStrictPage();
    frame = opened.frame;
    const { win } = opened;
    expect(() => new win.Function('return 1')).to.throw();
    await settle(win);
    expect(win.fzCspViolations.map((v) => v.directive)).to.include('script-src');
  });

  it('fz-form renders, validates and submits with zero violations', async () => {
    const opened = await openStrictPage();
    frame = opened.frame;
    const { win, doc } = opened;
    expect(win.fazhi?.versions['fz-form']).to.be.a('string');

    const form = doc.createElement('fz-form') as FzForm;
    form.setAttribute('autosave', 'off');
    form.setAttribute('action', '/__fz-csp/submit');
    form.schema = schema;
    const submitted = new Promise<CustomEvent>((resolve) =>
      form.addEventListener('fz-submitted', (e) => resolve(e as CustomEvent), { once: true }),
    );
    doc.getElementById('elements')!.append(form);
    await form.updateComplete;

    const root = form.shadowRoot!;
    expect(root.querySelectorAll('input').length).to.be.greaterThan(3);

    const errors = await form.validate();
    expect(errors.map((e) => e.pointer)).to.include.members(['/name', '/phone', '/topic', '/consent']);
    await form.updateComplete;
    expect(root.querySelector('[part~="error-summary"], .fz-error-summary')).to.exist;

    const field = (pointer: string) => root.querySelector<HTMLElement>(`[data-pointer="${pointer}"]`)!;
    const input = (pointer: string) => field(pointer).querySelector('input')!;
    typeInto(win, input('/name'), '王秀兰');
    typeInto(win, input('/phone'), '13800138000');
    [...field('/topic').querySelectorAll('label')].find((l) => l.textContent?.trim() === '其他')!.click();
    await form.updateComplete;
    typeInto(win, input('/detail'), '邻里纠纷');
    input('/consent').click();
    await form.updateComplete;

    expect(await form.validate()).to.deep.equal([]);
    const outcome = await form.submit();
    expect(outcome?.kind).to.equal('success');
    expect((await submitted).detail.receiptNo).to.equal('CSP-0001');

    await settle(win);
    expect(win.fzCspViolations).to.deep.equal([]);
    expect(win.fzCspErrors ?? []).to.deep.equal([]);
  });

  it('every other built element renders its data, opens its views and validates with zero violations', async () => {
    const opened = await openStrictPage();
    frame = opened.frame;
    const { win, doc } = opened;
    const built = TAGS.filter((tag) => tag !== 'fz-form' && win.customElements.get(tag));
    const found: (Violation & { tag: string })[] = [];
    for (const tag of built) {
      const seen = win.fzCspViolations.length;
      const el = doc.createElement(tag) as HTMLElement & Exercised;
      el.setAttribute('autosave', 'off');
      Object.assign(el, sampleData[tag] ?? {});
      doc.getElementById('elements')!.append(el);
      await el.updateComplete;
      await settle(win);
      const root = el.shadowRoot ?? el;
      expect(root.childNodes.length, `${tag} rendered something`).to.be.greaterThan(0);
      expect(win.fazhi?.versions[tag], `${tag} is listed in window.fazhi.versions`).to.be.a('string');
      if (sampleData[tag]) expect(root.querySelectorAll('tbody tr').length, `${tag} shows its rows`).to.be.greaterThan(0);
      // Open what can be opened (tabs, details, disclosures): each view is a chance to break the policy.
      const openers = [...root.querySelectorAll<HTMLElement>('[part~="tab"], [part~="open-detail"], button[aria-expanded="false"]')];
      for (const opener of openers.slice(0, 12)) {
        if (!opener.isConnected) continue;
        opener.click();
        await el.updateComplete;
      }
      if (typeof el.validate === 'function') expect((await el.validate()).length, `${tag} reports missing answers`).to.be.greaterThan(0);
      await settle(win);
      found.push(...win.fzCspViolations.slice(seen).map((v) => ({ tag, ...v })));
    }
    expect(found).to.deep.equal([]);
    expect(win.fzCspErrors ?? []).to.deep.equal([]);
  });

  it('every built element with render-root="light" renders into itself, styled by an adopted sheet, with zero violations', async () => {
    const opened = await openStrictPage();
    frame = opened.frame;
    const { win, doc } = opened;
    const built = TAGS.filter((tag) => win.customElements.get(tag));
    expect(built).to.include('fz-form');
    for (const tag of built) {
      const el = doc.createElement(tag) as HTMLElement & Exercised;
      el.setAttribute('render-root', 'light');
      el.setAttribute('autosave', 'off');
      Object.assign(el, tag === 'fz-form' ? { schema } : (sampleData[tag] ?? {}));
      doc.getElementById('elements')!.append(el);
      await el.updateComplete;
      await settle(win);
      expect(el.shadowRoot === null, `${tag} has no shadow root`).to.equal(true);
      expect(el.children.length, `${tag} rendered into itself`).to.be.greaterThan(0);
      // An undefined tag is inline; the scoped `:host { display: block }` reached it.
      expect(win.getComputedStyle(el).display, `${tag} is styled`).to.equal('block');
      if (typeof el.validate === 'function') expect((await el.validate()).length, `${tag} reports missing answers`).to.be.greaterThan(0);
    }
    await settle(win);
    expect(win.fzCspViolations).to.deep.equal([]);
    expect(win.fzCspErrors ?? []).to.deep.equal([]);
  });
});

type Exercised = { updateComplete?: Promise<unknown>; validate?: () => Promise<unknown[]> };

/** A few public records per list element, shaped like schemas/power-list-item and enforcement-*. */
const sampleData: Record<string, Record<string, unknown>> = {
  'fz-power-list': {
    items: [1, 2, 3].map((i) => ({
      code: `XK00${i}`,
      name: `第${i}项行政许可`,
      category: 'licensing',
      basis: [{ lawName: '中华人民共和国行政许可法', article: `第${i}条` }],
      agency: '某县司法局',
      responsibilities: [{ stage: '受理', text: '依法受理申请。' }],
      accountability: [{ text: '不依法受理的。' }],
      steps: [{ title: '受理' }, { title: '审查', timeLimit: '5 个工作日' }, { title: '决定' }],
      status: 'valid',
      updatedAt: '2026-01-01',
    })),
  },
  'fz-enforcement-notice': {
    data: {
      decisions: [1, 2, 3].map((i) => ({
        id: `D${i}`,
        docNo: `某市监罚〔2025〕${i}号`,
        caseName: `某某无证经营案${i}`,
        partyType: 'legal-entity',
        partyName: `某某商贸有限公司${i}`,
        violation: '无证经营',
        basis: '《无证无照经营查处办法》第十三条',
        penaltyTypes: ['fine'],
        penaltyContent: '罚款 1000 元',
        fineAmount: 1000,
        decidedAt: `2025-0${i}-10`,
        publishedAt: `2025-0${i}-12`,
        publicUntil: '2099-12-31',
        agency: '某县市场监督管理局',
        status: 'valid',
      })),
      bodies: [{ id: 'B1', name: '某县市场监督管理局', type: 'administrative-organ' }],
      officers: [{ name: '李明', certNo: '13000000001', agency: '某县市场监督管理局', status: 'valid' }],
      matters: [{ code: 'CF001', name: '对无证经营的处罚', category: 'penalty', body: '某县市场监督管理局' }],
    },
  },
};
