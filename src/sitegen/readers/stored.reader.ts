// Placeholder until the stored-event reader lands.
import type { DbOrTx } from '../../db/client.js';
import { SiteInputError, type BuildLog, type EventModel } from '../model.js';

export async function readStoredEvent(_db: DbOrTx, eventId: number, _log: BuildLog): Promise<EventModel> {
  throw new SiteInputError('input.unsupported', `reading stored event ${eventId} is not available yet`);
}
