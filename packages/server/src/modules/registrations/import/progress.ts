/**
 * Rows read so far by imports running in this process. The import's own row is written only
 * when its transaction ends, so while it runs this is where the progress bar reads from.
 */
class ImportProgress {
  private readonly running = new Map<string, { processed: number; total: number }>();
  start(id: string) {
    this.running.set(id, { processed: 0, total: 0 });
  }
  total(id: string, total: number) {
    const entry = this.running.get(id);
    if (entry) entry.total = total;
  }
  update(id: string, processed: number) {
    const entry = this.running.get(id);
    if (entry) entry.processed = processed;
  }
  finish(id: string) {
    this.running.delete(id);
  }
  get(id: string): { processed: number; total: number } | undefined {
    return this.running.get(id);
  }
}

export const importProgress = new ImportProgress();
