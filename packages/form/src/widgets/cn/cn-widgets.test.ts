import { regionsSample, type SchemaObject } from '@fazhi/core';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define.js';
import type { FzForm } from '../../fz-form/fz-form.js';

const schema: SchemaObject = {
  $id: 'https://example.org/test/cn/v1.schema.json',
  type: 'object',
  required: ['id', 'mobile', 'region', 'files'],
  properties: {
    id: { type: 'string', title: '公民身份号码', format: 'cn-id-card' },
    mobile: { type: 'string', title: '手机号码', format: 'cn-mobile' },
    phone: { type: 'string', title: '固定电话', format: 'cn-phone' },
    uscc: { type: 'string', title: '统一社会信用代码', format: 'cn-uscc' },
    pilotUscc: { type: 'string', title: '试点单位信用代码', format: 'cn-uscc', 'x-fz-warn': ['checksum'] },
    region: { type: 'string', title: '户籍所在地', format: 'cn-region-code', 'x-fz-widget': 'region' },
    nation: { type: 'string', title: '民族', 'x-fz-widget': 'ethnicity' },
    files: {
      type: 'array',
      title: '证明材料',
      'x-fz-widget': 'file',
      'x-fz-accept': ['.pdf', '.jpg', '.png'],
      'x-fz-max-size': 10 * 1024 * 1024,
      minItems: 1,
      maxItems: 5,
      items: {
        type: 'object',
        required: ['id', 'name', 'size', 'type'],
        properties: { id: { type: 'string' }, name: { type: 'string' }, size: { type: 'integer' }, type: { type: 'string' } },
      },
    },
  },
};

const root = (el: FzForm) => el.shadowRoot!;
const input = (el: FzForm, label: string) => {
  const l = [...root(el).querySelectorAll('label')].find((x) => x.textContent!.trim().startsWith(label))!;
  return root(el).getElementById(l.htmlFor) as HTMLInputElement & HTMLSelectElement;
};
const errorOf = (el: FzForm, pointer: string) => root(el).querySelector(`[data-pointer="${pointer}"] .fz-error`)?.textContent?.replace('错误：', '');

async function render() {
  const el = await fixture<FzForm>(html`<fz-form .schema=${schema} .regions=${regionsSample} autosave="off"></fz-form>`);
  await el.updateComplete;
  return el;
}

async function type(el: FzForm, label: string, text: string) {
  const field = input(el, label);
  field.focus();
  field.select();
  await sendKeys({ type: text });
  await el.updateComplete;
}

function pick(el: FzForm, files: File[]) {
  const picker = input(el, '证明材料');
  const transfer = new DataTransfer();
  files.forEach((f) => transfer.items.add(f));
  picker.files = transfer.files;
  picker.dispatchEvent(new Event('change'));
  return el.updateComplete;
}

const submit = async (el: FzForm) => {
  await el.validate();
  await el.updateComplete;
};

describe('Chinese field widgets in fz-form', () => {
  it('shows what an identity number says so a typo can be spotted, and normalises x and full-width digits', async () => {
    const el = await render();
    await type(el, '公民身份号码', '11010519491231002x');
    expect(root(el).querySelector('.fz-derived')!.textContent).to.contain('出生日期 1949年12月31日').and.contain('性别 女');
    expect((el.data as { id: string }).id).to.equal('11010519491231002X');
    await type(el, '公民身份号码', '５１３１０１１９８２０１１３００１４');
    expect((el.data as { id: string }).id).to.equal('513101198201130014');
    expect(input(el, '公民身份号码').getAttribute('inputmode')).to.equal('text');
    expect(input(el, '手机号码').getAttribute('inputmode')).to.equal('tel');
  });

  it('rejects each kind of bad value with a plain Chinese message', async () => {
    const el = await render();
    await type(el, '公民身份号码', '110105194912310021');
    await type(el, '手机号码', '2381234567');
    await type(el, '统一社会信用代码', '91350100M000100Y4I');
    await submit(el);
    expect(errorOf(el, '/id')).to.contain('校验位');
    expect(errorOf(el, '/mobile')).to.match(/手机号码/);
    expect(errorOf(el, '/uscc')).to.match(/统一社会信用代码|信用代码/);
    await type(el, '公民身份号码', '11010519490230002X');
    await el.updateComplete;
    expect(errorOf(el, '/id')).to.match(/日期/);
    await expect(el).to.be.accessible();
  });

  it('accepts a landline with area code and extension', async () => {
    const el = await render();
    await type(el, '固定电话', '010-12345678-123');
    await submit(el);
    expect(errorOf(el, '/phone')).to.equal(undefined);
  });

  it('chooses a region level by level, down to the village', async () => {
    const el = await render();
    const province = input(el, '省（自治区、直辖市）');
    province.value = regionsSample[0]!.code;
    province.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const city = input(el, '市（州、盟）');
    expect(city).to.exist;
    city.value = regionsSample[0]!.children![0]!.code;
    city.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect((el.data as { region: string }).region).to.equal(regionsSample[0]!.children![0]!.code);
    expect(input(el, '县（区、市）')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('offers the 56 民族 of GB 3304', async () => {
    const el = await render();
    const select = input(el, '民族');
    expect(select.options.length).to.equal(57);
    expect(select.options[1]!.textContent).to.equal('汉族');
  });

  it('attaches two files, removes one, and refuses a 30 MB file or an .exe without losing anything', async () => {
    const el = await render();
    await type(el, '手机号码', '13812345678');
    await pick(el, [new File(['%PDF-1.4'], '户口本.pdf', { type: 'application/pdf' }), new File(['x'], '证明.jpg', { type: 'image/jpeg' })]);
    expect(root(el).querySelectorAll('.fz-files li').length).to.equal(2);
    const remove = [...root(el).querySelectorAll('.fz-files button')].find((b) => b.textContent!.includes('证明.jpg')) as HTMLButtonElement;
    remove.click();
    await el.updateComplete;
    expect((el.data as { files: { name: string }[] }).files.map((f) => f.name)).to.deep.equal(['户口本.pdf']);

    const big = new File([new Uint8Array(30 * 1024 * 1024)], '录像.png', { type: 'image/png' });
    await pick(el, [big, new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' })]);
    const message = errorOf(el, '/files')!;
    expect(message).to.contain('录像.png 太大了').and.contain('setup.exe 的文件类型不支持');
    expect((el.data as { files: unknown[] }).files).to.have.length(1);
    expect(input(el, '手机号码').value).to.equal('13812345678');
    await expect(el).to.be.accessible();
  });

  it('lets a citizen confirm a relaxed check-character warning (early pilot credit codes)', async () => {
    const el = await render();
    await type(el, '试点单位信用代码', '91350100M0001TGQXM');
    const errors = await el.validate();
    await el.updateComplete;
    const pending = errors.find((e) => e.pointer === '/pilotUscc')!;
    // The summary follows the page: the warning sits between the fields above and below it.
    expect(errors.map((e) => e.pointer).indexOf('/pilotUscc')).to.be.below(errors.map((e) => e.pointer).indexOf('/region'));
    expect(pending.message).to.contain('我已核对');
    const confirm = input(el, '我已核对，确认无误');
    confirm.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(errorOf(el, '/pilotUscc')).to.equal(undefined);
    expect((await el.validate()).map((e) => e.pointer)).not.to.include('/pilotUscc');
    await expect(el).to.be.accessible();
  });
});
