import { useRef } from 'react';
import { useToast } from '@/components/ui/toast';

/**
 * Copy a shown-once value (a key, a secret, a private link) to the clipboard, or select it for copying by hand.
 * Put `box` on the element holding its read-only input; `what` names it in the toast ("Key", "Link").
 */
export function useCopyText(what: string) {
  const toast = useToast();
  const box = useRef<HTMLDivElement>(null);

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      toast.success(`${what} copied.`);
    } catch {
      // The clipboard API needs a secure context and permission; selecting lets people copy by hand.
      box.current?.querySelector('input')?.select();
      toast.info(`Select the ${what.toLowerCase()} and copy it.`);
    }
  }

  return { box, copy };
}
