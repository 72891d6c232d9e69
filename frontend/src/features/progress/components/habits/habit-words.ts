import type { HabitDayState } from '@/features/progress/api/get-habit-grid';

/** "5-day streak", "No streak yet": how a streak reads. */
export function streakText(days: number): string {
  if (days <= 0) return 'No streak yet';
  return days === 1 ? '1-day streak' : `${days}-day streak`;
}

export const STATE_LABELS: Record<HabitDayState, string> = {
  done: 'Done',
  partial: 'Logged, below target',
  missed: 'Missed',
  open: 'Today, not done yet',
  off: 'Before the habit started',
};

/** An amount with thousands separators and no trailing zeros: 10,000 or 1.5. */
export function amount(value: number | null | undefined): string {
  return value == null ? '—' : value.toLocaleString(undefined, { maximumFractionDigits: 2 });
}

/** A day (yyyy-mm-dd) as "Mon 3 Nov". */
export function shortDay(day: string): string {
  return new Date(`${day}T00:00:00`).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
}
