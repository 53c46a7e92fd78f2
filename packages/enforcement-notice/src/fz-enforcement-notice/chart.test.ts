import { expect, fixture, html } from '@open-wc/testing';
import { isPublishable, loadLocale } from '@fazhi/core';
import decisionSchema from '@fazhi/schemas/enforcement-decision.schema.json';
import bodySchema from '@fazhi/schemas/enforcement-body.schema.json';
import officerSchema from '@fazhi/schemas/enforcement-officer.schema.json';
import commonSchema from '@fazhi/schemas/common.schema.json';
import '../define.js';
import { monthSeries } from './chart.js';
import type { FzEnforcementNotice } from './fz-enforcement-notice.js';
import { fixtureData, TODAY } from './fz-enforcement-notice.fixtures.js';
import { codeLabels } from './labels.js';
import { noticeMessages } from './messages.js';
import { zhExtraMessages } from './messages.extra.js';
import type { EnforcementDecision } from './types.js';

const root = (el: FzEnforcementNotice) => el.shadowRoot!;
const cells = (t: Element) => [...t.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent!.trim()));

/** A year of decisions with uneven months and kinds, plus some that must not be counted. */
function yearOfDecisions(): EnforcementDecision[] {
  const base = fixtureData().decisions[1]!;
  const kinds = [['fine'], ['fine', 'confiscate-gains'], ['warning'], ['fine', 'suspend-business'], ['revoke-permit']];
  const out: EnforcementDecision[] = [];
  for (let i = 0; i < 57; i++) {
    const month = 1 + ((i * 7) % 10);
    out.push({
      ...base,
      docNo: `某市监罚〔2026〕${i + 1}号`,
      penaltyTypes: kinds[i % kinds.length],
      decidedAt: `2026-${String(month).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`,
      status: i % 19 === 0 ? 'revoked' : 'valid',
    });
  }
  return out;
}

