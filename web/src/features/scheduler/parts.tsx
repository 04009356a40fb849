// Pieces the scheduler's pages share: their tabs (editor, changes, versions) and the drawn clash mark.
import { Tabs } from '../../components/Tabs';
import { useScheduleChanges, useScheduleVersions } from './api';

/** Drawn, not a font glyph: the same warning sign on every device. */
export function ClashIcon() {
  return (
    <svg className="clash-icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 1.5 15 14.5H1z" fill="currentColor" />
      <path d="M8 6v4M8 11.6v1.2" stroke="var(--paper)" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

export function SchedulerTabs({ eventKey }: { eventKey: string }) {
  const changes = useScheduleChanges(eventKey);
  const versions = useScheduleVersions(eventKey);
  const base = `/events/${eventKey}/scheduler`;
  const changed = changes.data ? changes.data.added.length + changes.data.moved.length + changes.data.removed.length : undefined;
  return (
    <Tabs
      label="Scheduler views"
      items={[
        { to: base, label: 'Editor' },
        { to: `${base}/changes`, label: 'Changes', count: changed },
        { to: `${base}/versions`, label: 'Versions', count: versions.data?.length },
      ]}
    />
  );
}
