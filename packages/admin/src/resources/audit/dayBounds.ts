/**
 * The date-range filter works on instants; a user picks days. A day starts at local midnight and ends
 * at its last millisecond (the API's createdTo is inclusive), in the browser's time zone — the one the
 * user reads times in.
 */
export function startOfDay(day: string | null | undefined): string | null {
  return day ? new Date(`${day}T00:00:00`).toISOString() : null;
}

export function endOfDay(day: string | null | undefined): string | null {
  return day ? new Date(`${day}T23:59:59.999`).toISOString() : null;
}
