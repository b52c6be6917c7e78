import { BlockList, isIP } from 'node:net';

/** Shortest `--token` that is not a warning: 16 characters of a random token are 80+ bits. */
export const MIN_TOKEN_CHARS = 16;

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/** Whether `host` only accepts connections from this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  const family = isIP(h);
  if (family === 4) return loopback.check(h, 'ipv4');
  if (family === 6) return loopback.check(h, 'ipv6') || /^::ffff:127\./.test(h);
  return false;
}

/**
 * Warnings `lapwing serve` prints before it starts (docs/security.md): a short token can be
 * guessed, and a host other than loopback serves every stored article to the network, with no
 * authentication on reads.
 */
export function serveWarnings(host: string, token: string | undefined): string[] {
  const out: string[] = [];
  if (token !== undefined && token.length < MIN_TOKEN_CHARS) {
    out.push(
      `warning: the token is ${token.length} characters long; use at least ${MIN_TOKEN_CHARS} random ones (e.g. openssl rand -hex 16): it is all that guards POST /api/articles`,
    );
  }
  if (!isLoopbackHost(host)) {
    out.push(
      `warning: --host ${host} is not a loopback address: anyone who can reach it can read every stored article and event (reads need no token); put a reverse proxy with TLS and access control in front`,
    );
  }
  return out;
}
