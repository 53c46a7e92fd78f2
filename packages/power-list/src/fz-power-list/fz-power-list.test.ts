import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { FzPowerList } from './fz-power-list.js';
import { VALUE_LABELS } from './messages.js';
import type { PowerListItem } from './types.js';

const LABEL: Record<string, string> = VALUE_LABELS['zh-CN'].category;

// The test server turns .json files into modules, so the sample is imported and served to the
// element from a blob: URL (a real fetch of a real JSON body).
const SAMPLE_MODULE = '/packages/server/samples/power-list-township.json';

let sample: PowerListItem[];
let SAMPLE: string;
before(async () => {
  sample = ((await import(/* @vite-ignore */ SAMPLE_MODULE)) as { default: PowerListItem[] }).default;
  SAMPLE = URL.createObjectURL(new Blob([JSON.stringify(sample)], { type: 'application/json' }));
});

const root = (el: FzPowerList) => el.shadowRoot!;
const all = <T extends Element = HTMLElement>(el: FzPowerList, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const one = <T extends Element = HTMLElement>(el: FzPowerList, selector: string) => root(el).querySelector<T>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: FzPowerList) => all(el, 'tbody tr.fz-row');
const rowCodes = (el: FzPowerList) => rows(el).map((r) => r.dataset.code);
const chip = (el: FzPowerList, label: string) => all<HTMLButtonElement>(el, '.fz-chip').find((b) => text(b).startsWith(label))!;
const header = (el: FzPowerList, label: string) => all<HTMLButtonElement>(el, 'th .fz-sort-button').find((b) => text(b) === label)!;
const status = (el: FzPowerList) => text(one(el, '[role=status]'));

async function loaded(template = html`<fz-power-list src=${SAMPLE}></fz-power-list>`): Promise<FzPowerList> {
  const el = await fixture<FzPowerList>(template);
  await waitUntil(() => rows(el).length > 0, 'rows did not render');
  return el;
}

async function typeSearch(el: FzPowerList, value: string): Promise<void> {
  const input = one<HTMLInputElement>(el, 'input[type=search]')!;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: value });
  await el.updateComplete;
}

