// Whether the server can be reached: the browser must say it is online, and the last request must not have
// failed for want of a network. Browsers report "online" on Wi-Fi without internet (and after some reloads),
// so a failed request counts too, until a request gets through again.
import { useSyncExternalStore } from 'react';

let reachable = true;
const listeners = new Set<() => void>();

export function setReachable(value: boolean): void {
  if (value === reachable) return;
  reachable = value;
  for (const listener of listeners) listener();
}

function subscribe(change: () => void): () => void {
  listeners.add(change);
  window.addEventListener('online', change);
  window.addEventListener('offline', change);
  return () => {
    listeners.delete(change);
    window.removeEventListener('online', change);
    window.removeEventListener('offline', change);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, () => navigator.onLine && reachable, () => true);
}
