// Writes a Brotli (.br) and a gzip (.gz) copy next to each text file of the build, so that the
// server (backend/fitnesscrm/spa.py) sends compressed bytes without compressing per request.
// A copy that would not be smaller than the file is not written.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|xml|ico)$/;

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const totals = { plain: 0, br: 0, gz: 0 };
for (const file of filesUnder(dist).filter((name) => COMPRESSIBLE.test(name))) {
  const plain = readFileSync(file);
  const forms = {
    br: brotliCompressSync(plain, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
      },
    }),
    gz: gzipSync(plain, { level: 9 }),
  };
  totals.plain += plain.length;
  for (const [suffix, body] of Object.entries(forms)) {
    if (body.length < plain.length) writeFileSync(`${file}.${suffix}`, body);
    totals[suffix] += Math.min(body.length, plain.length);
  }
}
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(`Pre-compressed the build: ${kb(totals.plain)} → ${kb(totals.br)} Brotli, ${kb(totals.gz)} gzip`);
