/**
 * Secrets in connection URLs (`postgres://user:PASSWORD@host/db`, `nats://user:PASSWORD@host`,
 * `nats://TOKEN@host`) never reach a terminal, a log or the store: every place that prints or
 * records a `--db` or `--queue` value, or an error that may quote one, passes it through here.
 */
const MASK = '***';

/** Schemes whose user part alone is a secret (a NATS token: `nats://TOKEN@host`). */
const TOKEN_SCHEMES = /^(?:nats|tls|ws|wss)$/i;

/** `scheme://userinfo@` anywhere in a string; userinfo stops at the first `@`, `/`, space or quote. */
const USERINFO = /\b([a-z][a-z0-9+.-]*):\/\/([^@/\s'"`<>]+)@/gi;

/**
 * The string with the password of every URL in it replaced by `***`, and a NATS token (a user
 * part without a password) too. Anything that is not a URL is returned unchanged.
 */
export function redactUrl(text: string): string {
  return text.replace(USERINFO, (_all, scheme: string, userinfo: string) => {
    const colon = userinfo.indexOf(':');
    if (colon >= 0) return `${scheme}://${userinfo.slice(0, colon)}:${MASK}@`;
    return TOKEN_SCHEMES.test(scheme) ? `${scheme}://${MASK}@` : `${scheme}://${userinfo}@`;
  });
}
