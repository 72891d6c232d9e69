export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export const QUESTION_KINDS = [
  ['scale', 'Scale 1–10'],
  ['number', 'Number'],
  ['short_text', 'Short text'],
  ['long_text', 'Long text'],
  ['choice', 'Choice'],
  ['photo', 'Photo'],
] as const;

export type QuestionKind = (typeof QUESTION_KINDS)[number][0];

/** A due day (yyyy-mm-dd) as "Sunday 7 December". */
export function dueDay(day: string): string {
  return new Date(`${day}T00:00:00`).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** A due day as "7 Dec 2026". */
export function shortDate(day: string): string {
  return new Date(`${day}T00:00:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}
