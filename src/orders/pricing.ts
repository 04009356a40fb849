// The one place where order amounts are computed: ticket prices, discounts and tax, in integer minor units of
// the currency (BigInt), never binary floats. The same function prices calculate-amount, stored orders and the
// amounts the exports print, so they cannot disagree.
//
// Rounding rule (also in the README): amounts are kept in minor units (cents); each division rounds half up
// (half away from zero), once per ticket line for a percent discount and once per order for the tax.
// - tax excluded from prices: tax = round(sub_total × rate / 100), total = sub_total + tax
// - tax included in prices:   tax = sub_total − round(sub_total × 100 / (100 + rate)), total = sub_total

export type TicketType = 'free' | 'paid' | 'donation';

export interface PricingTicket {
  id: number;
  name: string;
  type: TicketType;
  /** Decimal string in major units, e.g. "12.50". */
  price: string;
}

export interface PricingLine {
  ticket: PricingTicket;
  quantity: number;
  /** For donation tickets: what the buyer chose to pay per ticket (decimal string). */
  price?: string;
}

export interface PricingDiscount {
  id: number;
  code: string;
  type: 'amount' | 'percent';
  value: string;
  /** Tickets the code applies to. */
  ticketIds: ReadonlySet<number>;
}

export interface PricingTax {
  name: string;
  /** Percent as a decimal string with up to 4 places, e.g. "7.7". */
  rate: string;
  included: boolean;
}

export interface LineAmount {
  ticketId: number;
  name: string;
  quantity: number;
  price: bigint;
  /** Discount on the whole line. */
  discount: bigint;
  /** Discount per ticket (amount codes) — for display. */
  discountPerTicket: bigint;
  subTotal: bigint;
}

export interface Calculation {
  digits: number;
  lines: LineAmount[];
  /** Before discount. */
  gross: bigint;
  discount: bigint;
  /** After discount, before tax added on top. */
  subTotal: bigint;
  tax: bigint;
  total: bigint;
  taxSpec: PricingTax | null;
  discountSpec: PricingDiscount | null;
}

const RATE_SCALE = 10_000n;

/** Fraction digits of a currency, at most 2 (the database keeps cents). */
export function currencyDigits(currency: string): number {
  try {
    const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    return Math.min(digits, 2);
  } catch {
    return 2;
  }
}

/** "12.5" → 1250n at 2 digits. Throws on more fraction digits than the currency has. */
export function toMinor(decimal: string, digits: number): bigint {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!match) throw new RangeError(`"${decimal}" is not a decimal amount`);
  const [, sign, whole, fraction = ''] = match;
  const trimmed = fraction.replace(/0+$/, '');
  if (trimmed.length > digits) throw new RangeError(`"${decimal}" has more than ${digits} decimal places`);
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt((trimmed + '0'.repeat(digits)).slice(0, digits) || '0');
  return sign === '-' ? -minor : minor;
}

/** 1250n at 2 digits → "12.50". */
export function formatMinor(minor: bigint, digits: number): string {
  const negative = minor < 0n;
  const text = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
  const whole = digits ? text.slice(0, -digits) : text;
  const fraction = digits ? `.${text.slice(-digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** A minor amount as a JSON number in major units (0.32), for the original's calculate-amount shape. */
export function toNumber(minor: bigint, digits: number): number {
  return Number(formatMinor(minor, digits));
}

function rateUnits(rate: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,4}))?$/.exec(rate.trim().replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''));
  if (!match) throw new RangeError(`"${rate}" is not a rate with at most 4 decimal places`);
  return BigInt(match[1]) * RATE_SCALE + BigInt((match[2] ?? '').padEnd(4, '0') || '0');
}

/** a / b rounded half up, for a ≥ 0 and b > 0. */
function divRound(a: bigint, b: bigint): bigint {
  return (2n * a + b) / (2n * b);
}

export function calculate(lines: PricingLine[], discount: PricingDiscount | null, tax: PricingTax | null, currency: string): Calculation {
  const digits = currencyDigits(currency);
  const amounts: LineAmount[] = lines.map(({ ticket, quantity, price }) => {
    const unit = ticket.type === 'free' ? 0n : toMinor(ticket.type === 'donation' ? (price ?? '0') : ticket.price, digits);
    const gross = unit * BigInt(quantity);
    let lineDiscount = 0n;
    let perTicket = 0n;
    // Paid and donation tickets the code lists, as the original: a donation is discounted like any price.
    if (discount && discount.ticketIds.has(ticket.id) && ticket.type !== 'free' && unit > 0n) {
      if (discount.type === 'percent') {
        const percent = rateUnits(discount.value);
        lineDiscount = divRound(gross * percent, 100n * RATE_SCALE);
        perTicket = divRound(unit * percent, 100n * RATE_SCALE);
      } else {
        perTicket = toMinor(discount.value, digits);
        if (perTicket > unit) perTicket = unit;
        lineDiscount = perTicket * BigInt(quantity);
      }
      if (lineDiscount > gross) lineDiscount = gross;
    }
    return { ticketId: ticket.id, name: ticket.name, quantity, price: unit, discount: lineDiscount, discountPerTicket: perTicket, subTotal: gross - lineDiscount };
  });
  const gross = amounts.reduce((sum, line) => sum + line.price * BigInt(line.quantity), 0n);
  const subTotal = amounts.reduce((sum, line) => sum + line.subTotal, 0n);
  let taxAmount = 0n;
  let total = subTotal;
  if (tax) {
    const rate = rateUnits(tax.rate);
    if (tax.included) {
      taxAmount = subTotal - divRound(subTotal * 100n * RATE_SCALE, 100n * RATE_SCALE + rate);
    } else {
      taxAmount = divRound(subTotal * rate, 100n * RATE_SCALE);
      total = subTotal + taxAmount;
    }
  }
  return {
    digits,
    lines: amounts,
    gross,
    discount: gross - subTotal,
    subTotal,
    tax: taxAmount,
    total,
    taxSpec: tax,
    discountSpec: discount,
  };
}

/** The original's calculate-amount response keys. */
export function calculationResponse(calc: Calculation) {
  const n = (minor: bigint) => toNumber(minor, calc.digits);
  const percentValue = calc.discountSpec?.type === 'percent' ? Number(calc.discountSpec.value) : null;
  return {
    sub_total: n(calc.subTotal),
    discount: n(calc.discount),
    tax: calc.taxSpec
      ? { included: calc.taxSpec.included, amount: n(calc.tax), percent: Number(calc.taxSpec.rate), name: calc.taxSpec.name }
      : null,
    total: n(calc.total),
    tickets: calc.lines.map((line) => ({
      id: line.ticketId,
      name: line.name,
      price: n(line.price),
      quantity: line.quantity,
      ticket_fee: 0,
      sub_total: n(line.subTotal),
      discount:
        line.discount > 0n && calc.discountSpec
          ? { code: calc.discountSpec.code, amount: n(line.discountPerTicket), percent: percentValue, total: n(line.discount) }
          : null,
    })),
  };
}
