import { useMutation, useQueryClient } from '@tanstack/react-query';
import { archiveTrainer } from '@/features/trainers/api/archive-trainer';

/**
 * Archives several trainers. The API has no bulk endpoint for trainers, so this sends one
 * request per trainer and reports how many succeeded.
 */
export async function bulkArchiveTrainers(ids: number[]): Promise<{ archived: number; failed: number }> {
  const results = await Promise.allSettled(ids.map((trainerId) => archiveTrainer({ trainerId })));
  const archived = results.filter((result) => result.status === 'fulfilled').length;
  return { archived, failed: ids.length - archived };
}

export function useBulkArchiveTrainers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkArchiveTrainers,
    onSettled: () => queryClient.invalidateQueries({ predicate: (query) => ['trainers', 'clients', 'dashboard', 'activity'].includes(String(query.queryKey[0])) }),
  });
}
