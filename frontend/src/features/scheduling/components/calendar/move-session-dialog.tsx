import { DateTime } from 'luxon';
import { useState } from 'react';
import type { SeriesScope } from '@/features/scheduling/api/update-session';
import type { SessionMove } from '@/features/scheduling/components/calendar/session-calendar';
import { ScopeChoice } from '@/features/scheduling/components/calendar/scope-choice';
import { ConflictHelp } from '@/features/scheduling/components/conflict/conflict-help';
import type { SuggestedTime } from '@/features/scheduling/lib/conflict-details';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { ApiError } from '@/lib/api-error';

/**
 * A drag waiting for an answer: which occurrences it moves, whether to move outside working hours
 * (owners, admins), or, once refused, where else it could go.
 */
export type PendingMove =
  | { move: SessionMove; scope: SeriesScope; step: 'scope' }
  | { move: SessionMove; scope: SeriesScope; step: 'override' | 'refused'; error: ApiError };

type MoveSessionDialogProps = {
  pending: PendingMove | null;
  zone: string;
  saving: boolean;
  canOpenSession: (trainerId: number) => boolean;
  onConfirm: (scope: SeriesScope, override: boolean) => void;
  onPick: (time: SuggestedTime) => void;
  onCancel: () => void;
};

function ScopeStep({ pending, zone, saving, onConfirm, onCancel }: Omit<MoveSessionDialogProps, 'pending'> & { pending: PendingMove }) {
  const [scope, setScope] = useState<SeriesScope>(pending.scope);
  const { move } = pending;
  const otherDay = !move.start.hasSame(DateTime.fromISO(move.session.starts_at, { zone }), 'day');
  return (
    <>
      <p className="mb-3 text-sm text-muted">
        To {move.start.toFormat('ccc, LLL d, t')} – {move.end.toFormat('t')}.
      </p>
      <ScopeChoice value={scope} onChange={setScope} legend="Move" />
      {otherDay ? <p className="mt-2 text-sm text-muted">A series keeps its days: moving to another day works for this occurrence only.</p> : null}
      <div className="mt-5 flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button loading={saving} onClick={() => onConfirm(scope, false)}>
          Move
        </Button>
      </div>
    </>
  );
}

const TITLES = { scope: 'Move a repeating session', override: 'Outside working hours', refused: 'Can’t move it there' } as const;

/** Asks the scope of a dragged occurrence, whether to move outside working hours, or offers other times after a refusal. */
export function MoveSessionDialog(props: MoveSessionDialogProps) {
  const { pending, zone, saving, canOpenSession, onConfirm, onPick, onCancel } = props;
  return (
    <Dialog open={pending !== null} onClose={onCancel} title={pending ? TITLES[pending.step] : ''}>
      {pending?.step === 'scope' ? <ScopeStep {...props} pending={pending} key={pending.move.session.id} /> : null}
      {pending && pending.step !== 'scope' ? (
        <div className="flex flex-col gap-3 text-sm" data-testid="move-refused">
          <p>{pending.error.message}</p>
          <ConflictHelp error={pending.error} zone={zone} canOpen={canOpenSession} verb="Move to" pending={saving} onPick={onPick} />
          <div className="mt-2 flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={onCancel}>
              {pending.step === 'refused' ? 'Keep it where it was' : 'Cancel'}
            </Button>
            {pending.step === 'override' ? (
              <Button variant="danger" loading={saving} onClick={() => onConfirm(pending.scope, true)}>
                Move anyway (outside working hours)
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
