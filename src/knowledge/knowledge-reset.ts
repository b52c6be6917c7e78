/**
 * Caches built from the actor knowledge (phrase readings, resolved contexts) register here, so
 * that registering user dictionaries after a first use (tests, a server that reloads) starts
 * from clean caches.
 */
const listeners: (() => void)[] = [];

/** Runs `fn` whenever the knowledge is rebuilt. */
export function onKnowledgeReset(fn: () => void): void {
  listeners.push(fn);
}

/** Tells every cache that the knowledge changed. */
export function notifyKnowledgeReset(): void {
  for (const fn of listeners) fn();
}
