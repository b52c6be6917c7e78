import { it } from 'vitest';
import { bench } from '../../src/bench/incidents-bench.js';
it('bench', async () => { console.log(JSON.stringify(await bench(), null, 1)); }, 300000);
