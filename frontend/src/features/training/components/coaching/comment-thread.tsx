import { useState, type FormEvent } from 'react';
import { useCreateWorkoutComment } from '@/features/training/api/create-workout-comment';
import { useDeleteWorkoutComment } from '@/features/training/api/delete-workout-comment';
import { useWorkoutComments, type WorkoutComment } from '@/features/training/api/get-workout-comments';
import { useUpdateWorkoutComment } from '@/features/training/api/update-workout-comment';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/field';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';
import { formatDateTime } from '@/lib/format';

const MAX_LENGTH = 2000;

function CommentItem({ comment, workoutLogId, timeZone }: { comment: WorkoutComment; workoutLogId: string; timeZone: string }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body);
  const update = useUpdateWorkoutComment();
  const remove = useDeleteWorkoutComment();
  const toast = useToast();

  function save(event: FormEvent) {
    event.preventDefault();
    update.mutate(
      { workoutLogId, commentId: comment.id, body: draft },
      { onSuccess: () => setEditing(false), onError: (error) => toast.error(errorMessage(error)) },
    );
  }

  return (
    <li className="py-2">
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-semibold">{comment.is_mine ? 'You' : comment.author_name}</span>
        <time dateTime={comment.created_at} className="text-xs text-muted">
          {formatDateTime(comment.created_at, timeZone)}
          {comment.edited ? ' · edited' : ''}
        </time>
      </p>
      {editing ? (
        <form onSubmit={save} className="mt-1 flex flex-col gap-2">
          <TextareaField label="Edit your comment" rows={3} maxLength={MAX_LENGTH} value={draft} onChange={(event) => setDraft(event.target.value)} />
          <div className="flex gap-2">
            <Button type="submit" loading={update.isPending} disabled={!draft.trim()}>
              Save
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <p className="mt-0.5 whitespace-pre-wrap break-words text-sm">{comment.body}</p>
      )}
      {!editing && (comment.can_edit || comment.can_delete) ? (
        <div className="mt-1 flex gap-1">
          {comment.can_edit ? (
            <Button variant="ghost" className="px-2 text-xs" onClick={() => setEditing(true)}>
              Edit
            </Button>
          ) : null}
          {comment.can_delete ? (
            <Button
              variant="ghost"
              className="px-2 text-xs"
              loading={remove.isPending}
              onClick={() => remove.mutate({ workoutLogId, commentId: comment.id }, { onError: (error) => toast.error(errorMessage(error)) })}
            >
              Delete
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** The comments on one workout, oldest first, and a box to add one (a coach's note or the client's reply). */
export function CommentThread({ workoutLogId, timeZone, placeholder = 'Write a comment…' }: { workoutLogId: string; timeZone: string; placeholder?: string }) {
  const comments = useWorkoutComments(workoutLogId);
  const create = useCreateWorkoutComment();
  const [body, setBody] = useState('');
  const toast = useToast();

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ workoutLogId, body }, { onSuccess: () => setBody(''), onError: (error) => toast.error(errorMessage(error)) });
  }

  return (
    <div className="flex flex-col gap-2">
      {comments.isPending ? (
        <Spinner label="Loading comments…" />
      ) : comments.isError ? (
        <ErrorState error={comments.error} onRetry={() => comments.refetch()} />
      ) : comments.data.items.length ? (
        <ul className="divide-y divide-border" aria-label="Comments">
          {comments.data.items.map((comment) => (
            <CommentItem key={comment.id} comment={comment} workoutLogId={workoutLogId} timeZone={timeZone} />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">No comments yet.</p>
      )}
      <form onSubmit={submit} className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <TextareaField
          label="Add a comment"
          wrapperClassName="flex-1"
          rows={2}
          maxLength={MAX_LENGTH}
          placeholder={placeholder}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
        <Button type="submit" loading={create.isPending} disabled={!body.trim()}>
          Post
        </Button>
      </form>
    </div>
  );
}
