// Helpers to build DataLoaders whose batch function returns rows in any order.
import DataLoader from 'dataloader';

/** One value (or null) per key, matched by `keyOf`. */
export function loaderByKey<V>(load: (keys: readonly string[]) => Promise<V[]>, keyOf: (row: V) => string): DataLoader<string, V | null> {
  return new DataLoader(async (keys) => {
    const rows = await load(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row] as const));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** All rows per key (possibly none), in the order the query returned them. */
export function loaderOfLists<V>(load: (keys: readonly string[]) => Promise<V[]>, keyOf: (row: V) => string): DataLoader<string, V[]> {
  return new DataLoader(async (keys) => {
    const rows = await load(keys);
    const byKey = new Map<string, V[]>(keys.map((key) => [key, []]));
    for (const row of rows) byKey.get(keyOf(row))?.push(row);
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/** `loader.loadMany(keys)` with a failed key rethrown instead of returned as an Error value. */
export async function loadAll<K, V, C>(loader: DataLoader<K, V, C>, keys: readonly K[]): Promise<V[]> {
  return (await loader.loadMany(keys)).map((value) => {
    if (value instanceof Error) throw value;
    return value;
  });
}
