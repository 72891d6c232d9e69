import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { PortalGate, StaffGate } from '@/app/guards';
import { Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { mayHaveSession } from '@/lib/csrf';

type Load = () => Promise<{ default: ComponentType }>;

/** A route whose screen is fetched on first use, or as the page opens (see below). */
const screen = (path: string, load: Load) => ({ path, element: page(load), handle: { load } });

// Every screen is its own chunk; the first load carries only the shell.
function page(load: Load) {
  const Page = lazy(load);
  return (
    <Suspense fallback={<Spinner />}>
      <Page />
    </Suspense>
  );
}

const router = createBrowserRouter([
  screen(paths.signIn.path, () => import('@/app/routes/sign-in')),
  screen(paths.signUp.path, () => import('@/app/routes/sign-up')),
  screen(paths.forgotPassword.path, () => import('@/app/routes/forgot-password')),
  screen(paths.resetPassword.path, () => import('@/app/routes/reset-password')),
  screen(paths.unlockSignIn.path, () => import('@/app/routes/unlock-sign-in')),
  screen(paths.acceptInvite.path, () => import('@/app/routes/accept-invite')),
  screen(paths.unsubscribe.path, () => import('@/app/routes/unsubscribe')),
  {
    element: <PortalGate />,
    children: [
      screen(paths.portal.path, () => import('@/app/routes/portal')),
      screen(paths.portalToday.path, () => import('@/app/routes/portal-today')),
      screen(paths.portalPhotos.path, () => import('@/app/routes/portal-photos')),
      screen(paths.portalDocuments.path, () => import('@/app/routes/portal-documents')),
      screen(paths.portalDocument.path, () => import('@/app/routes/portal-document')),
      screen(paths.portalProgress.path, () => import('@/app/routes/portal-progress')),
      // progress: habits + check-ins
      screen(paths.portalHabits.path, () => import('@/app/routes/portal-habits')),
      screen(paths.portalCheckIns.path, () => import('@/app/routes/portal-check-ins')),
      screen(paths.portalCheckIn.path, () => import('@/app/routes/portal-check-in')),
      // messages (chat)
      screen(paths.portalMessages.path, () => import('@/app/routes/portal-messages')),
      screen(paths.portalThread.path, () => import('@/app/routes/portal-messages')),
      // billing
      screen(paths.portalBilling.path, () => import('@/app/routes/portal-billing')),
    ],
  },
  {
    element: <StaffGate />,
    children: [
      screen(paths.dashboard.path, () => import('@/app/routes/dashboard')),
      screen(paths.clients.path, () => import('@/app/routes/clients')),
      screen(paths.clientNew.path, () => import('@/app/routes/client-new')),
      screen(paths.clientImport.path, () => import('@/app/routes/client-import')),
      screen(paths.client.path, () => import('@/app/routes/client')),
      screen(paths.clientEdit.path, () => import('@/app/routes/client-edit')),
      screen(paths.trainers.path, () => import('@/app/routes/trainers')),
      screen(paths.trainerNew.path, () => import('@/app/routes/trainer-new')),
      screen(paths.trainer.path, () => import('@/app/routes/trainer')),
      screen(paths.trainerEdit.path, () => import('@/app/routes/trainer-edit')),
      screen(paths.exercises.path, () => import('@/app/routes/exercises')),
      screen(paths.activity.path, () => import('@/app/routes/activity')),
      screen(paths.training.path, () => import('@/app/routes/training')),
      screen(paths.calendar.path, () => import('@/app/routes/calendar')),
      screen(paths.settings.path, () => import('@/app/routes/settings')),
      screen(paths.security.path, () => import('@/app/routes/security')),
      screen(paths.outbox.path, () => import('@/app/routes/outbox')),
      screen(paths.developersWebhooks.path, () => import('@/app/routes/developers-webhooks')),
      // automation and tasks
      screen(paths.automations.path, () => import('@/app/routes/automations')),
      screen(paths.automationNew.path, () => import('@/app/routes/automation')),
      screen(paths.automation.path, () => import('@/app/routes/automation')),
      screen(paths.tasks.path, () => import('@/app/routes/tasks')),
      screen(paths.developerKeys.path, () => import('@/app/routes/developer-keys')),
      screen(paths.programs.path, () => import('@/app/routes/programs')),
      screen(paths.programNew.path, () => import('@/app/routes/program')),
      screen(paths.program.path, () => import('@/app/routes/program')),
      screen(paths.documents.path, () => import('@/app/routes/documents')),
      screen(paths.document.path, () => import('@/app/routes/document')),
      // progress: check-ins
      screen(paths.checkIns.path, () => import('@/app/routes/check-ins')),
      screen(paths.checkInForms.path, () => import('@/app/routes/check-in-forms')),
      screen(paths.checkInForm.path, () => import('@/app/routes/check-in-form')),
      // messages (chat)
      screen(paths.messages.path, () => import('@/app/routes/messages')),
      screen(paths.thread.path, () => import('@/app/routes/messages')),
      screen(paths.clientThread.path, () => import('@/app/routes/client-thread')),
      // billing
      screen(paths.billing.path, () => import('@/app/routes/billing')),
      screen(paths.billingInvoices.path, () => import('@/app/routes/billing-invoices')),
      screen(paths.billingInvoiceNew.path, () => import('@/app/routes/billing-invoice-new')),
      screen(paths.billingInvoice.path, () => import('@/app/routes/billing-invoice')),
      screen(paths.billingCatalogue.path, () => import('@/app/routes/billing-catalogue')),
      // campaigns
      screen(paths.campaigns.path, () => import('@/app/routes/campaigns')),
      screen(paths.campaignNew.path, () => import('@/app/routes/campaign')),
      screen(paths.campaign.path, () => import('@/app/routes/campaign')),
      screen(paths.segments.path, () => import('@/app/routes/segments')),
      screen(paths.segmentNew.path, () => import('@/app/routes/segment')),
      screen(paths.segment.path, () => import('@/app/routes/segment')),
      screen('*', () => import('@/app/routes/not-found')),
    ],
  },
]);

// A signed-in visit fetches the screen's code while the gate checks the session, not after it;
// a signed-out one is on its way to sign-in and fetches nothing it will not show.
if (mayHaveSession()) {
  for (const match of router.state.matches) (match.route.handle as { load?: Load } | undefined)?.load?.();
}

export function AppRouter() {
  return <RouterProvider router={router} />;
}
