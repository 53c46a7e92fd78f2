import { expect } from '@open-wc/testing';
import { emptyListQuery, MAX_PAGE_SIZE } from '@fazhi/core';
import { listQueryUrl, loadAllItems, loadAllPages, parseListResult, ServerSource, StaleResponse } from './index.js';

const realFetch = window.fetch;
const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

describe('list server source (shared by the power list and the enforcement notice)', () => {
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('builds request URLs that keep the base’s own parameters', () => {
    const url = listQueryUrl('/api/list?county=990101', { ...emptyListQuery(10), q: '许可', filters: { category: ['licensing'] } }, 'https://portal.example/page');
    expect(url).to.equal('https://portal.example/api/list?county=990101&page=1&pageSize=10&q=%E8%AE%B8%E5%8F%AF&f.category=licensing');
  });

  it('accepts { items, total, facets } and refuses anything else', () => {
    expect(parseListResult({ items: [{ code: 'a' }], total: 9, facets: { category: { penalty: 3, bad: -1, worse: 'x' }, broken: 5 } })).to.deep.equal({
      items: [{ code: 'a' }],
      total: 9,
      facets: { category: { penalty: 3 } },
    });
    expect(parseListResult({ items: [] }).total).to.equal(0);
    for (const bad of ['<html>502</html>', { error: 'x' }, null]) expect(() => parseListResult(bad)).to.throw();
  });

  it('client mode takes an array or { items }, and sends Accept and the portal’s options', async () => {
    const seen: RequestInit[] = [];
    window.fetch = async (_input, init) => {
      seen.push(init!);
      return json(seen.length === 1 ? [{ a: 1 }] : { items: [{ a: 2 }] });
    };
    const signal = new AbortController().signal;
    expect(await loadAllItems('/x.json', { credentials: 'include' }, signal)).to.deep.equal([{ a: 1 }]);
    expect(await loadAllItems('/x.json', undefined, signal)).to.deep.equal([{ a: 2 }]);
    expect(new Headers(seen[0]!.headers).get('Accept')).to.equal('application/json');
    expect(seen[0]!.credentials).to.equal('include');
  });

  it('server mode drops an answer that arrives after a newer request', async () => {
    const replies: ((body: unknown) => void)[] = [];
    window.fetch = () => new Promise((resolve) => replies.push((body) => resolve(json(body))));
    const source = new ServerSource(() => undefined);
    const first = source.load('/api/list?q=许可');
    const second = source.load('/api/list?q=许可证');
    replies[1]!({ items: [{ q: '许可证' }], total: 1 });
    replies[0]!({ items: [{ q: '许可' }], total: 1 });
    expect((await second).items).to.deep.equal([{ q: '许可证' }]);
    let stale: unknown;
    await first.catch((error) => (stale = error));
    expect(stale).to.be.instanceOf(StaleResponse);
  });

  it('an export walks every page at the largest page size, and stops at the limit', async () => {
    const asked: URL[] = [];
    const total = 250;
    window.fetch = async (input) => {
      const url = new URL(String(input));
      asked.push(url);
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('pageSize'));
      const from = (page - 1) * size;
      const items = Array.from({ length: Math.max(0, Math.min(size, total - from)) }, (_, i) => ({ n: from + i }));
      return json({ items, total });
    };
    const query = { ...emptyListQuery(20), page: 3, q: '处罚', sort: [{ field: 'code', direction: 'desc' as const }] };
    const all = await loadAllPages<{ n: number }>('/api/list?county=1', query, undefined, new AbortController().signal);
    expect(all.total).to.equal(250);
    expect(all.items.map((i) => i.n)).to.deep.equal(Array.from({ length: 250 }, (_, i) => i));
    expect(asked.map((u) => u.searchParams.get('page'))).to.deep.equal(['1', '2', '3']);
    expect(asked.every((u) => u.searchParams.get('pageSize') === String(MAX_PAGE_SIZE) && u.searchParams.get('q') === '处罚')).to.equal(true);
    expect(asked.every((u) => u.searchParams.get('sort') === '-code' && u.searchParams.get('county') === '1')).to.equal(true);

    asked.length = 0;
    const bounded = await loadAllPages<{ n: number }>('/api/list', query, undefined, new AbortController().signal, 150);
    expect(bounded.items.length).to.equal(150);
    expect(bounded.total).to.equal(250);
    expect(asked.length).to.equal(2);
  });
});
