/**
 * One colour per trainer, the same on every screen and in both themes: filled event blocks with
 * white text, each at least 4.5:1 (WCAG AA), on hues far enough apart to tell neighbours apart.
 */
export const TRAINER_PALETTE = [
  '#1d4ed8', // blue
  '#047857', // emerald
  '#7c3aed', // violet
  '#be185d', // pink
  '#0e7490', // cyan
  '#a16207', // ochre
  '#4d7c0f', // olive
  '#a21caf', // fuchsia
  '#0f766e', // teal
  '#4338ca', // indigo
  '#b91c1c', // red
  '#475569', // slate
] as const;

export type TrainerColor = { background: string; text: string };

/** Consecutive ids (how trainers are created) get different colours; the same id always the same one. */
export function trainerColor(trainerId: number): TrainerColor {
  const index = ((Math.trunc(trainerId) % TRAINER_PALETTE.length) + TRAINER_PALETTE.length) % TRAINER_PALETTE.length;
  return { background: TRAINER_PALETTE[index], text: '#ffffff' };
}
