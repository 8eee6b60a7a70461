// Generates the API types from the contracts in ../openapi (never committed, never hand-written).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const specs = {
  registry: 'asset-registry.yaml',
  freezing: 'freezing.yaml',
  trace: 'financial-trace.yaml',
};
const outDir = new URL('../src/api/generated/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const [name, file] of Object.entries(specs)) {
  const spec = new URL(`../../openapi/${file}`, import.meta.url);
  const ast = await openapiTS(spec, { alphabetize: false });
  const target = new URL(`${name}.ts`, outDir);
  writeFileSync(target, '// Generated from openapi/' + file + ' by scripts/gen-api.mjs; do not edit.\n' + astToString(ast));
  console.log('generated', fileURLToPath(target));
}
