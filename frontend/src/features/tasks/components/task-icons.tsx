// The navigation's icons for tasks and automations, drawn like components/ui/icons (24px outline).
function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden className="size-5 shrink-0">
      <path d={d} />
    </svg>
  );
}

export const TaskIcon = () => <Icon d="M9 6h11M9 12h11M9 18h11M4 6l1 1 2-2M4 12l1 1 2-2M4 18l1 1 2-2" />;
export const AutomationIcon = () => <Icon d="M13 2 4 14h7l-1 8 9-12h-7z" />;
