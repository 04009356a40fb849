// Orders CSV: the orders of the event (all statuses, as the original, or the order list's `tab` and `search`, so
// the file holds what the page showed) with their buyer, ticket count and discount code, in the original's 19
// columns. Total Amount is the stored amount printed with the currency's digits, the same figure the order shows.
import { and } from 'drizzle-orm';
import { MAX_SEARCH_LENGTH } from '../http/jsonapi/query.js';
import { ORDER_TABS, orderSearchCondition, orderTabCondition, type OrderTab } from '../orders/order.repo.js';
import { invoiceNumber } from '../orders/order.resource.js';
import { currencyDigits, formatMinor, toMinor } from '../orders/pricing.js';
import { countOrdersForExport, listOrdersForExport } from './csv.repo.js';
import { csvDate, rowProgress, writeCsv, type CsvRow } from './csv.js';
import type { ExportContext, Exporter } from './exporter.js';

export const ORDER_COLUMNS = [
  'Order#', 'Order Date', 'Status', 'Payment Type', 'Payment Mode', 'Total Amount', 'Quantity', 'Discount Code', 'Access Code',
  'First Name', 'Last Name', 'Email', 'Tax ID', 'Address', 'Company', 'Country', 'State', 'City', 'Zipcode',
] as const;

export const ordersCsvExporter: Exporter = {
  id: 'orders.csv',
  label: 'Orders (CSV)',
  contentType: 'text/csv; charset=utf-8',
  extension: 'csv',
  route: 'orders/csv',
  options: {
    tab: { description: `The order list's tab: ${ORDER_TABS.join(', ')}`, values: ORDER_TABS },
    search: { description: "The order list's search box", maxLength: MAX_SEARCH_LENGTH },
  },
  async write(ctx: ExportContext) {
    const { db, event } = ctx;
    const where = and(orderTabCondition((ctx.params.tab ?? 'all') as OrderTab), orderSearchCondition(event.id, ctx.params.search ?? ''));
    const total = await countOrdersForExport(db, event.id, where);
    async function* rows(): AsyncGenerator<CsvRow> {
      // Orders made together share their minute, and an event's orders their currency: formatted once, not per row.
      let minute: number | undefined;
      let orderDate = '';
      let currency: string | undefined;
      let digits = 2;
      for await (const o of listOrdersForExport(db, event.id, where)) {
        if (o.currency !== currency) {
          currency = o.currency;
          digits = currencyDigits(o.currency);
        }
        if (Math.floor(o.createdAt / 60_000) !== minute) {
          minute = Math.floor(o.createdAt / 60_000);
          orderDate = csvDate(o.createdAt, event.timezone);
        }
        yield [
          invoiceNumber({ id: o.id, createdAt: o.createdAt }),
          orderDate,
          o.status,
          '', // Payment Type: the original's paid_via (a payment provider); offline payments have none
          o.paymentMode,
          formatMinor(toMinor(o.amount, digits), digits),
          o.quantity,
          o.discountCode,
          '', // Access Code: this server has no access codes yet
          o.buyerFirstName,
          o.buyerLastName,
          o.buyerEmail,
          o.taxBusinessInfo,
          o.address,
          o.company,
          o.country,
          o.state,
          o.city,
          o.zipcode,
        ];
      }
    }
    await writeCsv(ctx.out, ORDER_COLUMNS, rows(), { onRows: rowProgress(ctx.progress, total, 'orders') });
  },
};
