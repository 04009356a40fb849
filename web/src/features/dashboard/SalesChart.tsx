// Orders (bars) and revenue (line, right axis) per day, drawn with uPlot in the theme's colours and redrawn when
// the theme or the width changes. The canvas is decoration for sighted readers: the same numbers are in a table
// below it for everyone else.
import { useEffect, useRef, useState } from 'react';
import type uPlot from 'uplot';
import { formatDate, formatMoney, locale } from '../../lib/format';

export interface SalesDay {
  date: string;
  orders: number;
  tickets: number;
  revenue: string;
}

/** Bumps whenever light or dark changes (the toggle's attribute or the system setting). */
function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', bump);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      media.removeEventListener('change', bump);
      observer.disconnect();
    };
  }, []);
  return version;
}

/**
 * uPlot, loaded when a chart is first drawn. It formats numbers with navigator.language when its module loads, which
 * throws where the browser reports a tag Intl refuses (en-US@posix): such a browser is given the tag we use.
 */
let loading: Promise<typeof uPlot> | undefined;
function loadUplot(): Promise<typeof uPlot> {
  try {
    new Intl.NumberFormat(navigator.language);
  } catch {
    Object.defineProperty(navigator, 'language', { get: locale, configurable: true });
  }
  loading ??= Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([module]) => module.default);
  return loading;
}

const dayToSeconds = (date: string) => Date.parse(`${date}T00:00:00Z`) / 1000;

/** The days to label: all of them when they fit (about 70 px each), else every n-th. */
function daySplits(seconds: number[], width: number): number[] {
  const step = Math.max(1, Math.ceil(seconds.length / Math.max(1, Math.floor(width / 70))));
  return seconds.filter((_s, index) => index % step === 0);
}

/** Draws the chart into `element` in the current theme's colours; returns what removes it again. */
function drawChart(UPlot: typeof uPlot, element: HTMLElement, days: SalesDay[], currency: string): () => void {
  const seconds = days.map((d) => dayToSeconds(d.date));
  const dayLabel = new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const css = getComputedStyle(document.documentElement);
  const color = (name: string) => css.getPropertyValue(name).trim();
  const axis = { stroke: color('--muted'), grid: { stroke: color('--line'), width: 1 }, ticks: { stroke: color('--line'), width: 1 }, font: '12px system-ui, sans-serif' };
  const options: uPlot.Options = {
    width: Math.max(260, element.clientWidth),
    height: 220,
    // The days are calendar days of the event's zone, given as dates: keep them as dates.
    tzDate: (seconds) => UPlot.tzDate(new Date(seconds * 1000), 'UTC'),
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: {
      // Half a day either side of the data (uPlot stretches a single value to years), so bars are whole.
      x: { time: true, range: () => [seconds[0] - 43_200, seconds[seconds.length - 1] + 43_200] },
      orders: { range: (_u, _min, max) => [0, Math.max(2, Math.ceil(max * 1.15))] },
      revenue: { range: (_u, _min, max) => [0, Math.max(1, max * 1.15)] },
    },
    axes: [
      // One tick per day (every few days when they do not fit), labelled with the day, never with hours.
      { ...axis, splits: () => daySplits(seconds, element.clientWidth), values: (_u, splits) => splits.map((split) => dayLabel.format(new Date(split * 1000))) },
      { ...axis, scale: 'orders', values: (_u, ticks) => ticks.map((v) => (Number.isInteger(v) ? String(v) : '')) },
      { ...axis, scale: 'revenue', side: 1, grid: { show: false }, values: (_u, ticks) => ticks.map((v) => formatMoney(v, currency).replace(/\.00$|,00$/, '')), size: 70 },
    ],
    series: [
      {},
      { label: 'Orders', scale: 'orders', fill: color('--accent-soft'), stroke: color('--accent'), width: 1, paths: UPlot.paths.bars!({ size: [0.6, 40] }), points: { show: false } },
      { label: 'Revenue', scale: 'revenue', stroke: color('--ok'), width: 2, points: { show: days.length < 40, size: 6, fill: color('--ok') } },
    ],
  };
  const data: uPlot.AlignedData = [seconds, days.map((d) => d.orders), days.map((d) => Number(d.revenue))];
  const chart = new UPlot(options, data, element);
  const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(260, element.clientWidth), height: 220 }));
  resize.observe(element);
  return () => {
    resize.disconnect();
    chart.destroy();
  };
}

export function SalesChart({ days, currency }: { days: SalesDay[]; currency: string }) {
  const box = useRef<HTMLDivElement>(null);
  const theme = useThemeVersion();
  useEffect(() => {
    const element = box.current;
    if (!element || days.length === 0) return;
    let remove: (() => void) | undefined;
    let cancelled = false;
    void loadUplot().then((UPlot) => {
      if (!cancelled) remove = drawChart(UPlot, element, days, currency);
    });
    return () => {
      cancelled = true;
      remove?.();
    };
  }, [days, currency, theme]);

  return (
    <div className="sales-chart">
      <p className="chart-legend" aria-hidden="true">
        <span className="key key-orders" /> Orders <span className="key key-revenue" /> Revenue
      </p>
      <div ref={box} className="chart-canvas" aria-hidden="true" />
      <details className="chart-table">
        <summary>The numbers per day</summary>
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Placed and completed orders per day</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col" className="num">Orders</th>
                <th scope="col" className="num">Tickets</th>
                <th scope="col" className="num">Revenue</th>
              </tr>
            </thead>
            <tbody>
              {days.map((day) => (
                <tr key={day.date}>
                  <td data-label="Day">{formatDate(`${day.date}T12:00:00Z`, 'UTC')}</td>
                  <td data-label="Orders" className="num">{day.orders}</td>
                  <td data-label="Tickets" className="num">{day.tickets}</td>
                  <td data-label="Revenue" className="num">{formatMoney(day.revenue, currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
