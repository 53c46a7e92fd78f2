import { regionsSample, type SchemaObject } from '@fazhi/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define.js';
import type { FzForm } from '../../fz-form/fz-form.js';

const schema: SchemaObject = {
  $id: 'https://example.org/test/region-national/v1.schema.json',
  type: 'object',
  required: ['region'],
  properties: { region: { type: 'string', title: '户籍所在地', format: 'cn-region-code' } },
};

const root = (el: FzForm) => el.shadowRoot!;
const select = (el: FzForm, label: string) => {
  const l = [...root(el).querySelectorAll('label')].find((x) => x.textContent!.trim().startsWith(label));
  return l ? (root(el).getElementById(l.htmlFor) as HTMLSelectElement) : undefined;
};

/** Tab to a select and choose the option named `name` with the arrow keys, as a keyboard user does. */
async function choose(el: FzForm, label: string, name: string) {
  const box = select(el, label)!;
  for (let i = 0; i < 30 && root(el).activeElement !== box; i++) await sendKeys({ press: 'Tab' });
  expect(root(el).activeElement).to.equal(box);
  const target = [...box.options].findIndex((o) => o.textContent === name);
  expect(target, `${label} offers ${name}`).to.be.above(0);
  for (let i = box.selectedIndex; i < target; i++) await sendKeys({ press: 'ArrowDown' });
  await el.updateComplete;
}

describe('region field without region data on the page', () => {
  it('downloads the national 行政区划 and is chosen province, prefecture, county by keyboard', async () => {
    const el = await fixture<FzForm>(html`<fz-form .schema=${schema} autosave="off"></fz-form>`);
    await waitUntil(() => select(el, '省（自治区、直辖市）'), 'the national tree arrives', { timeout: 20000 });
    const provinces = [...select(el, '省（自治区、直辖市）')!.options].map((o) => o.textContent);
    expect(provinces).to.include.members(['北京市', '浙江省', '新疆维吾尔自治区', '澳门特别行政区']);
    expect(provinces.length).to.equal(35); // 请选择 + 34 provincial-level divisions
    await choose(el, '省（自治区、直辖市）', '浙江省');
    await choose(el, '市（州、盟）', '杭州市');
    await choose(el, '县（区、市）', '西湖区');
    expect((el.data as { region?: string }).region).to.equal('330106');
    expect(root(el).querySelector('.fz-cascade .fz-derived')!.textContent).to.equal('浙江省 / 杭州市 / 西湖区');
    expect(await el.validate()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('groups a municipality’s districts under 市辖区 as GB/T 2260 does', async () => {
    const el = await fixture<FzForm>(html`<fz-form .schema=${schema} autosave="off"></fz-form>`);
    await waitUntil(() => select(el, '省（自治区、直辖市）'), 'the national tree arrives', { timeout: 20000 });
    await choose(el, '省（自治区、直辖市）', '北京市');
    await choose(el, '市（州、盟）', '市辖区');
    await choose(el, '县（区、市）', '海淀区');
    expect((el.data as { region?: string }).region).to.equal('110108');
  });

  it('uses the portal’s own tree when it gives one', async () => {
    const el = await fixture<FzForm>(html`<fz-form .schema=${schema} .regions=${regionsSample} autosave="off"></fz-form>`);
    await el.updateComplete;
    const provinces = [...select(el, '省（自治区、直辖市）')!.options].slice(1).map((o) => o.textContent);
    expect(provinces).to.deep.equal(regionsSample.map((r) => r.name));
  });
});
