import { type LookupAddress, lookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { Agent } from 'undici';
import { refusedAddress } from './address-guard.js';

/** The error of a connection refused by the fetch policy; `fetchUrl` turns it into a problem. */
export class RefusedAddressError extends Error {
  readonly code = 'EREFUSEDADDRESS';
  constructor(
    readonly host: string,
    readonly address: string,
    readonly reason: string,
  ) {
    super(`${host} resolves to ${address}, a ${reason}`);
  }
}

/**
 * DNS look-up that fails with {@link RefusedAddressError} when the name resolves to an address the
 * fetch policy refuses. It runs when the connection is made, so the address checked is the one
 * connected to (a name that resolves differently on a second look-up gains nothing).
 */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) {
      (callback as (e: Error | null, a: string, f: number) => void)(err, '', 0);
      return;
    }
    for (const a of addresses) {
      const reason = refusedAddress(a.address);
      if (reason) {
        (callback as (e: Error | null, a: string, f: number) => void)(
          new RefusedAddressError(hostname, a.address, reason),
          '',
          0,
        );
        return;
      }
    }
    if (options.all) (callback as (e: Error | null, a: LookupAddress[]) => void)(null, addresses);
    else
      (callback as (e: Error | null, a: string, f: number) => void)(
        null,
        addresses[0].address,
        addresses[0].family,
      );
  });
};

/** The two connection pools of a run's fetches; closed at its end so that no socket keeps it alive. */
export interface FetchAgents {
  /** Fetches under the fetch policy: private addresses refused at connect time. */
  guarded: Agent;
  /** Fetches allowed anywhere (`--allow-private-urls`, a URL the user gave). */
  open: Agent;
  close(): Promise<void>;
}

/** Creates the pools of one run (no socket is opened until a fetch needs one). */
export function createFetchAgents(): FetchAgents {
  const guarded = new Agent({ connect: { lookup: guardedLookup } });
  const open = new Agent();
  return {
    guarded,
    open,
    async close() {
      await Promise.all([guarded.close(), open.close()]);
    },
  };
}
