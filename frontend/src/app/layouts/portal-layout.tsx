import { Suspense } from 'react';
import { Outlet, useNavigate } from 'react-router';
import { Brand } from '@/app/layouts/brand';
import { ThemeToggle } from '@/app/theme-toggle';
import type { Me } from '@/features/auth/api/get-me';
import { useLogOut } from '@/features/auth/api/log-out';
import { LogOutIcon } from '@/components/ui/icons';
import { Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';

/** The client portal: one column, no staff navigation. */
export function PortalLayout({ me }: { me: Me }) {
  const navigate = useNavigate();
  const logOut = useLogOut();
  return (
    <div className="min-h-dvh">
      <header className="sticky top-0 z-30 border-b border-border bg-surface/95 backdrop-blur">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-2 px-3 py-1.5 sm:px-6">
          <Brand subtitle={me.organization?.name} />
          <div className="flex items-center gap-1">
            <ThemeToggle />
            <button
              type="button"
              onClick={() => logOut.mutate(undefined, { onSettled: () => navigate(paths.signIn.getHref(), { replace: true }) })}
              className="inline-flex min-h-11 items-center gap-2 rounded-lg px-3 text-sm text-muted hover:bg-surface-muted hover:text-foreground"
            >
              <LogOutIcon /> <span className="hidden sm:inline">Sign out</span>
              <span className="sr-only sm:hidden">Sign out</span>
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-3 py-6 sm:px-6">
        <Suspense fallback={<Spinner />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
