// Moving an item of an ordered list (tickets, FAQs, form questions) up and down with two buttons: drawn arrows (no
// font glyph), names that say what moves, and the focus kept on the moved item's button so the keyboard can go on.
import { useEffect, useRef } from 'react';
import { Arrow } from './Arrow';
import { Button } from './Button';

/** The list with the item at `index` moved by one place. */
export function moved<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(index + by, 0, item);
  return next;
}

/**
 * Remembers which button to focus after a move and focuses it once the list shows the new order. At the top or the
 * bottom the button in that direction is disabled, so its partner gets the focus.
 */
export function useMoveFocus(): (id: string, index: number, by: -1 | 1, length: number) => void {
  const focusAfter = useRef<string | null>(null);
  useEffect(() => {
    if (!focusAfter.current) return;
    const button = document.querySelector<HTMLButtonElement>(`[data-focus-key="${focusAfter.current}"]`);
    if (button && !button.disabled) {
      button.focus();
      focusAfter.current = null;
    }
  });
  return (id, index, by, length) => {
    const target = index + by;
    const direction = target === 0 ? 'down' : target === length - 1 ? 'up' : by < 0 ? 'up' : 'down';
    focusAfter.current = `${id}-${direction}`;
  };
}

export function MoveButtons({ id, name, index, count, disabled, onMove }: { id: string; name: string; index: number; count: number; disabled?: boolean; onMove: (by: -1 | 1) => void }) {
  return (
    <div className="move-buttons" role="group" aria-label={`Move ${name}`}>
      <Button variant="quiet" className="small" data-focus-key={`${id}-up`} disabled={index === 0 || disabled} onClick={() => onMove(-1)}>
        <Arrow direction="up" />
        <span className="visually-hidden">Move {name} up</span>
      </Button>
      <Button variant="quiet" className="small" data-focus-key={`${id}-down`} disabled={index === count - 1 || disabled} onClick={() => onMove(1)}>
        <Arrow direction="down" />
        <span className="visually-hidden">Move {name} down</span>
      </Button>
    </div>
  );
}
