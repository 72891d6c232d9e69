import { Link } from 'react-router';
import { sessionHref } from '@/features/scheduling/lib/session-links';
import { conflictDetails, type SuggestedTime } from '@/features/scheduling/lib/conflict-details';
import { Button } from '@/components/ui/button';

type ConflictHelpProps = {
  error: unknown;
  zone: string;
  /** Whether the user may open a session of this trainer (their own, or any for owners and admins). */
  canOpen: (trainerId: number) => boolean;
  /** What choosing a time does: "Book" or "Move to". */
  verb: string;
  pending: boolean;
  onPick: (time: SuggestedTime) => void;
};

/** Under a refused booking or move: a link to the session in the way and the nearest free times, one click each. */
export function ConflictHelp({ error, zone, canOpen, verb, pending, onPick }: ConflictHelpProps) {
  const { conflict, suggestions } = conflictDetails(error);
  return (
    <>
      {conflict && canOpen(conflict.trainerId) ? (
        <Link to={sessionHref({ id: conflict.sessionId, starts_at: conflict.startsAt }, zone)} className="inline-flex min-h-11 items-center self-start font-medium underline">
          Open the session in the way
        </Link>
      ) : null}
      {suggestions.length ? (
        <div className="flex flex-col gap-1.5">
          <p className="font-medium">Nearest free times</p>
          <ul className="flex flex-wrap gap-1.5" aria-label="Nearest free times">
            {suggestions.map((time) => (
              <li key={time.startsAt}>
                <Button variant="secondary" className="min-h-10 px-3 font-medium tabular-nums" disabled={pending} aria-label={`${verb} ${time.label}`} onClick={() => onPick(time)}>
                  {time.label}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
