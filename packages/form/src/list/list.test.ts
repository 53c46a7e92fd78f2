import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { emptyState, filterChips, listText, nextSort, pager, pageWindow, searchBox, sortHeader } from './index.js';

const t = listText('zh-CN');
const mount = async (template: unknown) => {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  render(template, host);
  return host;
};

describe('list kit', () => {
  it('pageWindow keeps first, last and two either side, with gaps', () => {
    expect(pageWindow(1, 1)).to.deep.equal([1]);
    expect(pageWindow(5, 10)).to.deep.equal([1, 0, 3, 4, 5, 6, 7, 0, 10]);
    expect(pageWindow(1, 4)).to.deep.equal([1, 2, 3, 4]);
  });

  it('nextSort sorts ascending first, then toggles', () => {
    expect(nextSort([], 'code')).to.deep.equal([{ field: 'code', direction: 'asc' }]);
    expect(nextSort([{ field: 'code', direction: 'asc' }], 'code')).to.deep.equal([{ field: 'code', direction: 'desc' }]);
    expect(nextSort([{ field: 'code', direction: 'desc' }], 'name')).to.deep.equal([{ field: 'name', direction: 'asc' }]);
  });

  it('pager marks the current page and keeps previous/next focusable at the ends', async () => {
    const pages: number[] = [];
    const host = await mount(pager({ page: 1, pageCount: 3, t, onPage: (p) => pages.push(p) }));
    expect(host.querySelector('nav')!.getAttribute('aria-label')).to.equal('分页');
    expect(host.querySelector('.fz-pager__status')!.textContent).to.equal('第 1 页，共 3 页');
    expect(host.querySelector('[aria-current=page]')!.getAttribute('aria-label')).to.equal('第 1 页');
    const [previous] = host.querySelectorAll('button');
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    previous.click();
    [...host.querySelectorAll('button')].at(-1)!.click();
    expect(pages).to.deep.equal([2]);
    expect(await mount(pager({ page: 1, pageCount: 1, t, onPage: () => {} }))).lightDom.to.equal('');
  });

  it('chips are toggle buttons in a labelled group', async () => {
    const chosen: string[] = [];
    const host = await mount(
      filterChips({ label: '按类别筛选', options: [{ value: 'a', label: '甲', count: 2 }], selected: 'a', total: 5, t, onSelect: (v) => chosen.push(v) }),
    );
    const buttons = [...host.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true']);
    expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['全部 5项', '甲 2项']);
    buttons[0].click();
    expect(chosen).to.deep.equal(['']);
    await expect(host).to.be.accessible();
  });

  it('sort header puts aria-sort on the sorted column only', async () => {
    const host = await mount(html`<table><thead><tr>
      ${sortHeader({ field: 'code', label: '编码', sort: [{ field: 'code', direction: 'desc' }], onSort: () => {} })}
      ${sortHeader({ field: 'name', label: '名称', sort: [{ field: 'code', direction: 'desc' }], onSort: () => {} })}
    </tr></thead></table>`);
    const ths = [...host.querySelectorAll('th')];
    expect(ths[0].getAttribute('aria-sort')).to.equal('descending');
    expect(ths[1].hasAttribute('aria-sort')).to.equal(false);
    expect(ths[0].querySelector('button')!.textContent!.trim()).to.equal('编码');
  });

  it('search box is labelled and does not search in the middle of an IME composition', async () => {
    const typed: string[] = [];
    const host = await mount(searchBox({ id: 's1', label: '搜索事项', value: '', t, onInput: (v) => typed.push(v), onSearch: () => {} }));
    const input = host.querySelector('input')!;
    expect(host.querySelector('label')!.htmlFor).to.equal('s1');
    input.value = 'xingzheng';
    input.dispatchEvent(new InputEvent('input', { isComposing: true }));
    input.value = '行政';
    input.dispatchEvent(new CompositionEvent('compositionend'));
    expect(typed).to.deep.equal(['行政']);
    await expect(host).to.be.accessible();
  });

  it('empty state says what was searched and where', async () => {
    const host = await mount(emptyState({ q: '  宅基地 ', filterLabel: '行政奖励', noun: '事项', t, onClear: () => {} }));
    expect(host.querySelector('.fz-list-empty__title')!.textContent).to.equal('没有找到与“宅基地”相关的事项（在“行政奖励”中搜索）');
    expect(host.querySelectorAll('li').length).to.equal(3);
    expect(host.querySelector('button')!.textContent).to.equal('清除搜索条件');
  });
});
