import type { LoaderFunctionArgs } from 'react-router';
import { prefetchOrders } from './api';

export { OrdersPage } from './OrdersPage';
export { OrderPage } from './OrderPage';

/** The list starts loading with the page's code, not after the event frame has rendered. */
export function ordersLoader({ params, request }: LoaderFunctionArgs): null {
  if (params.eventKey) prefetchOrders(params.eventKey, params.status, new URL(request.url).searchParams);
  return null;
}
