import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formats, formatHints, USCC_CHECKSUM, usccCheckChar } from '../src/formats/index.js';
import { loadLocale, translate } from '../src/i18n/index.js';

/** normalize → check, as the validator does; the issue code or null. */
function issue(name: string, raw: string): string | null {
  const def = formats[name]!;
  const value = def.normalize ? def.normalize(raw) : raw;
  return def.check(value)?.code ?? null;
}

describe('cn-uscc', () => {
  it('accepts a valid code, also typed in lower case or full width', () => {
    assert.equal(issue('cn-uscc', '91350100M000100Y43'), null);
    assert.equal(issue('cn-uscc', '91350100m000100y43'), null);
    assert.equal(issue('cn-uscc', '９１３５０１００Ｍ０００１００Ｙ４３'), null);
    assert.equal(usccCheckChar('91350100M000100Y4'), '3');
  });

  it('tells a check-character failure apart, so a schema can relax it', () => {
    assert.equal(USCC_CHECKSUM, 'checksum');
    assert.equal(issue('cn-uscc', '91350100M0001TGQXM'), USCC_CHECKSUM);
    assert.equal(issue('cn-uscc', '91350100M000100Y44'), USCC_CHECKSUM);
  });

  it('refuses letters outside the GB 32100 alphabet and letters in the region part', () => {
    assert.deepEqual(formats['cn-uscc']!.check('91350100M000I00Y43'), { code: 'chars', params: { position: 13, char: 'I' } });
    assert.equal(issue('cn-uscc', '91350100O000100Y43'), 'chars');
    assert.equal(issue('cn-uscc', '913501A0M000100Y43'), 'chars');
  });

  it('says how many characters were typed when it is not 18', () => {
    assert.deepEqual(formats['cn-uscc']!.check('91350100M000100Y4'), { code: 'length', params: { length: 17 } });
    assert.equal(issue('cn-uscc', '91350100M000100Y433'), 'length');
  });
});

describe('cn-mobile', () => {
  it('strips +86, 0086, spaces and dashes and full width', () => {
    assert.equal(formats['cn-mobile']!.normalize!('+86 138 1234 5678'), '13812345678');
    assert.equal(formats['cn-mobile']!.normalize!('0086-138-1234-5678'), '13812345678');
    assert.equal(formats['cn-mobile']!.normalize!('１３８１２３４５６７８'), '13812345678');
    assert.equal(issue('cn-mobile', '+86 199 0000 1111'), null);
  });

  it('refuses the wrong length, a wrong start and other characters', () => {
    assert.deepEqual(formats['cn-mobile']!.check('1381234567'), { code: 'length', params: { length: 10 } });
    assert.equal(issue('cn-mobile', '12812345678'), 'prefix');
    assert.equal(issue('cn-mobile', '23812345678'), 'prefix');
    assert.equal(issue('cn-mobile', '138abc45678'), 'chars');
  });
});

describe('cn-phone', () => {
  it('accepts a mobile number, normalised like cn-mobile', () => {
    assert.equal(issue('cn-phone', '+86 138 1234 5678'), null);
    assert.equal(formats['cn-phone']!.normalize!('138-1234-5678'), '13812345678');
  });

  it('accepts landlines with area code, with or without dash and extension', () => {
    for (const n of ['010-12345678', '010-12345678-123', '0571-87654321', '0571-87654321-123', '02188889999', '0931-8123456']) {
      assert.equal(issue('cn-phone', n), null, n);
    }
  });

  it('normalises brackets, 转 and international landline forms', () => {
    const normalize = formats['cn-phone']!.normalize!;
    assert.equal(normalize('（0571）87654321'), '0571-87654321');
    assert.equal(normalize('0571-87654321转123'), '0571-87654321-123');
    assert.equal(normalize('+86 571 8765 4321'), '057187654321');
    assert.equal(issue('cn-phone', '+86-10-12345678'), null);
  });

  it('accepts 400 and 800 service numbers', () => {
    assert.equal(issue('cn-phone', '400-123-4567'), null);
    assert.equal(issue('cn-phone', '8001234567'), null);
  });

  it('asks for the area code, the mobile length, or explains the forms', () => {
    assert.equal(issue('cn-phone', '87654321'), 'areaCode');
    assert.deepEqual(formats['cn-phone']!.check('1381234567'), { code: 'mobileLength', params: { length: 10 } });
    assert.equal(issue('cn-phone', '0571-876'), 'invalid');
    assert.equal(issue('cn-phone', '0571-87654321-1234567'), 'invalid');
    assert.equal(issue('cn-phone', '12345'), 'mobileLength');
    assert.equal(issue('cn-phone', '电话0571'), 'chars');
  });
});

