// Says whether a list follows its event's changes as they happen (the live stream is connected).
export function LiveBadge({ connected, what = 'New orders and check-ins' }: { connected: boolean; what?: string }) {
  return (
    <span className={`live-badge ${connected ? 'on' : 'off'}`} title={connected ? `${what} appear here as they happen` : 'Connecting to live updates…'}>
      <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
        <circle cx="5" cy="5" r="4" fill="currentColor" />
      </svg>
      {connected ? 'Live' : 'Connecting…'}
    </span>
  );
}
