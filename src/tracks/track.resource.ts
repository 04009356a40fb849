// The `track` resource. font-color defaults to black or white, whichever reads better on the track colour.
import { sessions, tracks } from '../db/schema.js';
import { eventResource } from '../events/event.resource.js';
import { coorganizerWrites, type EventResource } from '../http/jsonapi/resource.service.js';
import { sessionResource } from '../sessions/session.resource.js';
import { refuseWhileUsed } from '../sessions/session.service.js';

/** Black or white text on a background colour, by WCAG relative luminance. */
export function readableFontColor(background: string): string {
  let hex = background.slice(1);
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return luminance > 0.179 ? '#000000' : '#ffffff';
}

export const trackResource: EventResource = {
  type: 'track',
  path: 'tracks',
  table: tracks,
  idColumn: tracks.id,
  eventColumn: tracks.eventId,
  deletedAtColumn: tracks.deletedAt,
  fields: {
    name: { column: tracks.name, type: 'string', required: true, notNull: true, maxLength: 255 },
    description: { column: tracks.description, type: 'text' },
    color: { column: tracks.color, type: 'color', required: true, notNull: true },
    'font-color': { column: tracks.fontColor, type: 'color' },
    position: { column: tracks.position, type: 'integer', notNull: true },
  },
  relationships: {
    event: { kind: 'belongsTo', target: () => eventResource, column: tracks.eventId },
    sessions: { kind: 'hasMany', target: () => sessionResource, foreignColumn: sessions.trackId },
  },
  defaultSort: [{ column: tracks.position }, { column: tracks.name }],
  policy: {
    ...coorganizerWrites,
    validateDelete: refuseWhileUsed('track', sessions.trackId),
    // A font colour the organizer sets is kept; a missing or null one follows the (new) track colour.
    validate: (merged, { values }) => {
      if (typeof values.fontColor === 'string') return;
      if (typeof values.color === 'string' || merged.fontColor == null) values.fontColor = readableFontColor(merged.color as string);
    },
  },
};
