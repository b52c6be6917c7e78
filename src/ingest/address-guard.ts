import { BlockList, isIP } from 'node:net';

/**
 * Address ranges a fetch that a feed or page led to may not reach (the fetch policy of
 * docs/security.md), each with the reason printed when a fetch is refused. Cloud metadata
 * services sit at link-local or private addresses (169.254.169.254, 169.254.170.2, 100.100.100.200,
 * fd00:ec2::254, 192.0.0.192), so they are covered by the ranges and named on their own.
 */
const RANGES: readonly [string, number, 'ipv4' | 'ipv6', string][] = [
  ['0.0.0.0', 8, 'ipv4', 'unspecified address'],
  ['10.0.0.0', 8, 'ipv4', 'private address (RFC 1918)'],
  ['100.64.0.0', 10, 'ipv4', 'shared address space (CGNAT, RFC 6598)'],
  ['127.0.0.0', 8, 'ipv4', 'loopback address'],
  ['169.254.0.0', 16, 'ipv4', 'link-local address'],
  ['172.16.0.0', 12, 'ipv4', 'private address (RFC 1918)'],
  ['192.0.0.0', 24, 'ipv4', 'IETF protocol address'],
  ['192.168.0.0', 16, 'ipv4', 'private address (RFC 1918)'],
  ['198.18.0.0', 15, 'ipv4', 'benchmarking address'],
  ['224.0.0.0', 4, 'ipv4', 'multicast address'],
  ['240.0.0.0', 4, 'ipv4', 'reserved address'],
  ['::', 128, 'ipv6', 'unspecified address'],
  ['::1', 128, 'ipv6', 'loopback address'],
  ['fe80::', 10, 'ipv6', 'link-local address'],
  ['fc00::', 7, 'ipv6', 'unique local address (fc00::/7)'],
  ['ff00::', 8, 'ipv6', 'multicast address'],
];

const METADATA = new Set([
  '169.254.169.254',
  '169.254.170.2',
  '100.100.100.200',
  '192.0.0.192',
  'fd00:ec2::254',
]);

const lists = RANGES.map(([net, prefix, type, reason]) => {
  const list = new BlockList();
  list.addSubnet(net, prefix, type);
  return { list, type, reason };
});

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) IPv6 one. */
function embeddedIpv4(ip: string): string | null {
  const m = /^(?:::ffff:|64:ff9b::)(?:0:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (m) return m[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(ip);
  if (!hex) return null;
  const hi = Number.parseInt(hex[1], 16);
  const lo = Number.parseInt(hex[2], 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/**
 * Why `ip` may not be fetched (loopback, link-local, private, CGNAT, unique local, unspecified,
 * multicast, reserved or a cloud metadata address), or null when it is a public address. Anything
 * that is not an IP address is refused too: the guard is applied after DNS resolution.
 */
export function refusedAddress(ip: string): string | null {
  const bare = ip
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '')
    .toLowerCase();
  const family = isIP(bare);
  if (family === 0) return 'not an IP address';
  if (METADATA.has(bare)) return 'cloud metadata address';
  if (family === 6) {
    const v4 = embeddedIpv4(bare);
    if (v4) return refusedAddress(v4);
  }
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const r of lists) if (r.type === type && r.list.check(bare, type)) return r.reason;
  return null;
}
