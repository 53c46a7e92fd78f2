import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import type { FzEnforcementNotice } from './fz-enforcement-notice.js';
import { everythingShown, fixtureData, HIDDEN_DOC_NOS, ORG, PERSON, PUBLIC_DOC_NOS, TODAY, XSS } from './fz-enforcement-notice.fixtures.js';

async function mount(view?: string): Promise<FzEnforcementNotice> {
  const el = await fixture<FzEnforcementNotice>(html`<fz-enforcement-notice view=${view ?? ''} .data=${fixtureData()} .today=${TODAY}></fz-enforcement-notice>`);
  await el.updateComplete;
  return el;
}

const root = (el: FzEnforcementNotice) => el.shadowRoot!;
const rows = (el: FzEnforcementNotice) => [...root(el).querySelectorAll('tbody tr[part~="row"]')];
const docNos = (el: FzEnforcementNotice) => [...root(el).querySelectorAll<HTMLButtonElement>('button[data-doc-no]')].map((b) => b.dataset.docNo);

async function openDetail(el: FzEnforcementNotice, docNo: string): Promise<HTMLButtonElement> {
  const button = [...root(el).querySelectorAll<HTMLButtonElement>('button[data-doc-no]')].find((b) => b.dataset.docNo === docNo)!;
  button.focus();
  button.click();
  await el.updateComplete;
  return button;
}

// Opening a decision puts it in the page address (a deep link); each test starts from a clean one.
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('fz-enforcement-notice: personal data', () => {
  const secrets = [PERSON.id, PERSON.mobile, PERSON.landline, '6023456', PERSON.name, '小测', '城关镇', '测试路8号', '19800101', '12345678'];

  it("shows none of a natural person's identity number, phone numbers, name or street address in the list", async () => {
    const el = await mount('decisions');
    expect(docNos(el)).to.include('某市监罚〔2026〕1号');
    const shown = everythingShown(root(el));
    for (const secret of secrets) expect(shown, secret).not.to.include(secret);
    expect(shown).to.include('王某');
  });

  it('shows none of them in the detail either, and says that data was withheld', async () => {
    const el = await mount('decisions');
    await openDetail(el, '某市监罚〔2026〕1号');
    const detail = root(el).querySelector('[part~="detail"]')!;
    expect(detail).to.exist;
    const shown = everythingShown(root(el));
    for (const secret of secrets) expect(shown, secret).not.to.include(secret);
    expect(detail.textContent).to.include('王某（身份证号（已隐去），电话138****5678，座机0564-****3456）住址：某某县，在测试路无照销售农药。王某承认。');
    expect(detail.textContent).to.include('某某县');
    expect(detail.textContent).to.include('为保护个人信息');
  });

  it("shows an organisation's name, credit code and legal representative", async () => {
    const el = await mount('decisions');
    expect(root(el).textContent).to.include(ORG.name);
    await openDetail(el, '某市监罚〔2026〕2号');
    const text = root(el).querySelector('[part~="detail"]')!.textContent!;
    expect(text).to.include(ORG.name);
    expect(text).to.include(ORG.uscc);
    expect(text).to.include(ORG.legalRep);
    expect(text).to.include('法人及非法人组织');
    expect(text).to.include('罚款、没收非法财物');
  });

  it("keeps a sole trader's shop name but masks its operator", async () => {
    const el = await mount('decisions');
    await openDetail(el, '某综执罚〔2026〕3号');
    const text = root(el).querySelector('[part~="detail"]')!.textContent!;
    expect(text).to.include('某某县测试水果店');
    expect(text).to.include('经营者冯某在店外占道经营。');
    expect(everythingShown(root(el))).not.to.include('冯测试');
  });

  it('masks again even when the backend already masked, and applies a portal\'s stricter rules', async () => {
    const el = await mount('decisions');
    el.maskRules = { name: 'moumou', phone: 'omit' };
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).textContent).to.include('王某某');
    await openDetail(el, '某市监罚〔2026〕1号');
    const text = root(el).querySelector('[part~="detail"]')!.textContent!;
    expect(text).to.include('电话（已隐去）');
    expect(text).not.to.include('138****');
  });

  it('never renders expired, revoked or minors\' decisions, anywhere', async () => {
    const el = await mount('decisions');
    expect(docNos(el)).to.have.members(PUBLIC_DOC_NOS);
    const shown = everythingShown(root(el));
    for (const docNo of HIDDEN_DOC_NOS) expect(shown).not.to.include(docNo);
    for (const name of ['少年测试', '少女测试', '过期测试', '撤销测试']) expect(shown).not.to.include(name);
    // Searching for them finds nothing either.
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = '少年';
    input.closest('form')!.requestSubmit();
    await el.updateComplete;
    expect(rows(el)).to.have.length(0);
  });

  it("shows officers' names, certificate numbers and validity, never their identity numbers", async () => {
    const el = await mount('officers');
    const text = root(el).textContent!;
    expect(text).to.include('测试甲');
    expect(text).to.include('34052400101');
    expect(text).to.include('至 2028-12-31');
    const expired = rows(el).find((r) => r.textContent!.includes('测试乙'))!;
    expect(expired.querySelector('.fz-badge--expired')!.textContent).to.equal('已过期');
    expect(everythingShown(root(el))).not.to.include('513101198201130014');
  });
});

