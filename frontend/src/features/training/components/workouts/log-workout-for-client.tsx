import { useState } from 'react';
import { TodayScreen } from '@/features/training/components/workouts/today-screen';
import { Button } from '@/components/ui/button';
import { SidePanel } from '@/components/ui/side-panel';

/** "Log a workout" on a client's page: the client's own logging screen, logged by the trainer on their behalf. */
export function LogWorkoutForClient({ userId, clientId, clientName }: { userId: number; clientId: number; clientName: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Log a workout
      </Button>
      <SidePanel open={open} onClose={() => setOpen(false)} title={`Log a workout for ${clientName}`}>
        {open ? <TodayScreen userId={userId} clientId={clientId} /> : null}
      </SidePanel>
    </>
  );
}
