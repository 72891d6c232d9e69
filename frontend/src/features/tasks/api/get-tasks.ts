import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api-schema';

export type Task = Required<components['schemas']['Task']>;
export type TaskPage = { items: Task[]; meta: components['schemas']['PageMeta'] };
export type TaskQuery = NonNullable<paths['/api/tasks']['get']['parameters']['query']>;
export type TaskSummary = components['schemas']['TaskSummary'];
export type TaskInput = components['schemas']['TaskCreate'];

export async function getTasks(query: TaskQuery): Promise<TaskPage> {
  return unwrap(await api.GET('/api/tasks', { params: { query } })) as TaskPage;
}

/** One page of tasks: a trainer's own, everyone's for managers (or only the caller's with `mine`). */
export function useTasks(query: TaskQuery) {
  return useQuery({ queryKey: ['tasks', 'list', query], queryFn: () => getTasks(query), placeholderData: keepPreviousData });
}

/** The caller's open tasks: how many, due today, overdue (the dashboard's card). */
export function useTaskSummary() {
  return useQuery({ queryKey: ['tasks', 'summary'], queryFn: async () => unwrap(await api.GET('/api/tasks/summary')) as TaskSummary });
}

/** Make a task (for yourself unless an assignee is named). */
export function useCreateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: TaskInput) => unwrap(await api.POST('/api/tasks', { body })) as Task,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tasks'] }),
  });
}

/** Mark a task done, or (done = false) to do again. */
export function useSetTaskDone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, done }: { id: number; done: boolean }) => {
      const params = { params: { path: { task_id: id } } };
      return unwrap(await (done ? api.POST('/api/tasks/{task_id}/complete', params) : api.POST('/api/tasks/{task_id}/reopen', params))) as Task;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tasks'] }),
  });
}
