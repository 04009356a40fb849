// Which URLs the server may fetch for a site build. No network: literal addresses and `localhost` only (the
// resolver answers both without asking a DNS server).
import { describe, expect, it } from 'vitest';
import { SiteInputError } from '../../src/sitegen/model.js';
import { checkFetchTarget } from '../../src/sitegen/readers/url.guard.js';

const HINT = 'the server only fetches public addresses unless SITEGEN_ALLOW_PRIVATE_URLS=1';

async function refusal(url: string, allowPrivate = false): Promise<{ code: string; message: string }> {
  try {
    await checkFetchTarget(url, { allowPrivate });
  } catch (error) {
    expect(error).toBeInstanceOf(SiteInputError);
    const { code, message } = error as SiteInputError;
    return { code, message };
  }
  throw new Error(`${url} was accepted`);
}

describe('checkFetchTarget', () => {
  it.each([
    ['http://127.0.0.1/v1/events/1', '127.0.0.1', 'a loopback address'],
    ['http://127.8.9.10:8080/', '127.8.9.10', 'a loopback address'],
    ['http://10.1.2.3/', '10.1.2.3', 'a private network address'],
    ['http://172.16.0.1/', '172.16.0.1', 'a private network address'],
    ['http://172.31.255.254/', '172.31.255.254', 'a private network address'],
    ['http://192.168.1.10/', '192.168.1.10', 'a private network address'],
    ['http://169.254.10.20/', '169.254.10.20', 'a link-local address'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254', 'the cloud metadata address'],
    ['http://100.64.0.1/', '100.64.0.1', 'a carrier-grade NAT address (100.64.0.0/10)'],
    ['http://100.127.255.255/', '100.127.255.255', 'a carrier-grade NAT address (100.64.0.0/10)'],
    ['http://0.0.0.0/', '0.0.0.0', 'an unspecified address (0.0.0.0/8 or ::)'],
    ['http://0.1.2.3/', '0.1.2.3', 'an unspecified address (0.0.0.0/8 or ::)'],
    ['http://224.0.0.1/', '224.0.0.1', 'a multicast address'],
    ['http://239.255.255.250/', '239.255.255.250', 'a multicast address'],
    ['http://255.255.255.255/', '255.255.255.255', 'the broadcast address'],
    ['http://[::1]/', '::1', 'a loopback address'],
    ['http://[::]/', '::', 'an unspecified address (0.0.0.0/8 or ::)'],
    ['http://[fe80::1]/', 'fe80::1', 'a link-local address'],
    ['http://[fc00::1]/', 'fc00::1', 'a unique-local address (fc00::/7)'],
    ['http://[fd12:3456::1]/', 'fd12:3456::1', 'a unique-local address (fc00::/7)'],
    ['http://[ff02::1]/', 'ff02::1', 'a multicast address'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1', 'an IPv4-mapped form of a loopback address'],
    ['http://[::ffff:10.0.0.1]/', '::ffff:a00:1', 'an IPv4-mapped form of a private network address'],
    ['http://[::ffff:169.254.169.254]/', '::ffff:a9fe:a9fe', 'an IPv4-mapped form of the cloud metadata address'],
    ['http://[64:ff9b::192.168.0.1]/', '64:ff9b::c0a8:1', 'a NAT64 form of a private network address'],
  ])('refuses %s', async (url, host, reason) => {
    expect(await refusal(url)).toEqual({ code: 'input.url_not_allowed', message: `refusing to fetch from ${host}: ${reason}; ${HINT}` });
  });

  it('refuses the spellings of 127.0.0.1 that the URL parser turns into it', async () => {
    for (const url of ['http://2130706433/', 'http://0x7f.1/', 'http://0177.0.0.1/']) {
      expect(await refusal(url)).toEqual({ code: 'input.url_not_allowed', message: `refusing to fetch from 127.0.0.1: a loopback address; ${HINT}` });
    }
  });

  it('refuses localhost, naming the host and the address it resolves to', async () => {
    const { code, message } = await refusal('http://localhost:3000/v1/events/1');

    expect(code).toEqual('input.url_not_allowed');
    expect(message).toMatch(/^refusing to fetch from localhost \((127\.0\.0\.1|::1)\): a loopback address; /);
  });

  it('accepts public addresses and gives back the parsed URL', async () => {
    const url = await checkFetchTarget('https://93.184.215.14/v1/events/abc?include=x', { allowPrivate: false });

    expect(url.href).toEqual('https://93.184.215.14/v1/events/abc?include=x');
    expect((await checkFetchTarget('http://[2606:4700::1111]/', { allowPrivate: false })).hostname).toEqual('[2606:4700::1111]');
    expect((await checkFetchTarget('http://[64:ff9b::8.8.8.8]/', { allowPrivate: false })).hostname).toEqual('[64:ff9b::808:808]');
  });

  it('accepts private and loopback addresses when allowPrivate is set', async () => {
    for (const url of ['http://127.0.0.1:3000/v1/events/1', 'http://localhost:3000/v1/events/1', 'http://10.0.0.5/', 'http://[::1]:8080/', 'http://169.254.169.254/']) {
      expect((await checkFetchTarget(url, { allowPrivate: true })).href).toEqual(url);
    }
  });

  it.each(['file:///etc/passwd', 'ftp://93.184.215.14/pub', 'javascript:alert(1)', 'data:text/plain,hi', 'gopher://93.184.215.14/'])('refuses the scheme of %s', async (url) => {
    const scheme = url.slice(0, url.indexOf(':') + 1);

    expect(await refusal(url, true)).toEqual({ code: 'input.url_not_allowed', message: `only http and https URLs can be fetched, not ${scheme}` });
  });

  it('refuses credentials in the URL without repeating them', async () => {
    for (const url of ['https://admin:s3cret@93.184.215.14/v1/events/1', 'https://admin@93.184.215.14/', 'https://:s3cret@93.184.215.14/']) {
      const { code, message } = await refusal(url, true);

      expect({ code, message }).toEqual({ code: 'input.url_not_allowed', message: 'a URL with a user name or password in it is not accepted; give the public API address' });
    }
  });

  it('refuses a URL longer than 2,000 characters', async () => {
    const url = `https://93.184.215.14/${'a'.repeat(2000)}`;

    expect(await refusal(url, true)).toEqual({ code: 'input.url_not_allowed', message: `the URL is ${url.length} characters long; at most 2000 are accepted` });
    expect((await checkFetchTarget(`https://93.184.215.14/${'a'.repeat(2000 - 22)}`, { allowPrivate: false })).pathname.length).toEqual(1979);
  });

  it.each(['not a url', 'http://', '//93.184.215.14/x', 'http://exa mple.org/', 'https://[::1/', ''])('calls %j not a valid URL', async (url) => {
    const expected = url === '' ? 'no URL given' : 'not a valid URL (expected http://host/... or https://host/...)';

    expect(await refusal(url)).toEqual({ code: 'input.url_invalid', message: expected });
  });

  it('names a host that does not resolve', async () => {
    // .invalid is reserved never to resolve (RFC 2606); the local resolver answers at once without a network.
    const { code, message } = await refusal('https://no-such-host.invalid/v1/events/1');

    expect(code).toEqual('input.url_invalid');
    expect(message).toMatch(/^cannot fetch from no-such-host\.invalid: (no such host|name lookup failed \(E[A-Z]+\))$/);
  });
});
