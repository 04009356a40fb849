import { describe, expect, it } from 'vitest';
import { PublicCache } from './public-cache.js';

describe('PublicCache', () => {
  it('returns an entry only for the same event version', () => {
    const cache = new PublicCache(1024 * 1024);

    cache.set('/v1/events/1/sessions', 1, 4, '{"data":[]}');

    expect(cache.get('/v1/events/1/sessions', 1, 4)).toEqual('{"data":[]}');
    expect(cache.get('/v1/events/1/sessions', 1, 5)).toEqual(undefined);
    expect(cache.get('/v1/events/1/sessions', 1, 4)).toEqual(undefined);
  });

  it('drops the least recently used entries past its byte budget', () => {
    const cache = new PublicCache(720);
    for (const key of ['/a', '/b', '/c', '/d']) cache.set(key, 1, 0, key.repeat(45));

    cache.get('/a', 1, 0);
    cache.set('/e', 1, 0, '/e'.repeat(45));

    expect(cache.get('/b', 1, 0)).toEqual(undefined);
    expect(cache.get('/a', 1, 0)).toEqual('/a'.repeat(45));
    expect(cache.get('/e', 1, 0)).toEqual('/e'.repeat(45));
    expect(cache.size).toEqual(4);
  });

  it('does not keep a response larger than a quarter of its budget', () => {
    const cache = new PublicCache(400);

    cache.set('/big', 1, 0, 'x'.repeat(60));

    expect(cache.size).toEqual(0);
  });
});
