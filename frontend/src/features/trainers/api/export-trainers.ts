import { useMutation } from '@tanstack/react-query';
import type { TrainerQuery } from '@/features/trainers/api/get-trainers';
import { downloadFile } from '@/lib/api-client';

export function trainersExportPath(query: TrainerQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key !== 'page' && key !== 'per_page' && value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/trainers/export${search ? `?${search}` : ''}`;
}

export function useExportTrainers() {
  return useMutation({ mutationFn: (query: TrainerQuery) => downloadFile(trainersExportPath(query), 'trainers.csv') });
}
