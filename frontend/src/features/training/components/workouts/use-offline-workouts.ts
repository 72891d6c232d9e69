import { useQuery } from '@tanstack/react-query';
import { getTodayWorkout, type PlannedWorkout, type TodayWorkout } from '@/features/training/api/get-today-workout';
import { getUpcomingWorkouts } from '@/features/training/api/get-upcoming-workouts';
import { applyServerLog, loadWorkouts, ownerOf, saveWorkouts } from '@/features/training/components/workouts/offline-store';
import { ApiError } from '@/lib/api-error';

export type OfflineWorkouts = { today: TodayWorkout; upcoming: PlannedWorkout[]; offline: boolean; savedAt: string | null };

/**
 * Today's workout and the next few, from the server when it answers (then kept in IndexedDB, with
 * whatever the server already holds of their logs), else from the phone's last copy.
 */
export async function loadOfflineWorkouts(userId: number, clientId: number | null): Promise<OfflineWorkouts> {
  const owner = ownerOf(userId, clientId);
  try {
    const [today, upcoming] = await Promise.all([getTodayWorkout(clientId ?? undefined), getUpcomingWorkouts(clientId ?? undefined)]);
    await saveWorkouts(owner, { today, upcoming });
    const logs = [today.workout?.log, ...upcoming.map((workout) => workout.log)].filter((log) => !!log);
    for (const log of logs) await applyServerLog(owner, clientId, log);
    return { today, upcoming, offline: false, savedAt: null };
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 0)) throw error;
    const saved = await loadWorkouts(owner);
    if (!saved) throw error;
    return { today: saved.today, upcoming: saved.upcoming, offline: true, savedAt: saved.saved_at };
  }
}

export function useOfflineWorkouts(userId: number, clientId: number | null) {
  return useQuery({
    queryKey: ['training', 'workouts', 'today', userId, clientId],
    queryFn: () => loadOfflineWorkouts(userId, clientId),
    // Offline is when this matters most: run the query anyway, and fall back to the phone's copy.
    networkMode: 'always',
    retry: false,
    staleTime: 60_000,
  });
}
