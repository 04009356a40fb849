export { EventPage } from './EventPage';
export { SchedulePage } from './SchedulePage';
export { CheckoutPage } from './CheckoutPage';
