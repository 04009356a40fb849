// Unit tests of the pricing module: every expected amount below was worked out by hand from the rounding rule
// (integer minor units; half up, once per line for a percent discount and once per order for the tax).
import { describe, expect, it } from 'vitest';
import {
  calculate,
  calculationResponse,
  currencyDigits,
  formatMinor,
  toMinor,
  type PricingDiscount,
  type PricingTax,
  type PricingTicket,
  type TicketType,
} from './pricing.js';

const ticket = (id: number, name: string, type: TicketType, price: string): PricingTicket => ({ id, name, type, price });
const paid = (id: number, name: string, price: string) => ticket(id, name, 'paid', price);
const excluded = (rate: string, name = 'VAT'): PricingTax => ({ name, rate, included: false });
const included = (rate: string, name = 'VAT'): PricingTax => ({ name, rate, included: true });
const code = (text: string, type: 'amount' | 'percent', value: string, ticketIds: number[]): PricingDiscount => ({
  id: 1,
  code: text,
  type,
  value,
  ticketIds: new Set(ticketIds),
});
const line = (id: number, name: string, price: number, quantity: number, subTotal: number, discount: unknown = null) => ({
  id,
  name,
  price,
  quantity,
  ticket_fee: 0,
  sub_total: subTotal,
  discount,
});

