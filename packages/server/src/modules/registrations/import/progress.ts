/**
 * Rows read so far by imports running in this process. The import's own row is written only
 * when its transaction ends, so while it runs this is where the progress bar reads from.
 */
class ImportProgress {
  private readonly running = new Map<string, number>();
  start(id: string) {
    this.running.set(id, 0);
  }
  update(id: string, processed: number) {
    this.running.set(id, processed);
  }
  finish(id: string) {
    this.running.delete(id);
  }
  get(id: string): number | undefined {
    return this.running.get(id);
  }
}

export const importProgress = new ImportProgress();
