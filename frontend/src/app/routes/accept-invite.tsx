import { useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '@/app/layouts/auth-layout';
import { AcceptInviteForm } from '@/features/auth/components/accept-invite-form';
import { homePathFor } from '@/config/paths';

export default function AcceptInviteRoute() {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  return (
    <AuthLayout title="Accept your invitation">
      <AcceptInviteForm token={search.get('token') ?? ''} onSuccess={(me) => navigate(homePathFor(me.role), { replace: true })} />
    </AuthLayout>
  );
}
