import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PortalLayout } from '@/app/layouts/portal-layout';
import { StaffLayout } from '@/app/layouts/staff-layout';
import { isStaff, useMe } from '@/features/auth/api/get-me';
import { ErrorState, Spinner } from '@/components/ui/states';
import { homePathFor, paths } from '@/config/paths';

function useSignInRedirect() {
  const location = useLocation();
  return paths.signIn.getHref(`${location.pathname}${location.search}`);
}

function Gate({ children }: { children: ReactNode }) {
  return <div className="min-h-dvh">{children}</div>;
}

/** Owners, admins and trainers get the staff app; anyone else is sent where they belong. */
export function StaffGate() {
  const me = useMe();
  const signIn = useSignInRedirect();
  if (me.isPending) return <Gate><Spinner /></Gate>;
  if (me.isError) return <Gate><ErrorState error={me.error} onRetry={() => me.refetch()} /></Gate>;
  if (!me.data) return <Navigate to={signIn} replace />;
  if (!isStaff(me.data)) return <Navigate to={homePathFor(me.data.role)} replace />;
  return <StaffLayout me={me.data} />;
}

/** A client's portal; staff who land here go to the dashboard. */
export function PortalGate() {
  const me = useMe();
  const signIn = useSignInRedirect();
  if (me.isPending) return <Gate><Spinner /></Gate>;
  if (me.isError) return <Gate><ErrorState error={me.error} onRetry={() => me.refetch()} /></Gate>;
  if (!me.data) return <Navigate to={signIn} replace />;
  if (me.data.role !== 'client') return <Navigate to={homePathFor(me.data.role)} replace />;
  return <PortalLayout me={me.data} />;
}
