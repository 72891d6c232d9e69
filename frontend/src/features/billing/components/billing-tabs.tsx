import { NavLink, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';

const TABS = [
  { to: paths.billing.getHref(), label: 'Revenue', end: true },
  { to: paths.billingInvoices.getHref(), label: 'Invoices', end: false },
  { to: paths.billingInvoices.getHref('?status=overdue'), label: 'Overdue', end: false },
  { to: paths.billingCatalogue.getHref(), label: 'Catalogue and settings', end: false },
];

/** The billing screens' own navigation: revenue, invoices, overdue, catalogue. */
export function BillingTabs() {
  // "Invoices" and "Overdue" share a path: the query string tells them apart.
  const overdue = useLocation().search.includes('status=overdue');
  return (
    <nav aria-label="Billing" className="mb-4 flex gap-1 overflow-x-auto border-b border-border">
      {TABS.map((tab) => (
        <NavLink
          key={tab.label}
          to={tab.to}
          end={tab.end}
          className={({ isActive }) => {
            const active = isActive && (tab.label === 'Overdue' ? overdue : tab.label === 'Invoices' ? !overdue : true);
            return cn('-mb-px inline-flex min-h-11 shrink-0 items-center border-b-2 px-4 text-sm font-medium', active ? 'border-primary text-primary-text' : 'border-transparent text-muted hover:text-foreground');
          }}
        >
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
}
