package dev.modelgate.metrics.testset;

/**
 * A stable merge sort of row indices under a comparator on indices, so rows are ordered by keys
 * held in primitive arrays without boxing a single row. Stateless and thread-safe.
 */
final class IndexSort {

  /** Compares two row indices by whatever the rows hold. */
  @FunctionalInterface
  interface IndexComparator {
    /** Negative, zero or positive as row {@code a} sorts before, with or after row {@code b}. */
    int compare(int a, int b);
  }

  private static final int INSERTION_SORT_BELOW = 7;

  private IndexSort() {}

  /** Sorts {@code indices} in place; rows that compare equal keep their relative order. */
  static void sort(int[] indices, IndexComparator comparator) {
    mergeSort(indices.clone(), indices, 0, indices.length, comparator);
  }

  /** Sorts {@code src[low, high)} into {@code dest[low, high)}; both hold the same values. */
  private static void mergeSort(int[] src, int[] dest, int low, int high, IndexComparator c) {
    if (high - low < INSERTION_SORT_BELOW) {
      for (int i = low + 1; i < high; i++) {
        for (int j = i; j > low && c.compare(dest[j - 1], dest[j]) > 0; j--) {
          int swap = dest[j];
          dest[j] = dest[j - 1];
          dest[j - 1] = swap;
        }
      }
      return;
    }
    int mid = (low + high) >>> 1;
    mergeSort(dest, src, low, mid, c);
    mergeSort(dest, src, mid, high, c);
    if (c.compare(src[mid - 1], src[mid]) <= 0) {
      System.arraycopy(src, low, dest, low, high - low);
      return;
    }
    for (int i = low, p = low, q = mid; i < high; i++) {
      if (q >= high || p < mid && c.compare(src[p], src[q]) <= 0) {
        dest[i] = src[p++];
      } else {
        dest[i] = src[q++];
      }
    }
  }
}
