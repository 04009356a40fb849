export { TicketsPage } from './TicketsPage';
export { TicketFormPage } from './TicketFormPage';
export { DiscountCodesPage, DiscountCodeFormPage } from './DiscountCodesPage';
export { TaxPage } from './TaxPage';
export { AccessCodesPage, AccessCodeFormPage } from './AccessCodesPage';
