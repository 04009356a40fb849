// Orders through the public API, as buyers make them: create-order (plain JSON, as the original's clients send
// it) and PATCH of the order (pay, complete, cancel).
import type { App } from '../../src/http/app.js';
import { Api, resource, type Response, type TestUser } from './client.js';

export interface TestOrder {
  id: string;
  identifier: string;
  /** The order's attendees (one per seat), in seat order. */
  attendees: string[];
}

export async function createOrderRaw(app: App, user: TestUser | undefined, body: Record<string, unknown>): Promise<Response> {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/orders/create-order',
    headers: user ? { authorization: `Bearer ${user.token}` } : {},
    payload: body,
  });
  return { status: response.statusCode, body: JSON.parse(response.body), headers: response.headers };
}

export async function placeOrder(app: App, user: TestUser, tickets: { id: string; quantity: number }[], code?: string): Promise<TestOrder> {
  const response = await createOrderRaw(app, user, { tickets, ...(code ? { 'discount-code': code } : {}) });
  if (response.status !== 201) throw new Error(`order failed: ${JSON.stringify(response.body)}`);
  return {
    id: response.body.data.id,
    identifier: response.body.data.attributes.identifier,
    attendees: (response.body.included ?? []).map((item: { id: string }) => item.id),
  };
}

export function patchOrder(app: App, user: TestUser, order: TestOrder, attributes: Record<string, unknown>): Promise<Response> {
  return new Api(app, user.token).patch(`/v1/orders/${order.identifier}`, resource('order', attributes, {}, order.id));
}

/** Changes an order and throws unless the API answers 200. */
export async function changeOrder(app: App, user: TestUser, order: TestOrder, attributes: Record<string, unknown>): Promise<void> {
  const response = await patchOrder(app, user, order, attributes);
  if (response.status !== 200) throw new Error(`order change failed: ${JSON.stringify(response.body)}`);
}
