// Runs an async task per item with at most `concurrency` running at a time; results keep the
// items' order. Tasks should not throw (callers turn failures into results): a throw rejects
// the whole map, though tasks already running still finish.

export const mapBounded = async <T, R>(
  items: readonly T[],
  options: { readonly concurrency: number },
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> => {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(items[index] as T, index);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
};
