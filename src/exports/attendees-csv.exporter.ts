// Attendees CSV: one row per live attendee with their order's billing data and their ticket, in the
// original's columns. Options: `tab` and `search`, the attendee list's own (so the file holds what the page
// showed), and the original's `status` (only attendees of orders in that status). Then one column per included
// question of the event's custom attendee form, by position, headed by its name (a checkbox answers Yes or No).
import { and } from 'drizzle-orm';
import { ATTENDEE_TABS, attendeeSearchCondition, attendeeTabCondition, type AttendeeTab } from '../attendees/attendee.repo.js';
import { MAX_SEARCH_LENGTH } from '../http/jsonapi/query.js';
import { invoiceNumber, ORDER_STATUSES } from '../orders/order.resource.js';
import { currencyDigits, formatMinor, toMinor } from '../orders/pricing.js';
import { countAttendeesForExport, listAttendeesForExport } from './csv.repo.js';
import { csvDate, rowProgress, writeCsv, type Cell, type CsvRow } from './csv.js';
import { listAttendeeFormFields } from '../custom-forms/custom-form.repo.js';
import type { ExportContext, Exporter } from './exporter.js';

export const ATTENDEE_COLUMNS = [
  'Order#', 'Order Date', 'Status', 'Payment Type', 'Payment Mode', 'Ticket ID', 'Ticket Name', 'Ticket Price', 'Ticket Type',
  'Tax ID', 'Address', 'Company', 'Country', 'State', 'City', 'Zipcode', 'First Name', 'Last Name', 'Email', 'Checked In', 'Check-in Times',
] as const;

/** An order status, or undefined for all (unknown values mean all, as the original). */
function orderStatus(value: string | undefined): string | undefined {
  return (ORDER_STATUSES as readonly string[]).includes(value ?? '') ? value : undefined;
}

export const attendeesCsvExporter: Exporter = {
  id: 'attendees.csv',
  label: 'Attendees (CSV)',
  contentType: 'text/csv; charset=utf-8',
  extension: 'csv',
  route: 'attendees/csv',
  options: {
    tab: { description: `The attendee list's tab: ${ATTENDEE_TABS.join(', ')}`, values: ATTENDEE_TABS },
    search: { description: "The attendee list's search box", maxLength: MAX_SEARCH_LENGTH },
  },
  async write(ctx: ExportContext) {
    const { db, event } = ctx;
    const status = orderStatus(ctx.params.status);
    const digits = currencyDigits(event.paymentCurrency);
    // Only coorganizers export, and they search buyers too: the same rows their list showed.
    const where = and(attendeeTabCondition((ctx.params.tab ?? 'all') as AttendeeTab), attendeeSearchCondition(event.id, ctx.params.search ?? '', true));
    const total = await countAttendeesForExport(db, event.id, status, where);
    const questions = await listAttendeeFormFields(db, event.id, true);
    const answerCells = (answers: Record<string, unknown>): Cell[] =>
      questions.map((question) => {
        const answer = answers[question.fieldIdentifier];
        if (typeof answer === 'boolean') return answer ? 'Yes' : 'No';
        return answer === undefined || answer === null ? '' : String(answer);
      });
    async function* rows(): AsyncGenerator<CsvRow> {
      // An order's attendees come together and most share a ticket: its cells are formatted once, not per row.
      let order: number | undefined;
      let invoice = '';
      let orderDate = '';
      let price: string | undefined;
      let priceCell = '';
      for await (const a of listAttendeesForExport(db, event.id, status, where)) {
        if (a.orderId !== order) {
          order = a.orderId;
          invoice = invoiceNumber({ id: a.orderId, createdAt: a.orderCreatedAt });
          orderDate = csvDate(a.orderCreatedAt, event.timezone);
        }
        if (a.ticketPrice !== price) {
          price = a.ticketPrice;
          priceCell = formatMinor(toMinor(a.ticketPrice, digits), digits);
        }
        yield [
          invoice,
          orderDate,
          a.orderStatus,
          '', // Payment Type: the original's paid_via (a payment provider); offline payments have none
          a.paymentMode,
          a.ticketCode,
          a.ticketName,
          priceCell,
          a.ticketType,
          a.taxBusinessInfo,
          a.address,
          a.company,
          a.country,
          a.state,
          a.city,
          a.zipcode,
          a.firstname,
          a.lastname,
          a.email,
          a.isCheckedIn,
          a.checkinTimes,
          ...(questions.length ? answerCells(a.complexFieldValues) : []),
        ];
      }
    }
    await writeCsv(ctx.out, [...ATTENDEE_COLUMNS, ...questions.map((question) => question.name)], rows(), { onRows: rowProgress(ctx.progress, total, 'attendees') });
  },
};
