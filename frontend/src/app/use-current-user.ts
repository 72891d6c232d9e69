import { useMe, type Me } from '@/features/auth/api/get-me';

/** The signed-in account inside a gate, which has already loaded it. */
export function useCurrentUser(): Me {
  const me = useMe().data;
  if (!me) throw new Error('useCurrentUser is used outside a signed-in gate');
  return me;
}
