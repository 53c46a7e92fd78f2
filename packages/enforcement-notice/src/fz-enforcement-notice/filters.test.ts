import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { FzEnforcementNotice } from './fz-enforcement-notice.js';
import { fixtureData, PUBLIC_DOC_NOS, TODAY } from './fz-enforcement-notice.fixtures.js';
import type { EnforcementDecision } from './types.js';

async function mount(attrs: { view?: string; pageSize?: number } = {}, data = fixtureData()): Promise<FzEnforcementNotice> {
  const el = await fixture<FzEnforcementNotice>(
    html`<fz-enforcement-notice view=${attrs.view ?? ''} page-size=${attrs.pageSize ?? 20} .data=${data} .today=${TODAY}></fz-enforcement-notice>`,
  );
  await el.updateComplete;
  return el;
}

const root = (el: FzEnforcementNotice) => el.shadowRoot!;
const docNos = (el: FzEnforcementNotice) => [...root(el).querySelectorAll<HTMLButtonElement>('button[data-doc-no]')].map((b) => b.dataset.docNo);
const rowNames = (el: FzEnforcementNotice) => [...root(el).querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent!.trim());

async function choose(el: FzEnforcementNotice, selector: string, value: string): Promise<void> {
  const select = root(el).querySelector<HTMLSelectElement | HTMLInputElement>(selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const labelOf = (el: FzEnforcementNotice, control: Element) => root(el).querySelector(`label[for="${control.id}"]`)?.textContent?.trim();

// Opening a decision puts it in the page address (a deep link); each test starts from a clean one.
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('fz-enforcement-notice: filters and search', () => {
  it('filters decisions by enforcement body, with counts in the options', async () => {
    const el = await mount({ view: 'decisions' });
    const select = root(el).querySelector<HTMLSelectElement>('select[id$="-body"]')!;
    expect(labelOf(el, select)).to.equal('执法主体');
    const options = [...select.options].map((o) => o.textContent!.trim());
    expect(options).to.deep.equal(['全部', '某某县市场监督管理局（2）', '某某县综合行政执法局（2）']);
    await choose(el, 'select[id$="-body"]', '某某县综合行政执法局');
    expect(docNos(el)).to.have.members(['某综执罚〔2026〕3号', '某综执罚〔2026〕4号']);
    await choose(el, 'select[id$="-body"]', '');
    expect(docNos(el)).to.have.members(PUBLIC_DOC_NOS);
  });

  it('filters by penalty kind, offering the kinds by their titles', async () => {
    const el = await mount({ view: 'decisions' });
    const select = root(el).querySelector<HTMLSelectElement>('select[id$="-kind"]')!;
    expect(labelOf(el, select)).to.equal('处罚种类');
    expect([...select.options].map((o) => [o.value, o.textContent!.trim()])).to.deep.equal([
      ['', '全部'],
      // In pinyin order of the titles: fá, jǐng, mò.
      ['fine', '罚款（3）'],
      ['warning', '警告（1）'],
      ['confiscate-property', '没收非法财物（1）'],
    ]);
    await choose(el, 'select[id$="-kind"]', 'warning');
    expect(docNos(el)).to.deep.equal(['某综执罚〔2026〕4号']);
    await choose(el, 'select[id$="-kind"]', 'fine');
    expect(docNos(el)).to.have.members(['某市监罚〔2026〕1号', '某市监罚〔2026〕2号', '某综执罚〔2026〕3号']);
  });

  it('filters by a decision-date range with two labelled date inputs, either end open', async () => {
    const el = await mount({ view: 'decisions' });
    const [from, to] = [...root(el).querySelectorAll<HTMLInputElement>('input[type="date"]')];
    expect(labelOf(el, from!)).to.equal('决定日期从');
    expect(labelOf(el, to!)).to.equal('决定日期至');
    await choose(el, 'input[id$="-from"]', '2026-03-15');
    expect(docNos(el)).to.have.members(['某市监罚〔2026〕2号', '某综执罚〔2026〕3号', '某综执罚〔2026〕4号']);
    await choose(el, 'input[id$="-to"]', '2026-05-06');
    expect(docNos(el)).to.have.members(['某市监罚〔2026〕2号', '某综执罚〔2026〕3号']);
    await choose(el, 'input[id$="-from"]', '');
    expect(docNos(el)).to.have.members(['某市监罚〔2026〕1号', '某市监罚〔2026〕2号', '某综执罚〔2026〕3号']);
    // Clearing the filters brings everything back.
    root(el).querySelector<HTMLButtonElement>('.fz-filters__clear')!.click();
    await el.updateComplete;
    expect(docNos(el)).to.have.members(PUBLIC_DOC_NOS);
  });

  it('combines filters, and says so when nothing matches', async () => {
    const el = await mount({ view: 'decisions' });
    await choose(el, 'select[id$="-body"]', '某某县综合行政执法局');
    await choose(el, 'select[id$="-kind"]', 'fine');
    expect(docNos(el)).to.deep.equal(['某综执罚〔2026〕3号']);
    await choose(el, 'input[id$="-from"]', '2026-06-01');
    expect(docNos(el)).to.deep.equal([]);
    const empty = root(el).querySelector('[part~="empty"]')!;
    expect(empty.textContent).to.include('没有');
    empty.querySelector('button')!.click();
    await el.updateComplete;
    expect(docNos(el)).to.have.members(PUBLIC_DOC_NOS);
  });

  it('searches as the user types, ignoring full-width digits, over masked values only', async () => {
    const el = await mount({ view: 'decisions' });
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    await sendKeys({ type: '过期食品' });
    await new Promise((r) => setTimeout(r, 400));
    await el.updateComplete;
    expect(docNos(el)).to.deep.equal(['某市监罚〔2026〕2号']);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.include('“过期食品”共找到 1 项执法决定');

    input.select();
    await sendKeys({ type: '〔2026〕３号' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(docNos(el)).to.deep.equal(['某综执罚〔2026〕3号']);

    // Searching by the party's real name or ID number finds nothing: the index holds masked text only.
    for (const secret of ['王小测', '34052419800101001X', '13812345678']) {
      input.value = secret;
      input.closest('form')!.requestSubmit();
      await el.updateComplete;
      expect(docNos(el), secret).to.deep.equal([]);
    }
    input.value = '罚款';
    input.closest('form')!.requestSubmit();
    await el.updateComplete;
    expect(docNos(el)).to.have.members(['某市监罚〔2026〕1号', '某市监罚〔2026〕2号', '某综执罚〔2026〕3号']);
  });

  it('finds no decision by a private name in any spelling, and the CSV holds none of them', async () => {
    const data = fixtureData();
    const common = { violation: '无照经营', penaltyTypes: ['fine'], decidedAt: '2026-10-06', publishedAt: '2026-10-12', agency: '某某县市场监督管理局', status: 'valid' };
    data.decisions = [
      { docNo: '某市监罚〔2026〕Q01号', partyType: 'natural-person', partyName: '王　明', caseName: '王明无照经营案', facts: '当事人王明无照经营。' },
      { docNo: '某市监罚〔2026〕Q02号', partyType: 'natural-person', partyName: '郑 小 红（女）', caseName: '郑小红、李大海无照经营案', facts: '证人李建华在场。' },
      { docNo: '某市监罚〔2026〕Q03号', partyType: 'natural-person', partyName: '阿依古丽·买买提', caseName: '阿依古丽•买买提无照经营案' },
      { docNo: '某市监罚〔2026〕Q04号', partyType: 'natural-person', partyName: 'Zhang Wei', caseName: 'ZHANG WEI无照经营案' },
      { docNo: '某市监罚〔2026〕Q05号', partyType: 'legal-entity', partyName: '赵德柱', legalRep: '赵德柱', caseName: '赵德柱无照经营案' },
    ].map((d) => ({ ...common, ...d }));
    const el = await mount({ view: 'decisions' }, data);
    expect(docNos(el)).to.have.length(5);
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    const search = async (text: string) => {
      input.focus();
      input.select();
      await sendKeys({ type: text });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      return docNos(el);
    };
    const real = ['王明', '王 明', '郑小红', '郑　小红', '小红', '李大海', '李建华', '阿依古丽买买提', '阿依古丽·买买提', '买买提', 'zhang wei', 'ZHANG WEI', 'Zhang', '赵德柱'];
    for (const name of real) expect(await search(name), name).to.deep.equal([]);
    expect(await search('郑某')).to.deep.equal(['某市监罚〔2026〕Q02号']);
    await search('无照经营');
    const { csv } = await el.exportCsv();
    const bare = csv.replace(/[\s·•・‧.]/gu, '').toLowerCase();
    for (const name of real) expect(bare, name).not.to.include(name.replace(/[\s·•・‧.]/gu, '').toLowerCase());
    expect(csv).to.include('郑某、李某无照经营案');
    // The detail, too.
    root(el).querySelector<HTMLButtonElement>('button[data-doc-no="某市监罚〔2026〕Q02号"]')!.click();
    await el.updateComplete;
    const shown = root(el).querySelector('[part~="detail"]')!.textContent!;
    expect(shown).to.include('证人李某在场');
    for (const name of real) expect(shown.replace(/\s/g, ''), name).not.to.include(name.replace(/\s/g, ''));
  });

  it('pages and sorts', async () => {
    const many = fixtureData();
    const template = many.decisions[1]!;
    many.decisions = Array.from({ length: 25 }, (_, i): EnforcementDecision => ({
      ...template,
      docNo: `某市监罚〔2026〕${100 + i}号`,
      fineAmount: 1000 + i,
      decidedAt: `2026-0${1 + (i % 9)}-${String(10 + i).padStart(2, '0')}`,
    }));
    const el = await mount({ view: 'decisions', pageSize: 10 }, many);
    expect(docNos(el)).to.have.length(10);
    expect(root(el).querySelector('[part~="pager"]')!.textContent).to.include('第 1 页，共 3 页');
    root(el).querySelector<HTMLButtonElement>('button[aria-label="第 3 页"]')!.click();
    await el.updateComplete;
    expect(docNos(el)).to.have.length(5);

    const header = [...root(el).querySelectorAll('th[scope="col"]')].find((th) => th.textContent!.includes('罚没金额'))!;
    header.querySelector('button')!.click();
    await el.updateComplete;
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    root(el).querySelector<HTMLButtonElement>('button[aria-label="第 1 页"]')!.click();
    await el.updateComplete;
    expect(docNos(el)[0]).to.equal('某市监罚〔2026〕100号');
    header.querySelector('button')!.click();
    await el.updateComplete;
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    expect(docNos(el)[0]).to.equal('某市监罚〔2026〕124号');
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('已按罚没金额降序排列');
  });

  it('filters officers and matters by body, and searches matters by a category title', async () => {
    const el = await mount({ view: 'officers' });
    await choose(el, 'select[id$="-body"]', '某某县综合行政执法局');
    expect(rowNames(el)).to.deep.equal(['欧阳测试']);
    el.view = 'matters';
    await el.updateComplete;
    await choose(el, 'select[id$="-body"]', '某某县市场监督管理局');
    expect(rowNames(el)).to.have.members(['对经营超过保质期的食品的处罚', '对食品生产经营者的监督检查']);
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = '行政检查';
    input.closest('form')!.requestSubmit();
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['对食品生产经营者的监督检查']);
  });
});

describe('fz-enforcement-notice: tabs', () => {
  it('is a tab list whose arrow, Home and End keys move and select', async () => {
    const el = await mount();
    const tabs = () => [...root(el).querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs().map((t) => t.textContent!.trim())).to.deep.equal(['执法决定', '执法主体', '执法人员', '执法事项']);
    expect(tabs().map((t) => t.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1']);
    const panel = root(el).querySelector(`#${tabs()[0]!.getAttribute('aria-controls')}`)!;
    expect(panel.getAttribute('role')).to.equal('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).to.equal(tabs()[0]!.id);

    const changes: string[] = [];
    el.addEventListener('fz-view-change', (e) => changes.push((e as CustomEvent).detail.view));
    tabs()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(tabs()[1]);
    expect(tabs()[1]!.getAttribute('aria-selected')).to.equal('true');
    expect(root(el).querySelector('caption')!.textContent).to.equal('行政执法主体');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(tabs()[3]);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(tabs()[0]);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(tabs()[0]!.getAttribute('aria-selected')).to.equal('true');
    expect(changes).to.deep.equal(['bodies', 'matters', 'decisions', 'matters', 'decisions']);
    // Only the selected panel is shown; the others stay in the page, hidden.
    expect([...root(el).querySelectorAll('[role="tabpanel"]')].map((p) => p.hasAttribute('hidden'))).to.deep.equal([false, true, true, true]);
  });

  it('shows a single list without tabs when view is set', async () => {
    const el = await mount({ view: 'matters' });
    expect(root(el).querySelector('[role="tablist"]')).to.equal(null);
    expect(root(el).querySelector('caption')!.textContent).to.equal('行政执法事项');
  });
});
