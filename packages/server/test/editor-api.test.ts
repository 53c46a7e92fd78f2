import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envelope, postJson, problemOf, startApp, validApplication, type TestApp } from './helpers.js';

const EDITOR = 'test-editor-token-0123456789';
const auth = { authorization: `Bearer ${EDITOR}` };

describe('the editor publishing API', () => {
  let t: TestApp;
  let configDir: string;
  before(async () => {
    configDir = mkdtempSync(join(tmpdir(), 'fazhi-editor-'));
    t = await startApp({ configDir, editorToken: EDITOR, report: () => {} });
  });
  after(async () => {
    await t.close();
    rmSync(configDir, { recursive: true, force: true });
  });
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, headers: Record<string, string> = auth) =>
    t.app.inject({ method, url, headers: { ...headers, ...(payload ? { 'content-type': 'application/json' } : {}) }, payload: payload ? JSON.stringify(payload) : undefined });
  const form = '/api/editor/forms/legal-aid-application';

  test('refuses a missing or wrong token with 401', async () => {
    const none = await call('GET', '/api/editor/forms', undefined, {});
    assert.equal(none.statusCode, 401);
    assert.match(problemOf(none).detail!, /编辑/);
    const wrong = await call('GET', '/api/editor/forms', undefined, { authorization: `Bearer ${EDITOR}x` });
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.headers['www-authenticate'], 'Bearer error="invalid_token"');
  });

  test('lists the forms and reads one with its base, overlay and history', async () => {
    const list = JSON.parse((await call('GET', '/api/editor/forms')).body);
    assert.ok(list.forms.some((f: { name: string; title: string }) => f.name === 'legal-aid-application' && f.title === '法律援助申请'));
    const read = JSON.parse((await call('GET', form)).body);
    assert.equal(read.base.title, '法律援助申请');
    assert.deepEqual(read.overlay, {});
    assert.deepEqual(read.history, []);
  });

  test('a draft that does not compile is refused with pointers; a draft is saved with its checks', async () => {
    const bad = await call('POST', `${form}/check`, { overlay: { properties: { matter: { required: ['aidForm', 'type', 'stage', 'opposingPaty'] } } } });
    assert.equal(bad.statusCode, 422);
    assert.deepEqual(problemOf(bad).errors!.map((e) => e.pointer), ['/properties/matter/required/3']);
    const saved = await call('PUT', `${form}/draft`, { overlay: { properties: { facts: { title: '事情经过' } } } });
    assert.equal(saved.statusCode, 200);
    assert.deepEqual(JSON.parse((await call('GET', form)).body).draft, { properties: { facts: { title: '事情经过' } } });
    const locked = await call('POST', `${form}/publish`, { overlay: { properties: { facts: null } }, basedOn: JSON.parse((await call('GET', form)).body).revision });
    assert.equal(locked.statusCode, 422);
    assert.match(problemOf(locked).errors![0]!.detail, /法律规定/);
  });

  test('publish: in force at once for the citizen and the server; concurrent publishes: one wins, one 409; restore', async () => {
    const before = JSON.parse((await call('GET', form)).body).revision;
    const wechat = { type: 'string', title: '微信号', maxLength: 40, 'x-fz-pii': 'pi' };
    const overlay = { properties: { facts: { title: '事情经过' }, contact: { required: ['phone', 'address', 'wechat'], properties: { wechat } } } };
    const other = { properties: { facts: { title: '别的标题' } } };
    const [a, b] = await Promise.all([
      call('POST', `${form}/publish`, { overlay, basedOn: before, by: '张编辑' }),
      call('POST', `${form}/publish`, { overlay: other, basedOn: before, by: '李编辑' }),
    ]);
    assert.deepEqual([a.statusCode, b.statusCode].sort(), [201, 409]);
    const won = a.statusCode === 201 ? a : b;
    assert.equal(JSON.parse(won.body).version, 1);
    assert.equal(problemOf(a.statusCode === 409 ? a : b).type, '/problems/publish-conflict');
    // Only one file was written, atomically: no temporary file left beside it.
    assert.deepEqual(readdirSync(join(configDir, 'overlays')).filter((f) => f.startsWith('.')), []);

    // The citizen's page loads the published overlay, whichever won; the server enforces the same version.
    const served = JSON.parse((await t.app.inject({ method: 'GET', url: '/api/forms/legal-aid-application/overlay' })).body);
    assert.deepEqual(served, won === a ? overlay : other);
    if (won === a) {
      const without = await postJson(t.app, '/api/legal-aid', envelope(validApplication(), 'editor-pub-001'), 'editor-pub-001');
      assert.deepEqual(problemOf(without).errors!.map((e) => e.pointer), ['/contact/wechat']);
      const history = JSON.parse((await call('GET', form)).body).history;
      assert.equal(history[0].by, '张编辑');
      assert.deepEqual(history[0].summary, ['“案情和申请理由”的标题改为“事情经过”', '修改“联系方式”的必填项', '新增字段“微信号”']);
    }
    // Restore the built-in form (version 0 is the empty overlay): publish {} then restore version 1.
    const now = JSON.parse((await call('GET', form)).body).revision;
    const emptied = await call('POST', `${form}/publish`, { overlay: {}, basedOn: now });
    assert.equal(emptied.statusCode, 201);
    assert.deepEqual(JSON.parse((await t.app.inject({ method: 'GET', url: '/api/forms/legal-aid-application/overlay' })).body), {});
    const restored = await call('POST', `${form}/restore`, { version: 1, basedOn: JSON.parse(emptied.body).revision });
    assert.equal(restored.statusCode, 201, restored.body);
    assert.deepEqual(JSON.parse(restored.body).summary, ['恢复到第 1 版']);
    assert.equal(JSON.parse((await t.app.inject({ method: 'GET', url: '/api/forms/legal-aid-application/schema' })).body).properties.facts.title, JSON.parse(readFileSync(join(configDir, 'history', 'legal-aid-application', '1.json'), 'utf8')).overlay.properties.facts.title);
    assert.ok(existsSync(join(configDir, 'history', 'legal-aid-application', '3.json')));
  });
});