describe('calculate() and calculationResponse()', () => {
  it('prices one paid ticket without tax', () => {
    const calc = calculate([{ ticket: paid(1, 'Standard', '12.50'), quantity: 1 }], null, null, 'EUR');

    const response = calculationResponse(calc);

    expect(response).toEqual({ sub_total: 12.5, discount: 0, tax: null, total: 12.5, tickets: [line(1, 'Standard', 12.5, 1, 12.5)] });
    expect([calc.gross, calc.subTotal, calc.tax, calc.total]).toEqual([1250n, 1250n, 0n, 1250n]);
  });

  it('adds up several ticket types', () => {
    const calc = calculate(
      [
        { ticket: paid(1, 'A', '12.50'), quantity: 2 },
        { ticket: paid(2, 'B', '7.25'), quantity: 3 },
      ],
      null,
      null,
      'EUR',
    );

    const response = calculationResponse(calc);

    expect(response).toEqual({
      sub_total: 46.75,
      discount: 0,
      tax: null,
      total: 46.75,
      tickets: [line(1, 'A', 12.5, 2, 25), line(2, 'B', 7.25, 3, 21.75)],
    });
  });

  it('adds an excluded tax of 7.7 % on 3 × 0.10 once per order: 0.30 + 0.02 = 0.32', () => {
    // 30 minor × 7.7 / 100 = 2.31 → 2
    const calc = calculate([{ ticket: paid(1, 'Standard', '0.10'), quantity: 3 }], null, excluded('7.7'), 'EUR');

    const response = calculationResponse(calc);

    expect(response).toEqual({
      sub_total: 0.3,
      discount: 0,
      tax: { included: false, amount: 0.02, percent: 7.7, name: 'VAT' },
      total: 0.32,
      tickets: [line(1, 'Standard', 0.1, 3, 0.3)],
    });
  });

  it('takes an included tax of 7.7 % out of 3 × 0.10: tax 0.02, total 0.30', () => {
    // net = round(30 × 100 / 107.7) = round(27.855…) = 28; tax = 30 − 28 = 2
    const calc = calculate([{ ticket: paid(1, 'Standard', '0.10'), quantity: 3 }], null, included('7.7'), 'EUR');

    const response = calculationResponse(calc);

    expect(response).toEqual({
      sub_total: 0.3,
      discount: 0,
      tax: { included: true, amount: 0.02, percent: 7.7, name: 'VAT' },
      total: 0.3,
      tickets: [line(1, 'Standard', 0.1, 3, 0.3)],
    });
  });

  it('uses a rate with 4 decimal places exactly (19.6375 %)', () => {
    // excluded: 10000 × 0.196375 = 1963.75 → 1964; included: net = round(10000 / 1.196375) = round(8358.58…) = 8359
    const lines = [{ ticket: paid(1, 'Standard', '100.00'), quantity: 1 }];

    const out = calculate(lines, null, excluded('19.6375'), 'EUR');
    const inside = calculate(lines, null, included('19.6375'), 'EUR');

    expect([out.subTotal, out.tax, out.total]).toEqual([10000n, 1964n, 11964n]);
    expect(calculationResponse(out).tax).toEqual({ included: false, amount: 19.64, percent: 19.6375, name: 'VAT' });
    expect([inside.subTotal, inside.tax, inside.total]).toEqual([10000n, 1641n, 10000n]);
    expect(calculationResponse(inside).tax).toEqual({ included: true, amount: 16.41, percent: 19.6375, name: 'VAT' });
  });

  it('rounds an excluded tax of exactly half a cent up, and just below half down', () => {
    // 250 × 1 % = 2.5 → 3 (banker's rounding would give 2); 249 × 1 % = 2.49 → 2
    const half = calculate([{ ticket: paid(1, 'A', '2.50'), quantity: 1 }], null, excluded('1'), 'EUR');
    const below = calculate([{ ticket: paid(1, 'A', '2.49'), quantity: 1 }], null, excluded('1'), 'EUR');
    const oddHalf = calculate([{ ticket: paid(1, 'A', '1.50'), quantity: 1 }], null, excluded('1'), 'EUR');

    expect([half.tax, half.total]).toEqual([3n, 253n]);
    expect([below.tax, below.total]).toEqual([2n, 251n]);
    expect([oddHalf.tax, oddHalf.total]).toEqual([2n, 152n]);
  });

  it('rounds the net of an included tax half up and takes the tax as the remainder', () => {
    // 4 minor at 60 % included: net = 4 × 100 / 160 = 2.5 → 3, tax = 4 − 3 = 1
    const calc = calculate([{ ticket: paid(1, 'A', '0.04'), quantity: 1 }], null, included('60'), 'EUR');

    expect([calc.subTotal, calc.tax, calc.total]).toEqual([4n, 1n, 4n]);
    expect(calculationResponse(calc).tax).toEqual({ included: true, amount: 0.01, percent: 60, name: 'VAT' });
  });

  it('rounds a percent discount of exactly half a cent up', () => {
    // 25 minor × 10 % = 2.5 → 3
    const calc = calculate([{ ticket: paid(1, 'A', '0.25'), quantity: 1 }], code('TEN', 'percent', '10', [1]), null, 'EUR');

    expect([calc.discount, calc.subTotal, calc.total]).toEqual([3n, 22n, 22n]);
  });

  it('applies a 10 % discount per line', () => {
    // 2 × 19.99 = 3998; 10 % = 399.8 → 400; per ticket 199.9 → 200
    const calc = calculate([{ ticket: paid(1, 'A', '19.99'), quantity: 2 }], code('TEN', 'percent', '10', [1]), null, 'EUR');

    const response = calculationResponse(calc);

    expect(response).toEqual({
      sub_total: 35.98,
      discount: 4,
      tax: null,
      total: 35.98,
      tickets: [line(1, 'A', 19.99, 2, 35.98, { code: 'TEN', amount: 2, percent: 10, total: 4 })],
    });
  });

  it('applies a 33.33 % discount once per line, not once per ticket', () => {
    // 3 × 10.00 = 3000; 33.33 % = 999.9 → 1000 (three rounded tickets would give 999); per ticket 333.3 → 333
    const calc = calculate([{ ticket: paid(1, 'A', '10.00'), quantity: 3 }], code('THIRD', 'percent', '33.33', [1]), null, 'EUR');

    const response = calculationResponse(calc);

    expect(response).toEqual({
      sub_total: 20,
      discount: 10,
      tax: null,
      total: 20,
      tickets: [line(1, 'A', 10, 3, 20, { code: 'THIRD', amount: 3.33, percent: 33.33, total: 10 })],
    });
  });

  it('caps an amount discount larger than the price at the price', () => {
    const calc = calculate([{ ticket: paid(1, 'A', '10.00'), quantity: 2 }], code('BIG', 'amount', '15.00', [1]), excluded('7.7'), 'EUR');

    const response = calculationResponse(calc);

    expect(response).toEqual({
      sub_total: 0,
      discount: 20,
      tax: { included: false, amount: 0, percent: 7.7, name: 'VAT' },
      total: 0,
      tickets: [line(1, 'A', 10, 2, 0, { code: 'BIG', amount: 10, percent: null, total: 20 })],
    });
  });

  it('discounts only the ticket type the code lists', () => {
    const calc = calculate(
      [
        { ticket: paid(1, 'A', '20.00'), quantity: 2 },
        { ticket: paid(2, 'B', '10.00'), quantity: 1 },
      ],
      code('FIVE', 'amount', '5', [1]),
      null,
      'EUR',
    );

    const response = calculationResponse(calc);

    expect(response).toEqual({
      sub_total: 40,
      discount: 10,
      tax: null,
      total: 40,
      tickets: [line(1, 'A', 20, 2, 30, { code: 'FIVE', amount: 5, percent: null, total: 10 }), line(2, 'B', 10, 1, 10)],
    });
  });

  it('takes an included tax out of the discounted amount', () => {
    // 100.00 − 10 % = 90.00; net = round(9000 / 1.1) = round(8181.8…) = 8182; tax = 818
    const calc = calculate([{ ticket: paid(1, 'A', '100.00'), quantity: 1 }], code('TEN', 'percent', '10', [1]), included('10', 'GST'), 'EUR');

    const response = calculationResponse(calc);

    expect(response).toEqual({
      sub_total: 90,
      discount: 10,
      tax: { included: true, amount: 8.18, percent: 10, name: 'GST' },
      total: 90,
      tickets: [line(1, 'A', 100, 1, 90, { code: 'TEN', amount: 10, percent: 10, total: 10 })],
    });
  });

  it('adds an excluded tax on the discounted amount', () => {
    // 100.00 − 20.00 = 80.00; tax = 8000 × 0.077 = 616
    const calc = calculate([{ ticket: paid(1, 'A', '100.00'), quantity: 1 }], code('TWENTY', 'amount', '20', [1]), excluded('7.7'), 'EUR');

    const response = calculationResponse(calc);

    expect(response).toEqual({
      sub_total: 80,
      discount: 20,
      tax: { included: false, amount: 6.16, percent: 7.7, name: 'VAT' },
      total: 86.16,
      tickets: [line(1, 'A', 100, 1, 80, { code: 'TWENTY', amount: 20, percent: null, total: 20 })],
    });
  });

  it('prices a donation ticket at what the buyer gives and discounts it like a price, as the original', () => {
    // 2 × 25.50 = 51.00, 10 % off = 5.10 → 45.90; tax 4590 × 0.077 = 353.43 → 353
    const calc = calculate(
      [{ ticket: ticket(1, 'Donation', 'donation', '0'), quantity: 2, price: '25.5' }],
      code('TEN', 'percent', '10', [1]),
      excluded('7.7'),
      'EUR',
    );

    const response = calculationResponse(calc);

    expect(response).toEqual({
      sub_total: 45.9,
      discount: 5.1,
      tax: { included: false, amount: 3.53, percent: 7.7, name: 'VAT' },
      total: 49.43,
      tickets: [line(1, 'Donation', 25.5, 2, 45.9, { code: 'TEN', amount: 2.55, percent: 10, total: 5.1 })],
    });
  });

  it('prices a free ticket at zero whatever the stored price, with zero tax', () => {
    const calc = calculate([{ ticket: ticket(1, 'Free', 'free', '5.00'), quantity: 3 }], code('TEN', 'percent', '10', [1]), excluded('10'), 'EUR');

    const response = calculationResponse(calc);

    expect(response).toEqual({
      sub_total: 0,
      discount: 0,
      tax: { included: false, amount: 0, percent: 10, name: 'VAT' },
      total: 0,
      tickets: [line(1, 'Free', 0, 3, 0)],
    });
  });

  it('computes in whole yen for JPY: 1000 at 10 % excluded is 100, included is 91', () => {
    // included: net = round(1000 / 1.1) = round(909.09) = 909, tax = 91
    const lines = [{ ticket: paid(1, 'Seat', '1000'), quantity: 1 }];

    const out = calculate(lines, null, excluded('10', 'JCT'), 'JPY');
    const inside = calculate(lines, null, included('10', 'JCT'), 'JPY');

    expect(calculationResponse(out)).toEqual({
      sub_total: 1000,
      discount: 0,
      tax: { included: false, amount: 100, percent: 10, name: 'JCT' },
      total: 1100,
      tickets: [line(1, 'Seat', 1000, 1, 1000)],
    });
    expect([out.digits, out.tax, out.total]).toEqual([0, 100n, 1100n]);
    expect([inside.tax, inside.total]).toEqual([91n, 1000n]);
  });

  it('refuses a JPY price with a fraction of a yen', () => {
    expect(() => calculate([{ ticket: paid(1, 'Seat', '1000.50'), quantity: 1 }], null, null, 'JPY')).toThrow(RangeError);
  });

  it('computes large amounts exactly: 1000 × 9,999,999.99 at 7.7 %', () => {
    // 999,999,999 × 1000 = 999,999,999,000 minor; tax × 0.077 = 76,999,999,923 exactly
    const calc = calculate([{ ticket: paid(1, 'Gold', '9999999.99'), quantity: 1000 }], null, excluded('7.7'), 'EUR');

    const response = calculationResponse(calc);

    expect([calc.subTotal, calc.tax, calc.total]).toEqual([999_999_999_000n, 76_999_999_923n, 1_076_999_998_923n]);
    expect([formatMinor(calc.subTotal, 2), formatMinor(calc.tax, 2), formatMinor(calc.total, 2)]).toEqual([
      '9999999990.00',
      '769999999.23',
      '10769999989.23',
    ]);
    expect([response.sub_total, response.tax?.amount, response.total]).toEqual([9999999990, 769999999.23, 10769999989.23]);
  });

  it('discounts large amounts exactly: 33.33 % of 1000 × 9,999,999.99', () => {
    // 999,999,999,000 × 0.3333 = 333,299,999,666.7 → 333,299,999,667
    const calc = calculate([{ ticket: paid(1, 'Gold', '9999999.99'), quantity: 1000 }], code('THIRD', 'percent', '33.33', [1]), null, 'EUR');

    expect([calc.discount, calc.subTotal]).toEqual([333_299_999_667n, 666_699_999_333n]);
    expect(formatMinor(calc.subTotal, 2)).toBe('6666999993.33');
  });

  it('refuses a tax rate with more than 4 decimal places', () => {
    expect(() => calculate([{ ticket: paid(1, 'A', '1.00'), quantity: 1 }], null, excluded('7.70001'), 'EUR')).toThrow(RangeError);
  });
});

