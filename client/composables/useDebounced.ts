import { onScopeDispose, shallowRef, toValue, watch, type MaybeRefOrGetter, type ShallowRef } from 'vue';

/**
 * A copy of `source` that follows it only once it has stopped changing for `delay` ms (values are
 * compared as JSON, so an equal new object does not restart the wait). Starts with its value.
 */
export function useDebounced<T>(source: MaybeRefOrGetter<T>, delay: number): Readonly<ShallowRef<T>> {
  const settled = shallowRef(toValue(source)) as ShallowRef<T>;
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(
    () => JSON.stringify(toValue(source) ?? null),
    () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        settled.value = toValue(source);
      }, delay);
    },
  );
  onScopeDispose(() => clearTimeout(timer));
  return settled;
}
