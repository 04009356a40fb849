import { describe, expect, it } from 'vitest';
import { offsetMinutes, wallTime } from './schedule.time.js';

/** What Intl says, the slow way, for comparison with the cached arithmetic. */
function intl(date: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' })
      .formatToParts(date)
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  );
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute, second: parts.second };
}

describe('wallTime', () => {
  it.each(['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Asia/Singapore', 'UTC'])(
    'agrees with Intl every 52 minutes 17 seconds across a year with its DST changes in %s',
    (zone) => {
      const mismatches: string[] = [];
      for (let ms = Date.UTC(2030, 0, 1); ms < Date.UTC(2031, 0, 1); ms += 3_137_000) {
        const date = new Date(ms);
        if (JSON.stringify(wallTime(date, zone)) !== JSON.stringify(intl(date, zone))) mismatches.push(date.toISOString());
      }

      expect(mismatches).toEqual([]);
    },
  );

  it('reads the offset on each side of a change: Berlin at 00:59:59 and 01:00:00 UTC on 2030-03-31', () => {
    expect([offsetMinutes(new Date('2030-03-31T00:59:59Z'), 'Europe/Berlin'), offsetMinutes(new Date('2030-03-31T01:00:00Z'), 'Europe/Berlin')]).toEqual([60, 120]);
  });
});