describe('toMinor() and formatMinor()', () => {
  it('turns decimal strings into minor units and back', () => {
    const cases: [string, number, bigint, string][] = [
      ['12.5', 2, 1250n, '12.50'],
      ['12.50', 2, 1250n, '12.50'],
      ['12.500', 2, 1250n, '12.50'],
      ['0.05', 2, 5n, '0.05'],
      ['0', 2, 0n, '0.00'],
      ['7', 2, 700n, '7.00'],
      ['-3.1', 2, -310n, '-3.10'],
      ['-0.05', 2, -5n, '-0.05'],
      ['1000', 0, 1000n, '1000'],
      ['1000.00', 0, 1000n, '1000'],
      ['9999999999.99', 2, 999_999_999_999n, '9999999999.99'],
    ];

    const results = cases.map(([text, digits]) => {
      const minor = toMinor(text, digits);
      return [text, digits, minor, formatMinor(minor, digits)];
    });

    expect(results).toEqual(cases);
  });

  it('round-trips every minor amount from -1000 to 1000 and a very large one', () => {
    const amounts = [...Array.from({ length: 2001 }, (_, i) => BigInt(i - 1000)), 123_456_789_012_345_678n];

    const back = amounts.map((minor) => toMinor(formatMinor(minor, 2), 2));

    expect(back).toEqual(amounts);
  });

  it('refuses more decimal places than the currency has', () => {
    expect(() => toMinor('12.345', 2)).toThrow(new RangeError('"12.345" has more than 2 decimal places'));
    expect(() => toMinor('1.5', 0)).toThrow(new RangeError('"1.5" has more than 0 decimal places'));
  });

  it('refuses text that is not a plain decimal', () => {
    for (const text of ['', 'abc', '1e3', '.5', '5.', '1,5', '+1', '0x10', '1.2.3']) {
      expect(() => toMinor(text, 2), text).toThrow(RangeError);
    }
  });

  it('knows the fraction digits of a currency, at most 2', () => {
    expect(['EUR', 'USD', 'JPY', 'KRW', 'KWD', 'not a currency'].map(currencyDigits)).toEqual([2, 2, 0, 0, 2, 2]);
  });
});
