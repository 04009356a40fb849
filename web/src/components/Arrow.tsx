// An up or down arrow for the move buttons of ordered lists. Drawn, not a font glyph: the same arrow on every device.
export function Arrow({ direction }: { direction: 'up' | 'down' }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={direction === 'up' ? 'M8 3l5 6H3z' : 'M8 13L3 7h10z'} fill="currentColor" />
    </svg>
  );
}
