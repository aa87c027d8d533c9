// The first `count` items in an order, without sorting them all: a bounded max-heap keeps the
// smallest seen so far, so a million items cost one comparison each for most of them.

/** The `count` smallest of `items` under `compare`, ascending. */
export function smallest<T>(items: Iterable<T>, count: number, compare: (a: T, b: T) => number): T[] {
  if (count <= 0) return [];
  const heap: T[] = [];
  const above = (i: number, j: number) => compare(heap[i]!, heap[j]!) > 0;
  const swap = (i: number, j: number) => { [heap[i], heap[j]] = [heap[j]!, heap[i]!]; };
  for (const item of items) {
    if (heap.length < count) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && above(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (compare(item, heap[0]!) < 0) {
      heap[0] = item;
      siftDown(heap.length, above, swap);
    }
  }
  return heap.sort(compare);
}

/** Restores the max-heap from the root down after the root was replaced. */
function siftDown(size: number, above: (i: number, j: number) => boolean, swap: (i: number, j: number) => void): void {
  for (let i = 0; ;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let largest = i;
    if (left < size && above(left, largest)) largest = left;
    if (right < size && above(right, largest)) largest = right;
    if (largest === i) return;
    swap(i, largest);
    i = largest;
  }
}
