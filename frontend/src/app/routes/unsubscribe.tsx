import { useSearchParams } from 'react-router';
import { AuthLayout } from '@/app/layouts/auth-layout';
import { UnsubscribeConfirm } from '@/features/notifications/components/unsubscribe-confirm';

/** The page an email's unsubscribe link opens: readable signed out, it confirms with one click. */
export default function UnsubscribeRoute() {
  const [search] = useSearchParams();
  return (
    <AuthLayout title="Unsubscribe">
      <UnsubscribeConfirm token={search.get('token') ?? ''} />
    </AuthLayout>
  );
}
