import { DateTime } from 'luxon';
import { useState } from 'react';
import type { SeriesScope } from '@/features/scheduling/api/update-session';
import type { SessionMove } from '@/features/scheduling/components/calendar/session-calendar';
import { ScopeChoice } from '@/features/scheduling/components/calendar/scope-choice';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

/** A drag waiting for an answer: which occurrences it moves, or whether to move outside working hours. */
export type PendingMove = { move: SessionMove; scope: SeriesScope; step: 'scope' } | { move: SessionMove; scope: SeriesScope; step: 'override'; message: string };

type MoveSessionDialogProps = {
  pending: PendingMove | null;
  zone: string;
  saving: boolean;
  onConfirm: (scope: SeriesScope, override: boolean) => void;
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

/** Asks the scope of a dragged occurrence, or (owners, admins) whether to move outside working hours. */
export function MoveSessionDialog(props: MoveSessionDialogProps) {
  const { pending, saving, onConfirm, onCancel } = props;
  return (
    <Dialog open={pending !== null} onClose={onCancel} title={pending?.step === 'override' ? 'Outside working hours' : 'Move a repeating session'}>
      {pending?.step === 'scope' ? <ScopeStep {...props} pending={pending} key={pending.move.session.id} /> : null}
      {pending?.step === 'override' ? (
        <>
          <p className="text-sm">{pending.message}</p>
          <div className="mt-5 flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={onCancel}>
              Cancel
            </Button>
            <Button variant="danger" loading={saving} onClick={() => onConfirm(pending.scope, true)}>
              Move anyway (outside working hours)
            </Button>
          </div>
        </>
      ) : null}
    </Dialog>
  );
}