// Opening a decision puts it in the page address (a deep link); each test starts from a clean one.
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('fz-enforcement-notice: chart', () => {
  it("shows figures equal to the counts computed from the data, as a picture and as a table", async () => {
    const decisions = yearOfDecisions();
    const el = await fixture<FzEnforcementNotice>(
      html`<fz-enforcement-notice view="decisions" .data=${{ decisions }} .today=${TODAY}></fz-enforcement-notice>`,
    );
    await el.updateComplete;

    // Expected figures, computed independently from the raw data.
    const shown = decisions.filter((d) => isPublishable(d, TODAY));
    const byMonth = new Map<string, number>();
    const byKind = new Map<string, number>();
    for (const d of shown) {
      byMonth.set(d.decidedAt!.slice(0, 7), (byMonth.get(d.decidedAt!.slice(0, 7)) ?? 0) + 1);
      for (const k of new Set(d.penaltyTypes)) byKind.set(k, (byKind.get(k) ?? 0) + 1);
    }
    const label = (k: string) => (codeLabels['zh-CN'].penalty as Record<string, string>)[k]!;

    const charts = [...root(el).querySelectorAll('div.fz-chart__bars')];
    expect(charts).to.have.length(2);
    for (const chart of charts) {
      expect(chart.getAttribute('role')).to.equal('img');
      const names = chart.getAttribute('aria-labelledby')!.split(' ').map((id) => root(el).getElementById(id)!.textContent!.trim());
      expect(names[0]).to.be.oneOf(['按月份统计', '按处罚种类统计']);
      expect(names[1]).to.match(/最多的是/);
    }
    const bars = (chart: Element) => [...chart.querySelectorAll('.fz-chart__row')].map((g) => [g.querySelector('.fz-chart__label')!.textContent, Number(g.querySelector('.fz-chart__value')!.textContent)]);
    expect(bars(charts[0]!)).to.deep.equal([...byMonth.keys()].sort().map((m) => [`2026年${Number(m.slice(5))}月`, byMonth.get(m)]));
    expect(new Map(bars(charts[1]!) as [string, number][])).to.deep.equal(new Map([...byKind].map(([k, n]) => [label(k), n])));
    expect(bars(charts[1]!).map(([, n]) => n)).to.deep.equal([...byKind.values()].sort((a, b) => b - a));

    const total = shown.length;
    const busiest = [...byMonth].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    expect(root(el).querySelector('.fz-chart__summary')!.textContent).to.equal(
      `2026年1月至2026年10月共 ${total} 件执法决定，最多的是2026年${Number(busiest[0].slice(5))}月（${busiest[1]} 件）。`,
    );

    const toggle = root(el).querySelector<HTMLButtonElement>('.fz-chart-toggle')!;
    expect(toggle.textContent!.trim()).to.equal('以表格查看');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector('table.fz-chart__table')).to.equal(null);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('收起表格');
    const [monthTable, kindTable] = [...root(el).querySelectorAll('table.fz-chart__table')];
    expect(cells(monthTable!)).to.deep.equal(bars(charts[0]!).map(([l, n]) => [l, String(n)]));
    expect(cells(kindTable!)).to.deep.equal(bars(charts[1]!).map(([l, n]) => [l, String(n)]));
    expect(monthTable!.querySelector('caption')!.textContent).to.equal('按月份统计');
  });

  it('counts only what the filters leave', async () => {
    const decisions = yearOfDecisions();
    const el = await fixture<FzEnforcementNotice>(
      html`<fz-enforcement-notice view="decisions" .data=${{ decisions }} .today=${TODAY}></fz-enforcement-notice>`,
    );
    const from = root(el).querySelector<HTMLInputElement>('input[id$="-from"]')!;
    from.value = '2026-06-01';
    from.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const expected = decisions.filter((d) => isPublishable(d, TODAY) && d.decidedAt! >= '2026-06-01');
    const bars = [...root(el).querySelectorAll('div.fz-chart__bars')[0]!.querySelectorAll('.fz-chart__value')].map((t) => Number(t.textContent));
    expect(bars.reduce((a, b) => a + b, 0)).to.equal(expected.length);
  });

  it('fills months without decisions with zero and keeps the latest twelve', () => {
    const facet = { '2025-01': 3, '2025-12': 1, '2026-03': 2 };
    const series = monthSeries(facet, (y, m) => `${y}-${m}`);
    expect(series.map((d) => d.key)).to.deep.equal([
      '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03',
    ]);
    expect(series.map((d) => d.count)).to.deep.equal([0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 2]);
  });
});

describe('code titles', () => {
  type Choice = { const: string; title: string };
  const titles = (choices: Choice[]) => Object.fromEntries(choices.map((c) => [c.const, c.title]));
  const d = decisionSchema as unknown as { properties: Record<string, { oneOf?: Choice[]; items?: { oneOf: Choice[] } }> };

  it('are the schemas\' own titles in zh-CN', () => {
    const zh = codeLabels['zh-CN'];
    expect(zh.partyType).to.deep.equal(titles(d.properties.partyType!.oneOf!));
    expect(zh.penalty).to.deep.equal(titles(d.properties.penaltyTypes!.items!.oneOf));
    expect(zh.bodyType).to.deep.equal(titles((bodySchema as unknown as typeof d).properties.type!.oneOf!));
    expect(zh.officerStatus).to.deep.equal(titles((officerSchema as unknown as typeof d).properties.status!.oneOf!));
    expect(zh.category).to.deep.equal(titles((commonSchema as unknown as { $defs: { powerCategory: { oneOf: Choice[] } } }).$defs.powerCategory.oneOf));
  });

  it('and every text exist in English, loaded on demand', async () => {
    await loadLocale('en');
    for (const group of Object.keys(codeLabels['zh-CN']) as (keyof (typeof codeLabels)['zh-CN'])[]) {
      expect(Object.keys(codeLabels.en![group])).to.deep.equal(Object.keys(codeLabels['zh-CN'][group]));
    }
    expect(Object.keys(noticeMessages.en!)).to.have.members([...new Set([...Object.keys(noticeMessages['zh-CN']), ...Object.keys(zhExtraMessages)])]);
  });
});
