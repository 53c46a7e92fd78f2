/**
 * ajv's verdict for browser tests, given in Node (ajv is CommonJS and stays out of the test
 * bundle): `executeServerCommand('ajv-verdict', { schema, data })` → `{ valid, errors }`, with
 * core's formats registered as ajv formats, as in packages/core/test/differential.test.ts.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const formatsModule = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'core'), 'src', 'formats', 'index.ts');

export function ajvVerdict() {
  let ajv;
  return {
    name: 'fz-ajv-verdict',
    async executeCommand({ command, payload }) {
      if (command !== 'ajv-verdict') return undefined;
      if (!ajv) {
        const { tsImport } = await import('tsx/esm/api');
        const { formats } = await tsImport(formatsModule, import.meta.url);
        ajv = new Ajv2020({ allErrors: true, strict: false, multipleOfPrecision: 9 });
        for (const [name, def] of Object.entries(formats)) ajv.addFormat(name, { type: 'string', validate: (s) => def.check(s) === null });
      }
      const { $id: _id, ...schema } = payload.schema; // generated schemas share one $id
      const valid = ajv.validate(schema, payload.data);
      return { valid, errors: ajv.errorsText() };
    },
  };
}
