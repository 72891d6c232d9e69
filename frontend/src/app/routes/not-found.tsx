import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/states';
import { paths } from '@/config/paths';

export default function NotFoundRoute() {
  return (
    <EmptyState title="Page not found">
      <p className="mb-3">The address may be mistyped, or the page may have moved.</p>
      <ButtonLink to={paths.dashboard.getHref()} variant="secondary">
        Go to the dashboard
      </ButtonLink>
    </EmptyState>
  );
}
