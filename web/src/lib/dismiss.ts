// A small menu that closes on Escape or a click outside it (the account menu, the lists' "Export as").
import { useEffect, type RefObject } from 'react';

export function useDismiss(open: boolean, inside: RefObject<HTMLElement | null>, close: () => void): void {
  useEffect(() => {
    if (!open) return;
    const onEvent = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !inside.current?.contains(event.target as Node)) close();
    };
    document.addEventListener('click', onEvent);
    document.addEventListener('keydown', onEvent);
    return () => {
      document.removeEventListener('click', onEvent);
      document.removeEventListener('keydown', onEvent);
    };
  }, [open, inside, close]);
}
