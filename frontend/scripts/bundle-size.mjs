// Reports the JavaScript a first visit downloads (the entry script and the chunks index.html
// preloads) as the server sends it: the pre-compressed Brotli and gzip copies the build wrote
// (scripts/precompress.mjs). Fails when the gzip total passes the budget.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);

/** The size of the copy the server sends, or of a fresh one when the build has none. */
function sent(file, suffix, compress) {
  const path = resolve(dist, `${file}.${suffix}`);
  return existsSync(path) ? readFileSync(path).length : compress(readFileSync(resolve(dist, file))).length;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const total = { br: 0, gz: 0 };
for (const file of files) {
  const br = sent(file, 'br', brotliCompressSync);
  const gz = sent(file, 'gz', (body) => gzipSync(body, { level: 9 }));
  total.br += br;
  total.gz += gz;
  console.log(`  ${file.padEnd(40)} ${kb(br).padStart(9)} Brotli ${kb(gz).padStart(9)} gzip`);
}
console.log(`Initial JavaScript: ${kb(total.br)} Brotli, ${kb(total.gz)} gzip (budget ${BUDGET_KB} KB gzip)`);
if (total.gz / 1024 > BUDGET_KB) process.exit(1);
