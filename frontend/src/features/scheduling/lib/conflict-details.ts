import { ApiError } from '@/lib/api-error';

/** The session in the way of a refused booking or move (`fields.conflict` of a 409). */
export type ConflictingSession = { sessionId: number; trainerId: number; startsAt: string };
/** A free time the server offers instead, labelled in the user's zone. */
export type SuggestedTime = { startsAt: string; endsAt: string; label: string };
export type ConflictDetails = { conflict: ConflictingSession | null; suggestions: SuggestedTime[] };

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** What a 409 `booking_conflict` or `outside_working_hours` says beyond its message; empty for any other error. */
export function conflictDetails(error: unknown): ConflictDetails {
  if (!(error instanceof ApiError) || error.status !== 409) return { conflict: null, suggestions: [] };
  const raw = error.details.conflict;
  const conflict =
    isRecord(raw) && typeof raw.session_id === 'number' && typeof raw.trainer_id === 'number' && typeof raw.starts_at === 'string'
      ? { sessionId: raw.session_id, trainerId: raw.trainer_id, startsAt: raw.starts_at }
      : null;
  const list = Array.isArray(error.details.suggestions) ? error.details.suggestions : [];
  const suggestions = list
    .filter(isRecord)
    .filter((item) => typeof item.starts_at === 'string' && typeof item.ends_at === 'string' && typeof item.label === 'string')
    .map((item) => ({ startsAt: item.starts_at as string, endsAt: item.ends_at as string, label: item.label as string }));
  return { conflict, suggestions };
}