describe('fz-power-list: client mode', () => {
  it('loads src, shows a captioned table and one chip per category with counts that match the data', async () => {
    const el = await loaded();
    const expected: Record<string, number> = {};
    for (const item of sample) expected[item.category!] = (expected[item.category!] ?? 0) + 1;
    expect(sample.length).to.equal(91);
    expect(text(chip(el, '全部'))).to.equal('全部 91项');
    for (const [category, count] of Object.entries(expected)) expect(text(chip(el, LABEL[category]))).to.equal(`${LABEL[category]} ${count}项`);
    expect(all(el, '.fz-chip').length).to.equal(Object.keys(expected).length + 1);
    expect(one(el, '[role=group]')!.getAttribute('aria-label')).to.equal('按类别筛选');
    expect(text(one(el, 'caption'))).to.contain('权责清单');
    expect(all(el, 'thead th[scope=col]').map(text)).to.deep.equal(['事项编码', '事项名称', '职权类型', '实施主体', '状态', '更新日期']);
    expect(text(rows(el)[0].querySelector('.fz-cell--category'))).to.equal('行政许可');
    expect(text(rows(el)[0].querySelector('.fz-cell--status'))).to.equal('有效');
    // One 实施主体 and one 状态 in a township list: no drop-down that offers a single choice.
    expect(one(el, '.fz-filter-select')).to.equal(null);
    expect(rows(el).length).to.equal(20);
    expect(rows(el)[0].querySelector('th[scope=row] button')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('filters by category: the rows, the count and the pressed chip agree with the data', async () => {
    const el = await loaded();
    chip(el, '行政检查').click();
    await el.updateComplete;
    const inspections = sample.filter((i) => i.category === 'inspection').map((i) => i.code);
    expect(rowCodes(el)).to.deep.equal(inspections);
    expect(chip(el, '行政检查').getAttribute('aria-pressed')).to.equal('true');
    expect(chip(el, '全部').getAttribute('aria-pressed')).to.equal('false');
    expect(text(one(el, '.fz-list-count'))).to.equal('行政检查：共 9 项事项');
    expect(status(el)).to.equal('行政检查：共 9 项事项');
    // Other chips keep their own counts, so the citizen sees what each would give.
    expect(text(chip(el, '其他行政权力'))).to.equal('其他行政权力 51项');
    await expect(el).to.be.accessible();
    chip(el, '全部').click();
    await el.updateComplete;
    expect(text(one(el, '.fz-list-count'))).to.equal('共 91 项事项');
  });

  it('finds an item by a fragment of its legal basis, whatever the width and spacing typed', async () => {
    const el = await loaded();
    const target = sample.find((i) => i.basis?.some((b) => b.text?.includes('未满16周岁')))!;
    for (const typed of ['未满16周岁', '未满１６周岁', '未满 16 周 岁', '未满１６　周岁']) {
      await typeSearch(el, typed);
      expect(rowCodes(el), typed).to.deep.equal([target.code]);
    }
    expect(status(el)).to.equal('“未满１６ 周岁”共找到 1 项事项'); // (the helper folds the ideographic space)
    // A document number written with other brackets and widths.
    await typeSearch(el, '国发[2015]５２号');
    expect(rows(el).map((r) => text(r.querySelector('th')))).to.deep.equal(['困难残疾人生活补贴和重度残疾人护理补贴发放']);
    await expect(el).to.be.accessible();
  });

  it('searches by code and by name, and search combines with the category', async () => {
    const el = await loaded();
    await typeSearch(el, 'xk-0002');
    expect(rowCodes(el)).to.deep.equal(['990101101-XK-0002']);
    await typeSearch(el, '许可');
    const licences = rowCodes(el).length;
    expect(licences).to.be.greaterThan(1);
    chip(el, '行政许可').click();
    await el.updateComplete;
    expect(rowCodes(el).every((code) => code!.includes('-XK-'))).to.equal(true);
  });

  it('shows an empty state that says what was searched and where, and clears it', async () => {
    const el = await loaded();
    chip(el, '行政奖励').click();
    await typeSearch(el, '不存在的事项');
    const empty = one(el, '.fz-list-empty')!;
    expect(text(empty)).to.contain('没有找到与“不存在的事项”相关的事项（在“行政奖励”中搜索）');
    expect(rows(el).length).to.equal(0);
    expect(one(el, 'table')).to.equal(null);
    await expect(el).to.be.accessible();
    empty.querySelector('button')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(rows(el).length).to.equal(20);
    expect(one<HTMLInputElement>(el, 'input[type=search]')!.value).to.equal('');
    expect(root(el).activeElement).to.equal(one(el, 'input[type=search]'));
  });

  it('sorts by name in pinyin order and by code, announcing the order', async () => {
    const el = await loaded();
    const th = () => header(el, '事项名称').closest('th')!;
    expect(th().hasAttribute('aria-sort')).to.equal(false);
    header(el, '事项名称').click();
    await el.updateComplete;
    expect(th().getAttribute('aria-sort')).to.equal('ascending');
    const collator = new Intl.Collator('zh-CN', { numeric: true });
    const byName = sample.map((i) => i.name).sort(collator.compare);
    expect(rows(el).map((r) => text(r.querySelector('th')))).to.deep.equal(byName.slice(0, 20));
    expect(status(el)).to.equal('已按事项名称升序排列');
    header(el, '事项名称').click();
    await el.updateComplete;
    expect(th().getAttribute('aria-sort')).to.equal('descending');
    expect(text(rows(el)[0].querySelector('th'))).to.equal(byName[byName.length - 1]);
    header(el, '事项编码').click();
    await el.updateComplete;
    expect(th().hasAttribute('aria-sort')).to.equal(false);
    expect(rowCodes(el)).to.deep.equal(sample.map((i) => i.code).sort(collator.compare).slice(0, 20));
    await expect(el).to.be.accessible();
  });

  it('pages with aria-current and "第 N 页，共 M 页", moving focus to the result count', async () => {
    const el = await loaded();
    expect(text(one(el, '.fz-pager__status'))).to.equal('第 1 页，共 5 页');
    all<HTMLButtonElement>(el, '.fz-pager button').find((b) => text(b) === '下一页')!.click();
    await el.updateComplete;
    expect(text(one(el, '.fz-pager__status'))).to.equal('第 2 页，共 5 页');
    expect(text(one(el, '.fz-pager [aria-current=page]'))).to.equal('2');
    expect(rowCodes(el)).to.deep.equal(sample.slice(20, 40).map((i) => i.code));
    expect(root(el).activeElement).to.equal(one(el, '.fz-list-count'));
    expect(status(el)).to.equal('第 2 页，共 5 页');
    all<HTMLButtonElement>(el, '.fz-pager__page').find((b) => text(b) === '5')!.click();
    await el.updateComplete;
    expect(rows(el).length).to.equal(11);
  });

  it('opens and closes a detail with the keyboard only, and draws the process as an ordered list', async () => {
    const el = await loaded(html`<fz-power-list src=${SAMPLE} page-size="5"></fz-power-list>`);
    // Start from the last column header and move on with Tab, as a keyboard user does.
    header(el, '更新日期').focus();
    await sendKeys({ press: 'Tab' });
    const first = rows(el)[0].querySelector<HTMLButtonElement>('.fz-disclosure')!;
    expect(root(el).activeElement).to.equal(first);
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    const detail = root(el).getElementById(first.getAttribute('aria-controls')!)!;
    expect(detail).to.exist;
    const item = sample[0];
    expect(text(detail)).to.contain(item.basis![0].lawName);
    expect(text(detail)).to.contain(item.basis![0].text!);
    expect(text(detail)).to.contain(item.unit!);
    expect(text(detail)).to.contain(item.supervisionPhone!);
    const steps = [...detail.querySelectorAll('ol.fz-flow > li')];
    expect(steps.map((li) => text(li.querySelector('.fz-flow__title')))).to.deep.equal(item.steps!.map((s) => s.title));
    expect(detail.querySelector('ol.fz-flow')!.getAttribute('aria-label')).to.equal(`办理流程，共 ${item.steps!.length} 步`);
    expect(text(steps[0])).to.contain('第 1 步');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    expect(one(el, '.fz-detail')).to.equal(null);
  });

  it('opens the item named in the address (#fz-<id>=<code>) on its page, and follows later hash changes', async () => {
    const target = sample[47];
    const before = location.href;
    history.replaceState(null, '', `#fz-township=${encodeURIComponent(target.code)}`);
    try {
      const el = await loaded(html`<fz-power-list id="township" src=${SAMPLE}></fz-power-list>`);
      await waitUntil(() => one(el, '.fz-detail'), 'detail did not open');
      expect(text(one(el, '.fz-pager [aria-current=page]'))).to.equal('3');
      const row = rows(el).find((r) => r.dataset.code === target.code)!;
      expect(row.querySelector('.fz-disclosure')!.getAttribute('aria-expanded')).to.equal('true');
      expect(root(el).activeElement).to.equal(row.querySelector('.fz-disclosure'));
      expect(text(one(el, '.fz-detail__permalink a'))).to.equal('本事项链接');
      expect(one(el, '.fz-detail__permalink a')!.getAttribute('href')).to.equal(`#fz-township=${encodeURIComponent(target.code)}`);

      // A later link to an item hidden by the current category shows the whole list again.
      chip(el, '行政许可').click();
      await el.updateComplete;
      location.hash = `fz-township=${encodeURIComponent(sample[90].code)}`;
      await waitUntil(() => rows(el).some((r) => r.dataset.code === sample[90].code), 'hash change ignored');
      expect(chip(el, '全部').getAttribute('aria-pressed')).to.equal('true');
      expect(text(one(el, '.fz-pager [aria-current=page]'))).to.equal('5');
    } finally {
      history.replaceState(null, '', before.split('#')[0]);
    }
  });

  it('ignores the address when no-deep-link is set', async () => {
    const before = location.href;
    history.replaceState(null, '', `#fz-power-list=${encodeURIComponent(sample[47].code)}`);
    try {
      const el = await loaded(html`<fz-power-list no-deep-link src=${SAMPLE}></fz-power-list>`);
      expect(one(el, '.fz-detail')).to.equal(null);
      expect(text(one(el, '.fz-pager [aria-current=page]'))).to.equal('1');
    } finally {
      history.replaceState(null, '', before.split('#')[0]);
    }
  });

  it('exports exactly the filtered rows as CSV, and the button downloads the same text', async () => {
    const el = await loaded();
    chip(el, '行政处罚').click();
    await typeSearch(el, '处罚');
    const csv = el.toCsv();
    expect(csv.startsWith('\ufeff事项编码,事项名称,职权类型,实施主体,状态,更新日期,设定依据,承办机构,监督电话\r\n')).to.equal(true);
    expect(csv.split('\r\n')[1].split(',').slice(2, 5)).to.deep.equal(['行政处罚', '示范县青石镇人民政府', '有效']);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    const expected = sample.filter((i) => i.category === 'penalty' && i.name.includes('处罚'));
    expect(lines.length).to.equal(expected.length + 1);
    expect(lines.slice(1).map((l) => l.split(',')[0])).to.deep.equal(expected.map((i) => i.code));

    const created: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return original.call(URL, blob);
    };
    try {
      one<HTMLButtonElement>(el, '.fz-csv-button')!.click();
    } finally {
      URL.createObjectURL = original;
    }
    expect(created.length).to.equal(1);
    expect(created[0].type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await created[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).to.equal(csv);
  });

  it('exports all pages of the current view, not only the page on screen', async () => {
    const el = await loaded();
    header(el, '事项编码').click();
    await el.updateComplete;
    const lines = el.toCsv().split('\r\n').filter(Boolean);
    expect(lines.length).to.equal(92);
    const collator = new Intl.Collator('zh-CN', { numeric: true });
    expect(lines.slice(1).map((l) => l.split(',')[0])).to.deep.equal(sample.map((i) => i.code).sort(collator.compare));
  });

  it('masks personal data that slipped into free text, in the detail, the search and the CSV; offices’ phones stay', async () => {
    // Synthetic person (domain.md §9).
    const leak = '联系人手机13800138000，身份证34052419800101001X，住址浙江省杭州市西湖区文三路90号3幢201室';
    const items: PowerListItem[] = [
      {
        code: 'M-1',
        name: '某某许可',
        supervisionPhone: '0571-87654321',
        contactPhone: '13912345678',
        remarks: leak,
        responsibilities: [{ stage: 'filing', text: `受理时核对：${leak}` }],
        riskPoints: [leak],
        steps: [{ title: '受理', description: leak }],
        countyContact: `请联系 ${leak}`,
      },
    ];
    const el = await fixture<FzPowerList>(html`<fz-power-list .items=${items} columns="code, name, countyContact:联系方式"></fz-power-list>`);
    one<HTMLButtonElement>(el, '.fz-disclosure')!.click();
    await el.updateComplete;
    const shown = text(one(el, '.fz-power-list'));
    const csv = el.toCsv();
    for (const output of [shown, csv]) {
      expect(output).not.to.contain('13800138000');
      expect(output).not.to.contain('34052419800101001X');
      expect(output).not.to.contain('文三路');
    }
    expect(shown).to.contain('138****8000');
    expect(shown).to.contain('0571-87654321');
    expect(shown).to.contain('13912345678');
    expect(items[0].remarks, 'the portal’s own array is left alone').to.equal(leak);
    await typeSearch(el, '13800138000');
    expect(rows(el)).to.have.length(0);
  });

  it('clamps page-size to the largest page the list protocol allows (100)', async () => {
    const many = Array.from({ length: 150 }, (_, i) => ({ ...sample[i % sample.length], code: `P-${String(i).padStart(3, '0')}` }));
    const el = await fixture<FzPowerList>(html`<fz-power-list .items=${many} page-size="500"></fz-power-list>`);
    expect(rows(el)).to.have.length(100);
    expect(text(one(el, '.fz-pager__status'))).to.equal('第 1 页，共 2 页');
  });

  it('shows markup in item text as text: no element is created and no script runs', async () => {
    const w = window as unknown as { __fzPwned?: number };
    delete w.__fzPwned;
    const evil: PowerListItem[] = [
      {
        code: 'X-1',
        name: '<img src=x onerror="window.__fzPwned=1">',
        category: '<b>行政许可</b>',
        agency: '<script>window.__fzPwned=2</script>',
        basis: [{ lawName: '《<a href="javascript:window.__fzPwned=3">点我</a>》', article: '第一条', text: '<svg onload="window.__fzPwned=4">', url: 'javascript:window.__fzPwned=5' }],
        steps: [{ title: '<iframe src="javascript:window.__fzPwned=6">', description: '<a href="javascript:window.__fzPwned=8">x</a>' }],
        responsibilities: [{ stage: '<i>立案</i>', text: '<img src=y onerror="window.__fzPwned=7">' }],
      },
    ];
    const el = await fixture<FzPowerList>(html`<fz-power-list .items=${evil}></fz-power-list>`);
    one<HTMLButtonElement>(el, '.fz-disclosure')!.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(text(one(el, '.fz-disclosure'))).to.equal('<img src=x onerror="window.__fzPwned=1">');
    expect(text(one(el, '.fz-detail'))).to.contain('<svg onload="window.__fzPwned=4">');
    for (const tag of ['img', 'script', 'svg[onload]', 'iframe', 'b', 'i']) expect(all(el, `.fz-table ${tag}`), tag).to.have.length(0);
    expect(all(el, 'a').map((a) => a.getAttribute('href'))).to.deep.equal(['#fz-power-list=X-1']);
    expect(w.__fzPwned).to.equal(undefined);
  });

  it('links a legal basis only when its URL is http(s)', async () => {
    const items: PowerListItem[] = [
      { code: 'A', name: '甲', basis: [{ lawName: '《法一》', url: 'https://flk.npc.gov.cn/detail?id=1' }, { lawName: '《法二》', url: 'data:text/html,x' }] },
    ];
    const el = await fixture<FzPowerList>(html`<fz-power-list no-deep-link .items=${items}></fz-power-list>`);
    one<HTMLButtonElement>(el, '.fz-disclosure')!.click();
    await el.updateComplete;
    expect(all(el, '.fz-detail a').map((a) => a.getAttribute('href'))).to.deep.equal(['https://flk.npc.gov.cn/detail?id=1']);
  });

  it('takes columns, labels and sortable marks from the columns attribute', async () => {
    const el = await loaded(html`<fz-power-list src=${SAMPLE} columns="code, name:名称, unit*, supervisionPhone"></fz-power-list>`);
    expect(all(el, 'thead th').map(text)).to.deep.equal(['事项编码', '名称', '承办机构', '监督电话']);
    expect(all(el, 'thead th .fz-sort-button').map(text)).to.deep.equal(['事项编码', '名称', '承办机构']);
    expect(text(rows(el)[0].querySelector('.fz-cell--supervisionPhone'))).to.equal(sample[0].supervisionPhone);
  });

  it('takes columns from the schema’s x-fz-column hints', async () => {
    const schema = {
      type: 'object',
      properties: {
        code: { title: '编码', type: 'string', 'x-fz-column': { order: 2 } },
        name: { title: '名称', type: 'string', 'x-fz-column': { order: 1 } },
        unit: { title: '承办科室', type: 'string', 'x-fz-column': true },
        remarks: { title: '备注', type: 'string' },
      },
    };
    const el = await loaded(html`<fz-power-list src=${SAMPLE} .schema=${schema}></fz-power-list>`);
    expect(all(el, 'thead th').map(text)).to.deep.equal(['名称', '编码', '承办科室']);
  });

  it('offers a drop-down filter for 实施主体 when the list has several, with counts', async () => {
    const items: PowerListItem[] = sample.map((item, i) => ({ ...item, agency: i % 3 === 0 ? '示范县白沙乡人民政府' : item.agency }));
    const el = await fixture<FzPowerList>(html`<fz-power-list .items=${items}></fz-power-list>`);
    const select = one<HTMLSelectElement>(el, '.fz-filter-select select')!;
    expect(text(one(el, `label[for="${select.id}"]`))).to.equal('实施主体');
    expect([...select.options].map((o) => text(o))).to.deep.equal(['全部', '示范县白沙乡人民政府（31）', '示范县青石镇人民政府（60）']);
    select.value = '示范县白沙乡人民政府';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text(one(el, '.fz-list-count'))).to.equal('示范县白沙乡人民政府：共 31 项事项');
    expect(text(chip(el, '全部'))).to.equal('全部 31项');
    await expect(el).to.be.accessible();
  });

  it('labels a portal’s own category codes through the labels property', async () => {
    const items: PowerListItem[] = [
      { code: 'S-1', name: '老年人优待证办理', category: 'service' },
      { code: 'P-1', name: '对某行为的处罚', category: 'penalty' },
    ];
    const el = await fixture<FzPowerList>(html`<fz-power-list .items=${items} .labels=${{ category: { service: '公共服务事项' } }}></fz-power-list>`);
    expect(all(el, '.fz-chip').map(text)).to.deep.equal(['全部 2项', '行政处罚 1项', '公共服务事项 1项']);
    expect(text(rows(el)[0].querySelector('.fz-cell--category'))).to.equal('公共服务事项');
  });

  it('shows cards instead of the table in a narrow container, with a sort menu', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px"><fz-power-list src=${SAMPLE}></fz-power-list></div>`);
    const el = wrapper.querySelector<FzPowerList>('fz-power-list')!;
    await waitUntil(() => all(el, '.fz-card').length > 0, 'cards did not render');
    expect(one(el, 'table')).to.equal(null);
    expect(all(el, '.fz-card').length).to.equal(20);
    const select = one<HTMLSelectElement>(el, '.fz-sort-select select')!;
    select.value = '-code';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const collator = new Intl.Collator('zh-CN', { numeric: true });
    expect(all(el, '.fz-card')[0].dataset.code).to.equal(sample.map((i) => i.code).sort(collator.compare).at(-1));
    all<HTMLButtonElement>(el, '.fz-card .fz-disclosure')[0].click();
    await el.updateComplete;
    expect(all(el, '.fz-card .fz-detail').length).to.equal(1);
    await expect(el).to.be.accessible();
    wrapper.style.width = '900px';
    await waitUntil(() => one(el, 'table'), 'table did not come back');
  });

  it('speaks English with locale="en"', async () => {
    const el = await loaded(html`<fz-power-list locale="en" src=${SAMPLE}></fz-power-list>`);
    expect(text(one(el, 'caption'))).to.contain('Power and responsibility list');
    expect(all(el, 'thead th').map(text)).to.deep.equal(['Code', 'Name', 'Category', 'Implementing body', 'Status', 'Updated']);
    expect(text(chip(el, 'Licensing'))).to.equal('Licensing 4items');
    await expect(el).to.be.accessible();
  });

  it('reflects care-mode for the larger-text styles', async () => {
    const el = await loaded(html`<fz-power-list care-mode src=${SAMPLE}></fz-power-list>`);
    expect(parseFloat(getComputedStyle(one(el, 'td')!).fontSize)).to.be.at.least(20);
    const button = one<HTMLElement>(el, '.fz-chip')!;
    expect(button.getBoundingClientRect().height).to.be.at.least(48);
    await expect(el).to.be.accessible();
  });
});

describe('fz-power-list: loading and errors', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('shows a loading state, then an error with a retry that loads again', async () => {
    let fail = true;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    window.fetch = async (input: RequestInfo | URL) => {
      await gate;
      if (fail) return new Response('<html>502 Bad Gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } });
      return realFetch(input);
    };
    const el = await fixture<FzPowerList>(html`<fz-power-list src=${SAMPLE}></fz-power-list>`);
    expect(text(one(el, '.fz-list-loading'))).to.equal('正在加载，请稍候…');
    await expect(el).to.be.accessible();
    release();
    await waitUntil(() => one(el, '.fz-list-error'), 'no error state');
    expect(one(el, '.fz-list-error')!.getAttribute('role')).to.equal('alert');
    expect(text(one(el, '.fz-list-error p'))).to.equal('加载失败，请检查网络后重试。');
    await expect(el).to.be.accessible();
    fail = false;
    one<HTMLButtonElement>(el, '.fz-list-error button')!.click();
    await waitUntil(() => rows(el).length === 20, 'retry did not load');
    expect(one(el, '.fz-list-error')).to.equal(null);
  });

  it('loads again when moved in the page while loading', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let requests = 0;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      requests++;
      await gate;
      init?.signal?.throwIfAborted();
      return realFetch(input);
    };
    const el = await fixture<FzPowerList>(html`<fz-power-list src=${SAMPLE}></fz-power-list>`);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    release();
    await waitUntil(() => rows(el).length === 20, 'did not load after the move');
    expect(requests).to.equal(2);
  });

  it('says "no items yet" for an empty list', async () => {
    const el = await fixture<FzPowerList>(html`<fz-power-list .items=${[]}></fz-power-list>`);
    expect(text(one(el, '.fz-list-empty'))).to.equal('暂无事项');
    await expect(el).to.be.accessible();
  });
});

