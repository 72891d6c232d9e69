import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { PortalGate, StaffGate } from '@/app/guards';
import { Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';

// Every screen is its own chunk; the first load carries only the shell.
function page(load: () => Promise<{ default: ComponentType }>) {
  const Page = lazy(load);
  return (
    <Suspense fallback={<Spinner />}>
      <Page />
    </Suspense>
  );
}

const router = createBrowserRouter([
  { path: paths.signIn.path, element: page(() => import('@/app/routes/sign-in')) },
  { path: paths.signUp.path, element: page(() => import('@/app/routes/sign-up')) },
  { path: paths.forgotPassword.path, element: page(() => import('@/app/routes/forgot-password')) },
  { path: paths.resetPassword.path, element: page(() => import('@/app/routes/reset-password')) },
  { path: paths.unlockSignIn.path, element: page(() => import('@/app/routes/unlock-sign-in')) },
  { path: paths.acceptInvite.path, element: page(() => import('@/app/routes/accept-invite')) },
  {
    element: <PortalGate />,
    children: [{ path: paths.portal.path, element: page(() => import('@/app/routes/portal')) }],
  },
  {
    element: <StaffGate />,
    children: [
      { path: paths.dashboard.path, element: page(() => import('@/app/routes/dashboard')) },
      { path: paths.clients.path, element: page(() => import('@/app/routes/clients')) },
      { path: paths.clientNew.path, element: page(() => import('@/app/routes/client-new')) },
      { path: paths.client.path, element: page(() => import('@/app/routes/client')) },
      { path: paths.clientEdit.path, element: page(() => import('@/app/routes/client-edit')) },
      { path: paths.trainers.path, element: page(() => import('@/app/routes/trainers')) },
      { path: paths.trainerNew.path, element: page(() => import('@/app/routes/trainer-new')) },
      { path: paths.trainer.path, element: page(() => import('@/app/routes/trainer')) },
      { path: paths.trainerEdit.path, element: page(() => import('@/app/routes/trainer-edit')) },
      { path: paths.activity.path, element: page(() => import('@/app/routes/activity')) },
      { path: paths.calendar.path, element: page(() => import('@/app/routes/calendar')) },
      { path: paths.settings.path, element: page(() => import('@/app/routes/settings')) },
      { path: '*', element: page(() => import('@/app/routes/not-found')) },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
