/**
 * What every load generator shares: its options as `--name value` pairs and its one result, a
 * JSON object on the last line of stdout, which the runner reads when the process ends.
 */
import process from 'node:process';

/** The numeric options named in `names`, each required, from `--name value` pairs. */
export function numericOptions(names) {
  const values = {};
  const args = process.argv.slice(2);
  for (const name of names) {
    const index = args.indexOf(`--${name}`);
    const value = Number(index >= 0 ? args[index + 1] : NaN);
    if (!Number.isFinite(value)) throw new Error(`missing or bad --${name}`);
    values[name] = value;
  }
  return values;
}

export function report(result) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

export function secondsSince(startNs) {
  return Number(process.hrtime.bigint() - startNs) / 1e9;
}
