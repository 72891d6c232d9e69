import { useState } from 'react';
import { BodyCompositionChart } from '@/features/progress/components/measurements/body-composition-chart';
import { LatestMeasurements } from '@/features/progress/components/measurements/latest-measurements';
import { MeasurementChart } from '@/features/progress/components/measurements/measurement-chart';
import { MeasurementEntryForm } from '@/features/progress/components/measurements/measurement-entry-form';
import type { RangeChoice } from '@/features/progress/components/measurements/measurement-format';
import { MeasurementHistory } from '@/features/progress/components/measurements/measurement-history';
import { Card } from '@/components/ui/card';

/** Everything about a client's measurements, for the client on their phone and for their coach alike. */
export function ProgressMeasurements({ clientId, timeZone, who }: { clientId: number; timeZone?: string | null; who: 'your' | 'their' }) {
  const [range, setRange] = useState<RangeChoice>({ key: '90d' });
  return (
    <div className="flex flex-col gap-4">
      <LatestMeasurements clientId={clientId} timeZone={timeZone} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card className="flex flex-col gap-3">
          <h3 className="text-base font-semibold">New measurements</h3>
          <MeasurementEntryForm clientId={clientId} timeZone={timeZone} who={who} />
        </Card>
        <Card className="flex min-w-0 flex-col gap-3">
          <h3 className="text-base font-semibold">Over time</h3>
          <MeasurementChart clientId={clientId} timeZone={timeZone} range={range} onRange={setRange} />
        </Card>
        <Card className="flex min-w-0 flex-col gap-3">
          <h3 className="text-base font-semibold">Body composition</h3>
          <BodyCompositionChart clientId={clientId} timeZone={timeZone} range={range} />
        </Card>
        <Card className="flex min-w-0 flex-col gap-3">
          <h3 className="text-base font-semibold">Entries and corrections</h3>
          <MeasurementHistory clientId={clientId} timeZone={timeZone} />
        </Card>
      </div>
    </div>
  );
}
