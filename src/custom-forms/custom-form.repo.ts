// SQL for custom forms beyond the generic resource queries: the attendee form of an event, in its order.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { customForms } from '../db/schema.js';

export type CustomFormRow = typeof customForms.$inferSelect;

/** The live questions of the event's attendee form by position (all of them, or only those included). */
export async function listAttendeeFormFields(db: DbOrTx, eventId: number, onlyIncluded = false): Promise<CustomFormRow[]> {
  return db
    .select()
    .from(customForms)
    .where(and(eq(customForms.eventId, eventId), eq(customForms.form, 'attendee'), isNull(customForms.deletedAt), onlyIncluded ? eq(customForms.isIncluded, true) : undefined))
    .orderBy(asc(customForms.position), asc(customForms.id));
}
