import { ProgressPhotos } from '@/features/progress/components/photos/progress-photos';

/** A client's progress photos for their coach: add them, compare two days, browse and delete. */
export function ClientPhotosSection({ clientId, timeZone }: { clientId: number; timeZone?: string | null }) {
  return (
    <section aria-labelledby="client-photos-heading" className="flex flex-col gap-3" data-testid="client-photos">
      <h2 id="client-photos-heading" className="text-lg font-semibold">
        Progress photos
      </h2>
      <ProgressPhotos clientId={clientId} timeZone={timeZone} emptyHint="Front, side and back photos appear here, by day, as the client or you add them." />
    </section>
  );
}
