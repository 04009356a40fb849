// The order confirmation mail: the event, the order's number, status and amount, and every seat with its ticket
// and ticket code (the QR code's text), in the event's time zone. Plain text: it reads the same in every client.
import type { MailMessage } from '../mail/mailer.js';

export interface ConfirmationData {
  eventName: string;
  timezone: string;
  startsAt: Date;
  orderNumber: string;
  status: string;
  amount: string;
  currency: string;
  paymentMode: string | null;
  seats: { name: string; ticket: string; code: string }[];
  /** Where the buyer sees the order (their tickets page). */
  link: string;
}

export function confirmationMail(to: string, data: ConfirmationData): MailMessage {
  const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: data.timezone }).format(data.startsAt);
  const paid = data.status === 'completed' ? 'paid' : `to be paid${data.paymentMode ? ` by ${data.paymentMode}` : ''}`;
  const lines = [
    `Your order ${data.orderNumber} for ${data.eventName} is ${data.status}.`,
    '',
    `Event: ${data.eventName}, ${when} (${data.timezone})`,
    `Amount: ${data.amount} ${data.currency} (${paid})`,
    '',
    `Tickets (${data.seats.length}):`,
    ...data.seats.map((seat, index) => `${index + 1}. ${seat.name || 'Attendee'} - ${seat.ticket} - ticket code ${seat.code}`),
    '',
    `Your order: ${data.link}`,
  ];
  return { to, subject: `Your order ${data.orderNumber}: ${data.eventName}`, text: lines.join('\n') };
}
