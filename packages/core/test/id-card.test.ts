import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formats, deriveIdCard, checkIdCard, idCardCheckChar } from '../src/formats/index.js';

const idCard = formats['cn-id-card']!;

/** normalize → check, as the validator does; the issue code or null. */
function issue(raw: string, today?: Date): string | null {
  const value = idCard.normalize!(raw);
  return (today ? checkIdCard(value, today) : idCard.check(value))?.code ?? null;
}

/** Independent GB 11643 check character (weights 2^(17−i) mod 11), to build test numbers. */
function withCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  return first17 + '10X98765432'[sum % 11];
}

describe('cn-id-card', () => {
  it('accepts the verified numbers, including ones ending in X', () => {
    for (const id of ['34052419800101001X', '513101198201130014', '370101190102039973', '11010519491231002X']) {
      assert.equal(issue(id), null, id);
    }
  });

  it('accepts a birth date of 29 February in a leap year', () => {
    assert.equal(withCheckChar('33012220000229012'), '330122200002290125');
    assert.equal(issue('330122200002290125'), null);
    assert.equal(issue(withCheckChar('11010519880229013')), null);
  });

  it('agrees with the independent check-character computation', () => {
    assert.equal(idCardCheckChar('34052419800101001'), 'X');
    assert.equal(idCardCheckChar('51310119820113001'), '4');
  });

  it('normalises lower-case x, full-width characters and spaces', () => {
    assert.equal(idCard.normalize!('34052419800101001x'), '34052419800101001X');
    assert.equal(idCard.normalize!('３４０５２４１９８００１０１００１Ｘ'), '34052419800101001X');
    assert.equal(idCard.normalize!('３４０５２４１９８００１０１００１ｘ'), '34052419800101001X');
    assert.equal(idCard.normalize!(' 340524 19800101 001X\u3000'), '34052419800101001X');
    assert.equal(issue('34052419800101001x'), null);
    assert.equal(issue('５１３１０１１９８２０１１３００１４'), null);
  });

  it('refuses a wrong check character', () => {
    assert.equal(issue('340524198001010011'), 'checksum');
    assert.equal(issue('513101198201130015'), 'checksum');
  });

  it('refuses 30 February and 29 February of a common year, even with a matching check character', () => {
    assert.equal(issue(withCheckChar('11010519800230001')), 'date');
    assert.equal(issue(withCheckChar('11010519810229001')), 'date');
    assert.equal(issue(withCheckChar('11010519801301001')), 'date');
    assert.equal(issue(withCheckChar('11010519800100001')), 'date');
  });

  it('refuses a birth date in the future, judged by the date in Shanghai', () => {
    assert.equal(issue(withCheckChar('33012220990201012')), 'future');
    const born = withCheckChar('33012220240301012');
    // 2024-02-29 16:30 UTC is already 1 March in Shanghai.
    assert.equal(issue(born, new Date('2024-02-29T16:30:00Z')), null);
    assert.equal(issue(born, new Date('2024-02-29T15:30:00Z')), 'future');
  });

  it('refuses a birth year before 1900', () => {
    assert.equal(issue(withCheckChar('11010518991231001')), 'early');
  });

  it('says how many characters were typed when it is not 18', () => {
    const seventeen = idCard.check('34052419800101001');
    assert.deepEqual(seventeen, { code: 'length', params: { length: 17 } });
    assert.deepEqual(idCard.check('34052419800101001X1'), { code: 'length', params: { length: 19 } });
  });

  it('refuses legacy 15-digit numbers with their own message', () => {
    assert.equal(issue('340524800101001'), 'legacy15');
    assert.match(idCard.messages['zh-CN']['legacy15']!, /15位.*18位/);
  });

  it('names the first character that is not allowed', () => {
    assert.deepEqual(idCard.check('3405241980010A001X'), { code: 'chars', params: { position: 14, char: 'A' } });
    assert.deepEqual(idCard.check('34052419800101001Y'), { code: 'chars', params: { position: 18, char: 'Y' } });
    assert.equal(issue('3405241980010100X1'), 'chars');
  });

  it('does not reject an unknown region prefix', () => {
    assert.equal(issue(withCheckChar('99999919800101001')), null);
  });

  it('uses the exact check-character message of the issue', () => {
    assert.equal(idCard.messages['zh-CN']['checksum'], '身份证号码校验位不正确，请核对最后一位');
    assert.match(idCard.messages['zh-CN']['date']!, /出生日期不是真实日期/);
  });
});

describe('deriveIdCard', () => {
  const today = new Date('2024-06-15T04:00:00Z');

  it('derives birth date, sex, age and province', () => {
    assert.deepEqual(deriveIdCard('34052419800101001X', today), {
      birthDate: '1980-01-01',
      sex: 'male',
      age: 44,
      provinceCode: '340000',
      regionCode: '340524',
    });
    const other = deriveIdCard('513101198201130014', today)!;
    assert.equal(other.sex, 'male');
    assert.equal(other.birthDate, '1982-01-13');
    assert.equal(other.provinceCode, '510000');
    assert.equal(deriveIdCard('330122200002290125', today)!.sex, 'female');
  });

  it('does not count the year before the birthday is reached', () => {
    const id = withCheckChar('11010519800616001');
    assert.equal(deriveIdCard(id, today)!.age, 43);
    assert.equal(deriveIdCard(id, new Date('2024-06-16T04:00:00Z'))!.age, 44);
  });

  it('counts the age on the calendar date in Shanghai, not the machine time zone', () => {
    const id = withCheckChar('11010519800616001');
    assert.equal(deriveIdCard(id, new Date('2024-06-15T15:59:00Z'))!.age, 43);
    assert.equal(deriveIdCard(id, new Date('2024-06-15T16:00:00Z'))!.age, 44);
  });

  it('counts a 29 February birthday from 1 March in a common year', () => {
    assert.equal(deriveIdCard('330122200002290125', new Date('2023-02-28T04:00:00Z'))!.age, 22);
    assert.equal(deriveIdCard('330122200002290125', new Date('2023-03-01T04:00:00Z'))!.age, 23);
    assert.equal(deriveIdCard('330122200002290125', new Date('2024-02-29T04:00:00Z'))!.age, 24);
  });

  it('normalises first and returns null for invalid numbers', () => {
    assert.equal(deriveIdCard('34052419800101001x', today)!.birthDate, '1980-01-01');
    assert.equal(deriveIdCard('340524198001010011', today), null);
    assert.equal(deriveIdCard('340524800101001', today), null);
    assert.equal(deriveIdCard('', today), null);
  });

  it('works without a given today', () => {
    assert.ok(deriveIdCard('11010519491231002X')!.age >= 74);
  });
});
