/** `YYYY-MM-DD HH:mm` in Asia/Shanghai, as refusals and tickets print an instant (Shanghai keeps no daylight saving time). */
export function shanghaiDateTime(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