describe('fz-power-list: server mode', () => {
  const realFetch = window.fetch;
  interface Call {
    url: URL;
    init?: RequestInit;
    respond(body: unknown, status?: number): void;
  }
  let calls: Call[];

  beforeEach(() => {
    calls = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((resolve) => {
        calls.push({
          url: new URL(String(input)),
          init,
          respond: (body, status = 200) => resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })),
        });
      });
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  const page = (items: PowerListItem[], total = items.length, facets: Record<string, Record<string, number>> = {}) => ({ items, total, facets });
  const params = (call: Call) => Object.fromEntries([...call.url.searchParams].map(([k, v]) => [k, v]));

  it('sends the query protocol for paging, category, search and sort', async () => {
    const el = await fixture<FzPowerList>(html`<fz-power-list mode="server" src="/api/power-list?county=990101" page-size="10"></fz-power-list>`);
    await waitUntil(() => calls.length === 1);
    expect(calls[0].url.pathname).to.equal('/api/power-list');
    expect(params(calls[0])).to.deep.equal({ county: '990101', page: '1', pageSize: '10' });
    expect(new Headers(calls[0].init?.headers).get('accept')).to.equal('application/json');
    await expect(el).to.be.accessible();
    calls[0].respond(page(sample.slice(0, 10), 91, { category: { licensing: 4, penalty: 4, other: 51 } }));
    await waitUntil(() => rows(el).length === 10);
    expect(text(chip(el, '全部'))).to.equal('全部 91项');
    expect(text(chip(el, '行政处罚'))).to.equal('行政处罚 4项');
    expect(text(one(el, '.fz-pager__status'))).to.equal('第 1 页，共 10 页');

    all<HTMLButtonElement>(el, '.fz-pager button').find((b) => text(b) === '下一页')!.click();
    await waitUntil(() => calls.length === 2);
    expect(params(calls[1])).to.deep.equal({ county: '990101', page: '2', pageSize: '10' });
    calls[1].respond(page(sample.slice(10, 20), 91));

    chip(el, '行政处罚').click();
    await waitUntil(() => calls.length === 3);
    expect(params(calls[2])).to.deep.equal({ county: '990101', page: '1', pageSize: '10', 'f.category': 'penalty' });
    calls[2].respond(page(sample.filter((i) => i.category === 'penalty'), 4, { category: { licensing: 4, penalty: 4 } }));
    await waitUntil(() => rows(el).length === 4);

    header(el, '事项编码').click();
    await waitUntil(() => calls.length === 4);
    expect(params(calls[3])).to.deep.equal({ county: '990101', page: '1', pageSize: '10', sort: 'code', 'f.category': 'penalty' });
    calls[3].respond(page(sample.filter((i) => i.category === 'penalty'), 4));

    await typeSearch(el, '规划');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => calls.some((c) => params(c).q === '规划'));
    const search = calls.find((c) => params(c).q === '规划')!;
    expect(params(search)).to.deep.equal({ county: '990101', page: '1', pageSize: '10', q: '规划', sort: 'code', 'f.category': 'penalty' });
  });

  it('never lets a late answer to an older query replace a newer one', async () => {
    const el = await fixture<FzPowerList>(html`<fz-power-list mode="server" src="/api/power-list"></fz-power-list>`);
    await waitUntil(() => calls.length === 1);
    calls[0].respond(page(sample.slice(0, 20), 91, { category: { licensing: 4, inspection: 9 } }));
    await waitUntil(() => rows(el).length === 20);

    chip(el, '行政许可').click();
    await waitUntil(() => calls.length === 2);
    chip(el, '行政检查').click();
    await waitUntil(() => calls.length === 3);
    expect(calls[1].init?.signal?.aborted).to.equal(true);

    const inspections = sample.filter((i) => i.category === 'inspection');
    calls[2].respond(page(inspections, 9));
    await waitUntil(() => rows(el).length === 9);
    // The older request answers last (a server that ignored the abort).
    calls[1].respond(page(sample.filter((i) => i.category === 'licensing'), 4));
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(rowCodes(el)).to.deep.equal(inspections.map((i) => i.code));
    expect(text(one(el, '.fz-list-count'))).to.equal('行政检查：共 9 项事项');
  });

  it('shows loading while a page is fetched, and an error with retry for a bad answer', async () => {
    const el = await fixture<FzPowerList>(html`<fz-power-list mode="server" src="/api/power-list"></fz-power-list>`);
    await waitUntil(() => calls.length === 1);
    expect(one(el, '.fz-list-loading')).to.exist;
    calls[0].respond({ error: 'oops' }, 200);
    await waitUntil(() => one(el, '.fz-list-error'));
    await expect(el).to.be.accessible();
    one<HTMLButtonElement>(el, '.fz-list-error button')!.click();
    await waitUntil(() => calls.length === 2);
    calls[1].respond(page(sample.slice(0, 3), 3));
    await waitUntil(() => rows(el).length === 3);
    expect(one(el, '.fz-list-error')).to.equal(null);
  });

  it('asks for at most 100 rows a page whatever page-size says', async () => {
    await fixture<FzPowerList>(html`<fz-power-list mode="server" src="/api/power-list" page-size="500"></fz-power-list>`);
    await waitUntil(() => calls.length === 1);
    expect(params(calls[0]).pageSize).to.equal('100');
  });

  /** Presses the download button, answers every request it makes, and returns the saved text. */
  async function download(el: FzPowerList, answer: (call: Call) => void): Promise<string> {
    const created: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return original.call(URL, blob);
    };
    let answered = calls.length;
    try {
      one<HTMLButtonElement>(el, '.fz-csv-button')!.click();
      await waitUntil(
        () => {
          while (answered < calls.length) answer(calls[answered++]);
          return created.length === 1;
        },
        'nothing was downloaded',
        { timeout: 20000 },
      );
    } finally {
      URL.createObjectURL = original;
    }
    return new TextDecoder().decode(await created[0].arrayBuffer());
  }

  it('downloads every page of the current view as CSV, not only the page on screen', async () => {
    const many = Array.from({ length: 150 }, (_, i) => ({ ...sample[i % sample.length], code: `P-${String(i).padStart(3, '0')}`, remarks: '手机13800138000' }));
    const el = await fixture<FzPowerList>(html`<fz-power-list mode="server" src="/api/power-list?county=990101" page-size="10"></fz-power-list>`);
    await waitUntil(() => calls.length === 1);
    calls[0].respond(page(many.slice(0, 10), 150));
    await waitUntil(() => rows(el).length === 10);
    await typeSearch(el, '许可');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => calls.some((c) => params(c).q === '许可'));
    // Answers to searches typed on the way are dropped by the element; answering twice is harmless.
    for (const call of calls.slice(1)) call.respond(page(many.slice(0, 10), 150));
    await waitUntil(() => status(el).includes('150'));

    const before = calls.length;
    const csv = await download(el, (call) => {
      const p = params(call);
      const from = (Number(p.page) - 1) * Number(p.pageSize);
      call.respond(page(many.slice(from, from + Number(p.pageSize)), 150));
    });
    const exports = calls.slice(before).map(params);
    expect(exports).to.deep.equal([
      { county: '990101', page: '1', pageSize: '100', q: '许可' },
      { county: '990101', page: '2', pageSize: '100', q: '许可' },
    ]);
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines.length).to.equal(151);
    expect(lines.slice(1).map((l) => l.split(',')[0])).to.deep.equal(many.map((i) => i.code));
    expect(csv).not.to.contain('13800138000');
    expect(status(el)).to.equal('已下载 150 项事项');
  });

  it('says so when the export stopped at 10,000 rows', async () => {
    const el = await fixture<FzPowerList>(html`<fz-power-list mode="server" src="/api/power-list"></fz-power-list>`);
    await waitUntil(() => calls.length === 1);
    calls[0].respond(page(sample.slice(0, 20), 12000));
    await waitUntil(() => rows(el).length === 20);
    const csv = await download(el, (call) => {
      const p = params(call);
      const from = (Number(p.page) - 1) * 100;
      call.respond(page(Array.from({ length: 100 }, (_, i) => ({ code: `C${from + i}`, name: '某某事项' })), 12000));
    });
    expect(calls.length).to.equal(101);
    expect(csv.split('\r\n').filter(Boolean).length).to.equal(10001);
    expect(status(el)).to.equal('只下载了前 10000 项（共 12000 项）；需要全部数据请联系发布单位');
  });

  it('asks the server for a deep-linked code and opens it', async () => {
    const before = location.href;
    const target = sample[60];
    history.replaceState(null, '', `#fz-power-list=${encodeURIComponent(target.code)}`);
    try {
      const el = await fixture<FzPowerList>(html`<fz-power-list mode="server" src="/api/power-list"></fz-power-list>`);
      await waitUntil(() => calls.length === 1);
      expect(params(calls[0]).q).to.equal(target.code);
      calls[0].respond(page([target], 1));
      await waitUntil(() => one(el, '.fz-detail'));
      expect(one(el, '.fz-disclosure')!.getAttribute('aria-expanded')).to.equal('true');
    } finally {
      history.replaceState(null, '', before.split('#')[0]);
    }
  });
});
