import { useCurrentUser } from '@/app/use-current-user';
import { ProgressPhotos } from '@/features/progress/components/photos/progress-photos';
import { EmptyState } from '@/components/ui/states';

/** The client portal's Photos: take front, side and back photos with the phone, see them by day, compare two days. */
export default function PortalPhotosRoute() {
  const me = useCurrentUser();
  if (!me.client_id) return <EmptyState title="Your profile is not set up yet">Ask your studio to link your account to your client profile.</EmptyState>;
  return (
    <section aria-labelledby="portal-photos-heading" className="flex flex-col gap-4" data-testid="portal-photos">
      <div>
        <h1 id="portal-photos-heading" className="text-2xl font-bold tracking-tight">
          Progress photos
        </h1>
        <p className="mt-1 text-sm text-muted">Only you and your coaches see them.</p>
      </div>
      <ProgressPhotos clientId={me.client_id} timeZone={me.timezone} emptyHint="Take a front, side and back photo today; in a few weeks, compare them with new ones." />
    </section>
  );
}
