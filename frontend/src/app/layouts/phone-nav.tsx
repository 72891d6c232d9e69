import { useState, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { MoreIcon } from '@/components/ui/icons';
import { cn } from '@/lib/cn';

// `count`: how many things wait there (check-ins to review, messages unread), shown beside the label;
// `countLabel` says what they are to a screen reader ("to review" unless told).
export type NavItem = { to: string; label: string; icon: ReactNode; end?: boolean; count?: number; countLabel?: string };

/** The number beside a destination's label, when something waits there. */
export function NavCount({ count, label = 'to review' }: { count?: number; label?: string }) {
  if (!count) return null;
  return (
    <span className="ml-auto rounded-full bg-primary px-2 py-0.5 text-xs font-semibold text-primary-foreground" aria-label={`${count} ${label}`}>
      {count > 99 ? '99+' : count}
    </span>
  );
}

/** The number on a bottom-bar icon. */
function BarCount({ count, label = 'to review' }: { count?: number; label?: string }) {
  if (!count) return null;
  return (
    <span className="absolute -right-2.5 -top-1.5 min-w-4 rounded-full bg-primary px-1 text-center text-[10px] font-bold leading-4 text-primary-foreground" aria-label={`${count} ${label}`}>
      {count > 99 ? '99+' : count}
    </span>
  );
}

// The phone's bottom bar holds this many destinations; the rest are one tap away under "More",
// so that every label stays readable at 390 px.
const PHONE_BAR_ITEMS = 4;

const phoneLinkClass = ({ isActive }: { isActive: boolean }) =>
  cn('flex min-h-14 flex-col items-center justify-center gap-0.5 text-[11px] font-medium text-muted', isActive && 'text-primary-text');

/** The bottom bar on phones: the first destinations, and "More" opening the others above the bar. */
export function PhoneNav({ items, label = 'Main' }: { items: NavItem[]; label?: string }) {
  const { pathname } = useLocation();
  const [moreOpen, setMoreOpen] = useState(false);
  const fits = items.length <= PHONE_BAR_ITEMS + 1;
  const bar = fits ? items : items.slice(0, PHONE_BAR_ITEMS);
  const more = fits ? [] : items.slice(PHONE_BAR_ITEMS);
  const inMore = more.some((item) => pathname === item.to || pathname.startsWith(`${item.to}/`));
  const waitingInMore = more.reduce((sum, item) => sum + (item.count ?? 0), 0);
  return (
    <nav aria-label={label} className="fixed inset-x-0 bottom-0 z-30 border-t border-border bg-surface pb-[env(safe-area-inset-bottom)] md:hidden">
      {moreOpen ? (
        <ul id="phone-nav-more" className="absolute inset-x-2 bottom-full mb-2 flex flex-col rounded-xl border border-border bg-surface p-1 shadow-lg">
          {more.map((item) => (
            <li key={item.to}>
              <NavLink
                to={item.to}
                end={item.end}
                onClick={() => setMoreOpen(false)}
                className={({ isActive }) =>
                  cn('flex min-h-12 items-center gap-3 rounded-lg px-3 text-sm font-medium text-muted hover:bg-surface-muted', isActive && 'text-primary-text')
                }
              >
                {item.icon}
                {item.label}
                <NavCount count={item.count} label={item.countLabel} />
              </NavLink>
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="flex">
        {bar.map((item) => (
          <li key={item.to} className="flex-1">
            <NavLink to={item.to} end={item.end} onClick={() => setMoreOpen(false)} className={phoneLinkClass}>
              <span className="relative">
                {item.icon}
                <BarCount count={item.count} label={item.countLabel} />
              </span>
              {item.label}
            </NavLink>
          </li>
        ))}
        {more.length ? (
          <li className="flex-1">
            <button
              type="button"
              aria-expanded={moreOpen}
              aria-controls="phone-nav-more"
              onClick={() => setMoreOpen((open) => !open)}
              className={cn(phoneLinkClass({ isActive: inMore || moreOpen }), 'w-full')}
            >
              <span className="relative">
                <MoreIcon />
                <BarCount count={waitingInMore} label="waiting" />
              </span>
              More
            </button>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
