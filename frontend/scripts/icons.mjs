// Renders the PWA's icons (public/icons/*.png) from one SVG with the installed chromium.
// Run `node scripts/icons.mjs` after changing the mark; the PNGs are committed, so builds need no browser.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const OUT = resolve(import.meta.dirname, '..', 'public', 'icons');
const ORANGE = '#f97316';
const INK = '#1c0a00';
const NIGHT = '#0c0a09';

// The "F" of favicon.svg on a 32-unit grid; `inset` shrinks it into a maskable icon's safe zone (80%).
function svg({ rounded, inset, background }) {
  const scale = 1 - inset * 2;
  const offset = 16 * (1 - scale);
  const rect = rounded ? `<rect width="32" height="32" rx="7" fill="${ORANGE}"/>` : `<rect width="32" height="32" fill="${background}"/>`;
  const badge = rounded ? '' : `<rect x="${offset}" y="${offset}" width="${32 * scale}" height="${32 * scale}" rx="${7 * scale}" fill="${ORANGE}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${rect}${badge}
    <g transform="translate(${offset} ${offset}) scale(${scale})"><path d="M9 22V10h11v3h-7.5v2.5H19v3h-6.5V22z" fill="${INK}"/></g></svg>`;
}

const ICONS = [
  // Any-purpose icons: the rounded orange tile, as in the favicon.
  { file: 'icon-192.png', size: 192, mark: svg({ rounded: true, inset: 0 }) },
  { file: 'icon-512.png', size: 512, mark: svg({ rounded: true, inset: 0 }) },
  // Maskable: full-bleed background, the mark inside the central 80% that every mask keeps.
  { file: 'icon-maskable-512.png', size: 512, mark: svg({ rounded: false, inset: 0.1, background: NIGHT }) },
  // iOS rounds the corners itself and shows transparency as black: a full-bleed tile.
  { file: 'apple-touch-icon-180.png', size: 180, mark: svg({ rounded: false, inset: 0.08, background: ORANGE }) },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${icon.mark.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `)}</body></html>`);
    writeFileSync(resolve(OUT, icon.file), await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } }));
    await page.close();
    console.log(`wrote public/icons/${icon.file}`);
  }
} finally {
  await browser.close();
}
