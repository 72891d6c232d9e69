import { useEffect, useId, useState } from 'react';
import { useStudioCountry } from '@/features/auth/api/get-me';
import { useClients } from '@/features/clients/api/get-clients';
import type { ChosenClient } from '@/features/scheduling/components/booking/booking-values';
import { controlClass } from '@/components/ui/field';
import { formatPhone } from '@/lib/phone';

/** Search clients by name, email or phone and pick one (personal) or several (group). */
export function ClientPicker({ chosen, multiple, error, onChange }: { chosen: ChosenClient[]; multiple: boolean; error?: string; onChange: (clients: ChosenClient[]) => void }) {
  const id = useId();
  const country = useStudioCountry();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const results = useClients({ q: query, per_page: 6, sort: 'last_name' });
  const chosenIds = new Set(chosen.map((client) => client.id));
  const matches = (results.data?.items ?? []).filter((client) => !chosenIds.has(client.id));
  const full = !multiple && chosen.length >= 1;

  function choose(client: ChosenClient) {
    onChange(multiple ? [...chosen, client] : [client]);
    setText('');
  }

  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {multiple ? 'Clients' : 'Client'}
      </label>
      {chosen.length ? (
        <ul className="flex flex-wrap gap-2" aria-label="Chosen clients">
          {chosen.map((client) => (
            <li key={client.id} className="inline-flex items-center gap-1 rounded-full bg-primary-soft py-0.5 pl-3 text-sm text-primary-text">
              {client.name}
              <button
                type="button"
                className="min-h-9 min-w-9 rounded-full hover:bg-surface-muted"
                aria-label={`Remove ${client.name}`}
                onClick={() => onChange(chosen.filter((other) => other.id !== client.id))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {full ? null : (
        <>
          <input
            id={id}
            type="search"
            autoComplete="off"
            placeholder="Search by name, email or phone"
            className={controlClass}
            value={text}
            aria-invalid={!!error}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setText(event.target.value)}
          />
          <ul className="flex max-h-44 flex-col overflow-y-auto rounded-lg border border-border empty:hidden" aria-label="Matching clients">
            {matches.map((client) => (
              <li key={client.id}>
                <button
                  type="button"
                  className="flex min-h-11 w-full items-center justify-between gap-2 px-3 text-left text-sm hover:bg-surface-muted"
                  onClick={() => choose({ id: client.id, name: client.full_name })}
                >
                  <span>{client.full_name}</span>
                  <span className="truncate text-xs text-muted">{client.email ?? (client.phone ? formatPhone(client.phone, country) : '')}</span>
                </button>
              </li>
            ))}
          </ul>
          {query && results.isSuccess && !matches.length ? <p className="text-sm text-muted">No client matches “{query}”.</p> : null}
        </>
      )}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
