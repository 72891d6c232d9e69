// Reports the JavaScript a first visit downloads (the entry script and the chunks index.html
// preloads), gzipped, and fails when it passes the budget.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);

let total = 0;
for (const file of files) {
  const size = gzipSync(readFileSync(resolve(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`  ${file.padEnd(40)} ${(size / 1024).toFixed(1)} KB gzipped`);
}
console.log(`Initial JavaScript: ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (total / 1024 > BUDGET_KB) process.exit(1);
