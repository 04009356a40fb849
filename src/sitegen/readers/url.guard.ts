// Decides whether the server may fetch a URL that a visitor gave as "a remote Open Event API" for a site build.
// The server fetches on the visitor's behalf, so without this check anyone could make it read its own loopback
// services, the private network behind it or a cloud metadata endpoint (SSRF). Only http(s) URLs without
// credentials are taken, and unless private addresses are allowed (SITEGEN_ALLOW_PRIVATE_URLS=1, for a Convene
// next to the API it reads) every address the host resolves to must be public unicast.
//
// Codes: 'input.url_invalid' for what is not a usable URL (malformed, no host, a host that does not resolve);
// 'input.url_not_allowed' for a URL that is well formed but refused (scheme, credentials, length, address).
//
// The check resolves the name once; the fetch that follows resolves it again, so a name whose answer changes in
// between (DNS rebinding) is only stopped if the fetcher also connects to one of the checked addresses. Redirects
// must be checked again by the caller, one hop at a time.
import { promises as dns } from 'node:dns';
import ipaddr from 'ipaddr.js';
import { SiteInputError } from '../model.js';

export const MAX_URL_LENGTH = 2000;

const PRIVATE_HINT = 'the server only fetches public addresses unless SITEGEN_ALLOW_PRIVATE_URLS=1';

// Why each ipaddr.js range is refused, in words for the error message. Anything not 'unicast' is refused; a range
// missing here (a future ipaddr.js version adding one) still is, with its library name.
const RANGE_REASONS: Record<string, string> = {
  unspecified: 'an unspecified address (0.0.0.0/8 or ::)',
  broadcast: 'the broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address',
  loopback: 'a loopback address',
  carrierGradeNat: 'a carrier-grade NAT address (100.64.0.0/10)',
  private: 'a private network address',
  reserved: 'a reserved address',
  as112: 'a reserved address (AS112)',
  amt: 'a reserved address (AMT)',
  uniqueLocal: 'a unique-local address (fc00::/7)',
  deprecatedSiteLocal: 'a site-local address (fec0::/10)',
  discard: 'a discard-only address (100::/64)',
  rfc6145: 'an IPv4-translated address',
  '6to4': 'a 6to4 address (2002::/16)',
  teredo: 'a Teredo address',
  benchmarking: 'a benchmarking address',
  as112v6: 'a reserved address (AS112)',
  deprecatedOrchid: 'a reserved address (ORCHID)',
  orchid2: 'a reserved address (ORCHIDv2)',
  droneRemoteIdProtocolEntityTags: 'a reserved address (DRIP)',
  segmentRouting: 'a segment-routing address',
};

export async function checkFetchTarget(url: string, options: { allowPrivate: boolean }): Promise<URL> {
  if (typeof url !== 'string' || url.trim() === '') throw new SiteInputError('input.url_invalid', 'no URL given');
  if (url.length > MAX_URL_LENGTH) {
    throw new SiteInputError('input.url_not_allowed', `the URL is ${url.length} characters long; at most ${MAX_URL_LENGTH} are accepted`);
  }
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    // The text is not echoed: it may hold credentials that the URL parser could not separate.
    throw new SiteInputError('input.url_invalid', 'not a valid URL (expected http://host/... or https://host/...)');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new SiteInputError('input.url_not_allowed', `only http and https URLs can be fetched, not ${parsed.protocol}`);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new SiteInputError('input.url_not_allowed', 'a URL with a user name or password in it is not accepted; give the public API address');
  }
  // URL gives IPv6 literals in brackets; the resolver and ipaddr.js want them bare.
  const host = parsed.hostname.startsWith('[') ? parsed.hostname.slice(1, -1) : parsed.hostname;
  if (host === '') throw new SiteInputError('input.url_invalid', 'the URL has no host');
  if (options.allowPrivate) return parsed;

  let addresses: { address: string }[];
  try {
    addresses = await dns.lookup(host, { all: true, verbatim: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOTFOUND' || code === 'ENODATA' ? 'no such host' : `name lookup failed (${code ?? 'unknown error'})`;
    throw new SiteInputError('input.url_invalid', `cannot fetch from ${host}: ${why}`);
  }
  if (addresses.length === 0) throw new SiteInputError('input.url_invalid', `cannot fetch from ${host}: no such host`);
  for (const { address } of addresses) {
    const reason = refusalReason(address);
    if (reason !== null) {
      const named = address === host ? host : `${host} (${address})`;
      throw new SiteInputError('input.url_not_allowed', `refusing to fetch from ${named}: ${reason}; ${PRIVATE_HINT}`);
    }
  }
  return parsed;
}

/** Why an address is not public unicast, or null when it is. */
function refusalReason(address: string): string | null {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = ipaddr.parse(address.replace(/%.*$/, ''));
  } catch {
    return 'an address the server cannot classify';
  }
  if (ip.kind() === 'ipv6') {
    const v6 = ip as ipaddr.IPv6;
    // ::ffff:a.b.c.d reaches a.b.c.d, so it is judged as that IPv4 address.
    if (v6.isIPv4MappedAddress()) return wrapped('an IPv4-mapped', ipv4Reason(v6.toIPv4Address()));
    const range = v6.range();
    // NAT64 (64:ff9b::/96) is how an IPv6-only server reaches IPv4 hosts: judge the IPv4 address inside it.
    if (range === 'rfc6052' && v6.match(ipaddr.IPv6.parse('64:ff9b::'), 96)) {
      return wrapped('a NAT64', ipv4Reason(new ipaddr.IPv4(v6.toByteArray().slice(12))));
    }
    if (range === 'unicast') return null;
    return RANGE_REASONS[range] ?? `a special-purpose address (${range})`;
  }
  return ipv4Reason(ip as ipaddr.IPv4);
}

function ipv4Reason(ip: ipaddr.IPv4): string | null {
  // Checked before its range (link-local) so the message says what is at stake.
  if (ip.toString() === '169.254.169.254') return 'the cloud metadata address';
  const range = ip.range();
  if (range === 'unicast') return null;
  return RANGE_REASONS[range] ?? `a special-purpose address (${range})`;
}

function wrapped(form: string, reason: string | null): string | null {
  return reason === null ? null : `${form} form of ${reason}`;
}
