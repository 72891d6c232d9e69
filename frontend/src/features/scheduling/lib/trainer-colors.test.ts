import { expect, test } from 'vitest';
import { TRAINER_PALETTE, trainerColor } from '@/features/scheduling/lib/trainer-colors';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

test('the same trainer always gets the same colour', () => {
  expect(trainerColor(7)).toEqual(trainerColor(7));
  expect(trainerColor(7 + TRAINER_PALETTE.length)).toEqual(trainerColor(7));
});

test('consecutive trainers get different colours', () => {
  const colours = Array.from({ length: TRAINER_PALETTE.length }, (_, index) => trainerColor(index + 1).background);
  expect(new Set(colours).size).toBe(TRAINER_PALETTE.length);
});

test('odd ids still map into the palette', () => {
  expect(TRAINER_PALETTE).toContain(trainerColor(-3).background);
  expect(TRAINER_PALETTE).toContain(trainerColor(0).background);
});

test('event text is readable on every trainer colour (WCAG AA)', () => {
  for (const colour of TRAINER_PALETTE) expect(contrast(colour, trainerColor(0).text), colour).toBeGreaterThanOrEqual(4.5);
});

test('every colour stands out from both themes’ page backgrounds', () => {
  // Dark surface #1c1917 and light surface #ffffff (src/index.css): a block must not melt into either.
  for (const colour of TRAINER_PALETTE) {
    expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colour, '#1c1917'), colour).toBeGreaterThanOrEqual(1.5);
  }
});
