const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function clock(date: Date): string {
  const hours = date.getUTCHours();
  const minutes = String(date.getUTCMinutes()).padStart(2, '0');
  return `${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
}

const dayNumber = (date: Date): number => Math.floor(date.getTime() / 86_400_000);

/** JSM's date object (`createdDate`, `statusDate`): ISO, Jira format, a friendly text and epoch millis. Times are UTC. */
export function jsmDate(iso: string, now: Date): Record<string, unknown> {
  const date = new Date(iso);
  const days = dayNumber(now) - dayNumber(date);
  const day = `${String(date.getUTCDate()).padStart(2, '0')}/${MONTHS[date.getUTCMonth()] ?? ''}/${String(date.getUTCFullYear()).slice(2)}`;
  const friendly = days === 0 ? `Today ${clock(date)}` : days === 1 ? `Yesterday ${clock(date)}` : `${day} ${clock(date)}`;
  return {
    iso8601: date.toISOString().replace(/\.\d{3}Z$/, '+0000'),
    jira: date.toISOString().replace('Z', '+0000'),
    friendly,
    epochMillis: date.getTime(),
  };
}
