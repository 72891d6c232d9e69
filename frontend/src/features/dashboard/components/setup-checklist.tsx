import type { ReactNode } from 'react';
import { useUpdateChecklist, type Checklist, type ChecklistStepKey } from '@/features/dashboard/api/get-checklist';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';
import { cn } from '@/lib/cn';

type Step = { title: string; text: string; actions: ReactNode };

function steps(trainerId: number | null | undefined): Record<ChecklistStepKey, Step> {
  const trainerHref = trainerId ? paths.trainer.getHref(trainerId) : paths.trainerNew.getHref();
  return {
    working_hours: {
      title: 'Set working hours',
      text: 'Each trainer’s bookable hours; bookings outside them need an owner or admin.',
      actions: <ButtonLink to={trainerHref} variant="secondary">{trainerId ? 'Set hours' : 'Add a trainer first'}</ButtonLink>,
    },
    invite_trainer: {
      title: 'Invite a trainer',
      text: 'Trainers sign in to see their own clients and calendar.',
      actions: <ButtonLink to={trainerHref} variant="secondary">{trainerId ? 'Invite to sign in' : 'Add a trainer'}</ButtonLink>,
    },
    add_clients: {
      title: 'Add or import clients',
      text: 'One by one, or all at once from a spreadsheet or another app’s CSV export.',
      actions: (
        <>
          <ButtonLink to={paths.clientImport.getHref()} variant="secondary">
            Import from CSV
          </ButtonLink>
          <ButtonLink to={paths.clientNew.getHref()} variant="ghost">
            Add a client
          </ButtonLink>
        </>
      ),
    },
    book_session: {
      title: 'Book a session',
      text: 'Drag over a free time in the calendar; clients see it in their portal.',
      actions: <ButtonLink to={paths.calendar.getHref()} variant="secondary">Open calendar</ButtonLink>,
    },
  };
}

/**
 * What a new studio still has to set up, each step read from its data. It goes away by itself once
 * every step is done, and a manager can hide it for the whole studio before that.
 */
export function SetupChecklist({ checklist }: { checklist: Checklist }) {
  const update = useUpdateChecklist();
  const toast = useToast();
  if (checklist.dismissed || checklist.complete) return null;
  const details = steps(checklist.trainer_id);
  const done = checklist.steps.filter((step) => step.done).length;
  const hide = () =>
    update.mutate(true, {
      onSuccess: () => toast.success('Checklist hidden. Settings → Studio shows it again.'),
      onError: (error) => toast.error(errorMessage(error)),
    });
  return (
    <Card aria-labelledby="setup-checklist-title" role="region">
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id="setup-checklist-title" className="text-base font-semibold">
            Get your studio ready
          </h2>
          <p className="text-sm text-muted">
            {done} of {checklist.steps.length} done. This goes away once all are.
          </p>
        </div>
        <Button variant="ghost" loading={update.isPending} onClick={hide}>
          Hide checklist
        </Button>
      </div>
      <ol className="flex flex-col divide-y divide-border">
        {checklist.steps.map((step) => {
          const detail = details[step.key];
          return (
            <li key={step.key} className="flex flex-wrap items-center gap-3 py-3" data-step={step.key} data-done={step.done}>
              <span
                className={cn('flex size-7 shrink-0 items-center justify-center rounded-full border text-sm font-bold', step.done ? 'border-success bg-success-soft text-success' : 'border-border text-muted')}
                aria-hidden
              >
                {step.done ? '✓' : ''}
              </span>
              <div className="min-w-0 flex-1">
                <p className={cn('text-sm font-semibold', step.done && 'text-muted line-through')}>
                  {detail.title}
                  <span className="sr-only">{step.done ? ' (done)' : ' (to do)'}</span>
                </p>
                <p className="text-sm text-muted">{detail.text}</p>
              </div>
              {step.done ? null : <div className="flex flex-wrap gap-2">{detail.actions}</div>}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
