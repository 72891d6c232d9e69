import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { ToastProvider } from '@/components/ui/toast';
import { onSessionLost } from '@/lib/api-client';
import { makeQueryClient } from '@/lib/query-client';

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);

  // A session that could not be renewed: forget the account, and the gates send the user to
  // sign in with a `next` pointing back here.
  useEffect(() => onSessionLost(() => queryClient.setQueryData(['auth', 'me'], null)), [queryClient]);

  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>{children}</ToastProvider>
    </QueryClientProvider>
  );
}
