import { useClientPhotos } from '@/features/progress/api/get-client-photos';
import { PhotoCompare } from '@/features/progress/components/photos/photo-compare';
import { PhotoTimeline } from '@/features/progress/components/photos/photo-timeline';
import { PhotoUpload } from '@/features/progress/components/photos/photo-upload';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';

// Enough days for the compare view's choices and the timeline on one page.
const DAYS = 60;

/** Upload, compare and browse one client's progress photos: the portal's Photos screen and the coach's section. */
export function ProgressPhotos({ clientId, timeZone, emptyHint }: { clientId: number; timeZone?: string | null; emptyHint: string }) {
  const photos = useClientPhotos(clientId, 1, DAYS);
  return (
    <div className="flex flex-col gap-4">
      <Card className="flex flex-col gap-3">
        <h3 className="text-base font-semibold">Add photos</h3>
        <PhotoUpload clientId={clientId} timeZone={timeZone} days={photos.data?.items ?? []} />
      </Card>
      {photos.isPending ? (
        <Spinner label="Loading photos…" />
      ) : photos.isError ? (
        <ErrorState error={photos.error} onRetry={() => photos.refetch()} />
      ) : photos.data.items.length === 0 ? (
        <EmptyState compact title="No photos yet">
          {emptyHint}
        </EmptyState>
      ) : (
        <>
          <Card className="flex flex-col gap-3">
            <h3 className="text-base font-semibold">Compare</h3>
            <PhotoCompare clientId={clientId} days={photos.data.items.map((day) => day.taken_on)} />
          </Card>
          <Card className="flex flex-col gap-3">
            <h3 className="text-base font-semibold">Timeline</h3>
            <PhotoTimeline clientId={clientId} days={photos.data.items} />
          </Card>
        </>
      )}
    </div>
  );
}
