import { onLocale, type Catalogue } from '../i18n/index.js';

/**
 * Validation messages, written for citizens (many elderly, on a phone): say what to do, name the
 * field by its title, no technical words. `{title}` is the field's title, `{limit}` the number in
 * the rule. A schema node may override any of these with `x-fz-messages`.
 */
export type MessageKey =
  | 'required' | 'choose' | 'tick' | 'this'
  | 'type' | 'typeNumber' | 'typeInteger'
  | 'minLength' | 'maxLength' | 'pattern' | 'format' | 'date' | 'email'
  | 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum' | 'multipleOf' | 'decimals'
  | 'const' | 'enum' | 'minItems' | 'maxItems' | 'uniqueItems'
  | 'additionalProperties' | 'false' | 'invalid';

export const messages: Catalogue<MessageKey> = {
  'zh-CN': {
    required: '请填写{title}',
    choose: '请选择{title}',
    tick: '请勾选{title}',
    this: '此项',
    type: '{title}填写有误，请核对',
    typeNumber: '{title}应填写数字',
    typeInteger: '{title}应填写整数',
    minLength: '{title}至少要填{limit}个字',
    maxLength: '{title}不能超过{limit}个字',
    pattern: '{title}格式不正确，请核对',
    format: '{title}格式不正确，请核对',
    date: '{title}请按“年-月-日”填写真实的日期，如 2024-01-15',
    email: '{title}不是有效的电子邮箱地址，应类似 name@example.com',
    minimum: '{title}不能小于{limit}',
    maximum: '{title}不能大于{limit}',
    exclusiveMinimum: '{title}应大于{limit}',
    exclusiveMaximum: '{title}应小于{limit}',
    multipleOf: '{title}应是{limit}的整数倍',
    decimals: '{title}最多保留{limit}位小数',
    const: '{title}填写有误，请核对',
    enum: '请从给出的选项中选择{title}',
    minItems: '请至少添加{limit}项{title}',
    maxItems: '{title}最多只能添加{limit}项',
    uniqueItems: '{title}中有重复的内容，请删去重复的一项',
    additionalProperties: '“{title}”不是本表要填写的内容',
    false: '{title}不需要填写',
    invalid: '{title}填写有误，请核对',
  },
};

// The English texts load with `loadLocale('en')`; a server imports `@fazhi/core/locales/en` instead.
onLocale('en', () => import('./messages.en.js'));
