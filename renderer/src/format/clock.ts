const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Local wall-clock time with milliseconds: two packets in the same second stay apart. */
export function formatClock(time: number): string {
  const date = new Date(time);
  return (
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `.${pad(date.getMilliseconds(), 3)}`
  );
}