describe('fz-enforcement-notice: untrusted text', () => {
  it('shows markup and script from any field as text and never runs it', async () => {
    (window as unknown as { __fzXss?: number }).__fzXss = undefined;
    const el = await mount('decisions');
    expect(root(el).textContent).to.include('某某县测试广告有限公司<img src=x onerror="window.__fzXss=1">');
    expect(root(el).querySelector('img, script')).to.equal(null);
    await openDetail(el, '某综执罚〔2026〕4号');
    expect(root(el).querySelector('[part~="detail"]')!.textContent).to.include(`张贴内容为${XSS}`);
    expect(root(el).querySelector('img, script')).to.equal(null);

    el.view = 'bodies';
    await el.updateComplete;
    expect(root(el).textContent).to.include(`城市管理${XSS}`);
    el.view = 'matters';
    await el.updateComplete;
    // A javascript: link is not a link.
    const links = [...root(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://example.gov.cn/lc.html']);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __fzXss?: number }).__fzXss).to.equal(undefined);
  });
});

describe('fz-enforcement-notice: detail and print', () => {
  it('opens a decision in the page, moves focus to it, and returns focus to its row', async () => {
    const el = await mount('decisions');
    let opened = '';
    el.addEventListener('fz-detail-open', (e) => (opened = (e as CustomEvent).detail.docNo));
    await openDetail(el, '某市监罚〔2026〕2号');
    expect(opened).to.equal('某市监罚〔2026〕2号');
    expect(root(el).querySelector('table')).to.equal(null);
    const heading = root(el).querySelector('h2.fz-detail__title')!;
    expect(root(el).activeElement).to.equal(heading);
    root(el).querySelector<HTMLButtonElement>('[part~="back-button"]')!.click();
    await el.updateComplete;
    expect((root(el).activeElement as HTMLElement).dataset.docNo).to.equal('某市监罚〔2026〕2号');
  });

  it('prints one decision: the print button calls window.print and the print styles hide the controls', async () => {
    const el = await mount('decisions');
    await openDetail(el, '某市监罚〔2026〕1号');
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      root(el).querySelector<HTMLButtonElement>('[part~="print-button"]')!.click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
    const css = [...root(el).adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join('\n');
    expect(css).to.match(/@media print[^]*\.fz-detail__actions/);
  });
});

describe('fz-enforcement-notice: loading from src', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('reads a folder of JSON files in client mode', async () => {
    const urls: string[] = [];
    window.fetch = async (input: RequestInfo | URL) => {
      const url = String(input);
      urls.push(url);
      const view = url.match(/\/(\w+)\.json$/)![1] as 'decisions';
      return new Response(JSON.stringify(fixtureData()[view]), { headers: { 'Content-Type': 'application/json' } });
    };
    const el = await fixture<FzEnforcementNotice>(html`<fz-enforcement-notice src="/data/notice/" .today=${TODAY}></fz-enforcement-notice>`);
    await new Promise((r) => setTimeout(r, 30));
    await el.updateComplete;
    expect(urls.map((u) => new URL(u).pathname)).to.deep.equal(['/data/notice/decisions.json']);
    expect(docNos(el)).to.have.members(PUBLIC_DOC_NOS);
    root(el).querySelector<HTMLButtonElement>('[role="tab"][id$="tab-officers"]')!.click();
    await new Promise((r) => setTimeout(r, 30));
    await el.updateComplete;
    expect(urls.map((u) => new URL(u).pathname)).to.include('/data/notice/officers.json');
    expect(root(el).textContent).to.include('34052400101');
  });

  it('shows a plain error with a retry when loading fails, never the server\'s text', async () => {
    let calls = 0;
    window.fetch = async () => {
      calls++;
      return calls === 1
        ? new Response('<html><body>502 Bad Gateway <script>x</script></body></html>', { status: 502 })
        : new Response(JSON.stringify(fixtureData().decisions), { headers: { 'Content-Type': 'application/json' } });
    };
    const el = await fixture<FzEnforcementNotice>(html`<fz-enforcement-notice view="decisions" src="/api/notice" .today=${TODAY}></fz-enforcement-notice>`);
    await new Promise((r) => setTimeout(r, 30));
    await el.updateComplete;
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include('执法公示数据加载失败');
    expect(root(el).textContent).not.to.include('Bad Gateway');
    alert.querySelector('button')!.click();
    await new Promise((r) => setTimeout(r, 30));
    await el.updateComplete;
    expect(docNos(el)).to.have.members(PUBLIC_DOC_NOS);
  });
});
