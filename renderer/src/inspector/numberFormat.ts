/**
 * Counts and sizes as the student's language writes them ("65,536" in English, "65.536" in
 * Spanish). The formatters are made once per language: the status lines are redrawn with
 * every batch, and making an `Intl.NumberFormat` costs far more than using one.
 */
const MEBIBYTE = 1024 * 1024;
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}/${fractionDigits}`;
  let found = formatters.get(key);
  if (found === undefined) {
    found = new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits });
    formatters.set(key, found);
  }
  return found;
}

export function formatCount(value: number, locale: string): string {
  return formatter(locale, 0).format(value);
}

/** Megabytes as a student reads them: whole from ten up, one decimal below. */
export function formatMegabytes(bytes: number, locale: string): string {
  const megabytes = bytes / MEBIBYTE;
  return formatter(locale, megabytes >= 10 ? 0 : 1).format(megabytes);
}
