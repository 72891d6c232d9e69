// Regenerates src/lib/api-schema.ts from the backend's OpenAPI document; --check fails when the
// committed file differs, so the SPA and the API cannot drift apart.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const target = resolve(here, '..', 'src', 'lib', 'api-schema.ts');
const python = process.env.PYTHON ?? resolve(repo, '.venv', 'bin', 'python');

const specJson = execFileSync(python, [resolve(here, 'dump-openapi.py')], {
  cwd: resolve(repo, 'backend'),
  env: { ...process.env, PYTHONPATH: resolve(repo, 'backend') },
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
// A field the server defaults (load_default) is optional to send, not required.
const ast = await openapiTS(JSON.parse(specJson), { defaultNonNullable: false });
const header =
  '// Generated from the backend OpenAPI document by `npm run api:generate` (make frontend-api). Do not edit.\n\n';
const output = header + astToString(ast);

if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== output) {
    console.error(
      'src/lib/api-schema.ts is out of date with the backend OpenAPI document: run `make frontend-api` and commit it.',
    );
    process.exit(1);
  }
  console.log('src/lib/api-schema.ts matches the backend OpenAPI document.');
} else {
  writeFileSync(target, output);
  console.log(`wrote ${target}`);
}
