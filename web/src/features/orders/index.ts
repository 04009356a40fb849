export { OrdersPage } from './OrdersPage';
export { OrderPage } from './OrderPage';
