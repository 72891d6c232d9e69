import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useCreateTask, useSetTaskDone, useTasks, type Task } from '@/features/tasks/api/get-tasks';
import { dueText, sourceText, todayIn } from '@/features/tasks/components/task-words';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { useTrainerOptions } from '@/features/trainers/api/get-trainers';
import { InputField, SelectField } from '@/components/ui/field';
import { FilterSelect } from '@/components/ui/filter-select';
import { ListFooter } from '@/components/ui/list-footer';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';
import { toQuery } from '@/lib/list-params';
import { useListParams } from '@/lib/use-list-params';

const DEFAULTS = { status: 'open' };
const FILTERS = ['status'] as const;

function TaskRow({ task, today, busy, onToggle }: { task: Task; today: string; busy: boolean; onToggle: () => void }) {
  const done = !!task.completed_at;
  const overdue = !done && !!task.due_on && task.due_on < today;
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4" data-testid="task">
      <div className="min-w-0 flex-1 text-sm">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className={done ? 'font-semibold text-muted line-through' : 'font-semibold'}>{task.title}</span>
          {overdue ? <Badge tone="danger">Overdue</Badge> : null}
          {task.source === 'automation' ? <Badge tone="primary">Automation</Badge> : null}
        </p>
        {task.notes ? <p className="mt-1 break-words">{task.notes}</p> : null}
        <p className="mt-1 text-xs text-muted">
          {dueText(task, today)} · For {task.assignee_name}
          {task.client_id && task.client_name ? (
            <>
              {' · About '}
              <Link className="underline" to={paths.client.getHref(task.client_id)}>
                {task.client_name}
              </Link>
            </>
          ) : null}
          {' · '}
          {sourceText(task)}
          {done && task.completed_by_name ? ` · Done by ${task.completed_by_name}` : ''}
        </p>
      </div>
      <Button variant="secondary" className="self-start" loading={busy} onClick={onToggle} aria-label={`${done ? 'Reopen' : 'Complete'}: ${task.title}`}>
        {done ? 'Reopen' : 'Complete'}
      </Button>
    </li>
  );
}

/** Add a task: for yourself, or (owners and admins) for a trainer with an account. */
function NewTaskForm({ canAssign }: { canAssign: boolean }) {
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const create = useCreateTask();
  const trainers = useTrainerOptions({ enabled: canAssign });
  const assignable = (trainers.data?.items ?? []).filter((trainer) => trainer.user_id);
  const toast = useToast();

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { title, due_on: dueOn || null, assignee_id: assigneeId ? Number(assigneeId) : null },
      {
        onSuccess: (task) => {
          toast.success(assigneeId ? `Task “${task.title}” added for ${task.assignee_name}.` : `Task “${task.title}” added.`);
          setTitle('');
          setDueOn('');
        },
        onError: (error) => toast.error(errorMessage(error)),
      },
    );
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3" aria-label="New task">
      <InputField label="New task" value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={200} wrapperClassName="min-w-56 flex-1" />
      <InputField label="Due" type="date" value={dueOn} onChange={(event) => setDueOn(event.target.value)} />
      {canAssign ? (
        <SelectField label="For" value={assigneeId} onChange={(event) => setAssigneeId(event.target.value)} wrapperClassName="min-w-48">
          <option value="">Me</option>
          {assignable.map((trainer) => (
            <option key={trainer.id} value={trainer.user_id!}>
              {trainer.full_name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <Button type="submit" loading={create.isPending}>
        Add task
      </Button>
    </form>
  );
}

/** Tasks: open ones by due date with Complete, done ones with Reopen, and a quick form to add one. */
export function TaskList({ timeZone, canAssign }: { timeZone: string; canAssign: boolean }) {
  const { state, update } = useListParams(DEFAULTS, FILTERS);
  const tasks = useTasks(toQuery(state) as Parameters<typeof useTasks>[0]);
  const setDone = useSetTaskDone();
  const toast = useToast();
  const today = todayIn(timeZone);

  function toggle(task: Task) {
    const done = !task.completed_at;
    setDone.mutate(
      { id: task.id, done },
      { onSuccess: () => toast.success(done ? `“${task.title}” done.` : `“${task.title}” is to do again.`), onError: (error) => toast.error(errorMessage(error)) },
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <NewTaskForm canAssign={canAssign} />
      <div className="flex flex-wrap items-end gap-3">
        <FilterSelect label="Show" value={state.status} onChange={(status) => update({ status })}>
          <option value="open">To do</option>
          <option value="done">Done</option>
          <option value="all">All tasks</option>
        </FilterSelect>
      </div>
      {tasks.isPending ? (
        <Spinner label="Loading tasks…" />
      ) : tasks.isError ? (
        <ErrorState error={tasks.error} onRetry={() => tasks.refetch()} />
      ) : tasks.data.items.length === 0 ? (
        <EmptyState title={state.status === 'done' ? 'Nothing done yet' : 'Nothing to do'}>Tasks you add, and those automations make for you, appear here.</EmptyState>
      ) : (
        <Card>
          <ul aria-label="Tasks" className="flex flex-col divide-y divide-border">
            {tasks.data.items.map((task) => (
              <TaskRow key={task.id} task={task} today={today} busy={setDone.isPending && setDone.variables?.id === task.id} onToggle={() => toggle(task)} />
            ))}
          </ul>
          <ListFooter meta={tasks.data.meta} onPage={(page) => update({ page })} onPerPage={(per_page) => update({ per_page })} />
        </Card>
      )}
    </div>
  );
}
