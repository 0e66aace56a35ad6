/**
 * fast-check, seeded. The suite gates merges, so every run replays the same
 * cases; `npm run fuzz` explores fresh ones with a random seed and prints it,
 * and SAGELINT_FUZZ_SEED replays a seed a failure reported.
 */
import fc from 'fast-check';

/** The suite's seed: any fixed number does; a failure it finds is fixed, not re-rolled. */
const SUITE_SEED = 20_261_207;

const chosen = process.env.SAGELINT_FUZZ_SEED;
const seed = chosen === undefined || chosen === '' ? SUITE_SEED : Number(chosen);
if (!Number.isSafeInteger(seed)) throw new Error(`SAGELINT_FUZZ_SEED must be an integer, not ${JSON.stringify(chosen)}`);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });

export default fc;