describe('cn-postal-code', () => {
  it('accepts six digits, full width too', () => {
    assert.equal(issue('cn-postal-code', '310000'), null);
    assert.equal(issue('cn-postal-code', '010000'), null);
    assert.equal(issue('cn-postal-code', '３１１５００'), null);
  });

  it('refuses other lengths and characters', () => {
    assert.deepEqual(formats['cn-postal-code']!.check('31000'), { code: 'length', params: { length: 5 } });
    assert.equal(issue('cn-postal-code', '3100001'), 'length');
    assert.equal(issue('cn-postal-code', '31000A'), 'chars');
  });
});

describe('cn-region-code', () => {
  it('accepts 6-digit province, prefecture and county codes', () => {
    for (const c of ['330000', '330100', '330122', '110101', '429004', '659001', '152900', '810000']) {
      assert.equal(issue('cn-region-code', c), null, c);
    }
  });

  it('accepts 9-digit township and 12-digit village codes, and zero-padded higher levels', () => {
    for (const c of ['330122101', '441900003', '330122101201', '330100000000', '330000000000']) {
      assert.equal(issue('cn-region-code', c), null, c);
    }
  });

  it('refuses other lengths, letters, unknown provinces and impossible structures', () => {
    assert.equal(issue('cn-region-code', '33012'), 'length');
    assert.equal(issue('cn-region-code', '3301221'), 'length');
    assert.equal(issue('cn-region-code', '33012A'), 'chars');
    assert.equal(issue('cn-region-code', '000000'), 'province');
    assert.equal(issue('cn-region-code', '990101'), 'province');
    assert.equal(issue('cn-region-code', '338001'), 'structure');
    assert.equal(issue('cn-region-code', '330022'), 'structure');
    assert.equal(issue('cn-region-code', '330000101'), 'structure');
  });
});

describe('messages', () => {
  const cjk = /[\u4e00-\u9fff]/;

  it('every format has a Chinese and an English message for each issue code', async () => {
    await loadLocale('en');
    for (const [name, def] of Object.entries(formats)) {
      const zh = def.messages['zh-CN'];
      assert.ok(Object.keys(zh).length > 0, name);
      for (const [code, text] of Object.entries(zh)) {
        assert.match(text, cjk, `${name}.${code}`);
        assert.ok(def.messages.en?.[code], `${name}.${code} has no English`);
      }
    }
  });

  it('each message names what is wrong, with the field title or the document name', () => {
    const nouns = /\{title\}|身份证号码|统一社会信用代码/;
    for (const [name, def] of Object.entries(formats)) {
      for (const [code, text] of Object.entries(def.messages['zh-CN'])) {
        assert.match(text, nouns, `${name}.${code}`);
        assert.ok(text.length >= 10, `${name}.${code} is too terse`);
      }
    }
  });

  it('fills the title and the parameters of an issue', () => {
    const def = formats['cn-mobile']!;
    const found = def.check(def.normalize!('138 1234 567'))!;
    assert.equal(translate(def.messages, 'zh-CN', found.code, { title: '联系电话', ...found.params }), '联系电话应为11位手机号码，您输入了10位数字');
    const id = formats['cn-id-card']!;
    const length = id.check('34052419800101001')!;
    assert.equal(translate(id.messages, 'zh-CN', length.code, { title: '证件号码', ...length.params }), '身份证号码应为18位，您输入了17位');
  });
});

describe('formatHints', () => {
  it('has hints for every format, with the text keyboard for codes that may end in a letter', () => {
    assert.deepEqual(Object.keys(formatHints).sort(), Object.keys(formats).sort());
    assert.equal(formatHints['cn-id-card']!.inputmode, 'text');
    assert.equal(formatHints['cn-id-card']!.maxlength, 18);
    assert.equal(formatHints['cn-mobile']!.inputmode, 'tel');
    assert.equal(formatHints['cn-mobile']!.autocomplete, 'tel-national');
    assert.equal(formatHints['cn-postal-code']!.autocomplete, 'postal-code');
  });

  it('leaves room for a pasted +86 number', () => {
    assert.ok('+86 138 1234 5678'.length <= formatHints['cn-mobile']!.maxlength!);
    assert.ok('0571-87654321-123'.length <= formatHints['cn-phone']!.maxlength!);
  });
});
