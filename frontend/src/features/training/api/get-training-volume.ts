import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type TrainingVolumeSeries = Required<components['schemas']['TrainingVolumeSeries']>;
export type TrainingVolume = Required<Omit<components['schemas']['TrainingVolume'], 'series'>> & { series: TrainingVolumeSeries[] };

export async function getTrainingVolume(clientId: number): Promise<TrainingVolume> {
  return unwrap(await api.GET('/api/clients/{client_id}/training/volume', { params: { path: { client_id: clientId } } })) as TrainingVolume;
}

/** Kilograms per week per primary muscle group over the last 12 weeks, in the client's zone. */
export function useTrainingVolume(clientId: number) {
  return useQuery({ queryKey: ['training', 'volume', clientId], queryFn: () => getTrainingVolume(clientId), enabled: clientId > 0 });
}
