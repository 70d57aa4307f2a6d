package dev.modelgate.metrics.curve;

/**
 * Sorts a range of keys in ascending order and moves a parallel array of values with them: an
 * introsort (quicksort with Hoare's partition, insertion sort on short ranges, heapsort past a
 * depth limit), so O(n log n) in the worst case, including runs of equal keys.
 *
 * <p>Keys must not be {@code NaN}; {@code -0.0} and {@code 0.0} are treated as equal. The order of
 * equal keys is unspecified. Stateless and thread-safe.
 */
final class PairSort {

  private static final int INSERTION_THRESHOLD = 24;

  private PairSort() {}

  /** Sorts {@code keys[from, to)} and applies the same permutation to {@code values[from, to)}. */
  static void sort(double[] keys, double[] values, int from, int to) {
    sort(keys, values, from, to, 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from))));
  }

  /** As {@link #sort(double[], double[], int, int)}, switching to heapsort past depthLimit. */
  static void sort(double[] keys, double[] values, int from, int to, int depthLimit) {
    introsort(keys, values, from, to - 1, depthLimit);
  }

  private static void introsort(double[] k, double[] v, int lo, int hi, int depth) {
    while (hi - lo > INSERTION_THRESHOLD) {
      if (depth-- == 0) {
        heapSort(k, v, lo, hi);
        return;
      }
      int j = partition(k, v, lo, hi);
      if (j - lo < hi - j) {
        introsort(k, v, lo, j - 1, depth);
        lo = j + 1;
      } else {
        introsort(k, v, j + 1, hi, depth);
        hi = j - 1;
      }
    }
    insertionSort(k, v, lo, hi);
  }

  /**
   * Hoare's partition around the median of the first, middle and last key, which also serve as
   * sentinels for the scans. Scans stop on keys equal to the pivot, so runs of equal keys split
   * evenly. Returns the pivot's final index: keys before it are ≤ it, keys after it ≥ it.
   */
  private static int partition(double[] k, double[] v, int lo, int hi) {
    int mid = (lo + hi) >>> 1;
    if (k[mid] < k[lo]) {
      swap(k, v, lo, mid);
    }
    if (k[hi] < k[lo]) {
      swap(k, v, lo, hi);
    }
    if (k[hi] < k[mid]) {
      swap(k, v, mid, hi);
    }
    swap(k, v, mid, lo + 1);
    double pivot = k[lo + 1];
    int i = lo + 1;
    int j = hi;
    while (true) {
      do {
        i++;
      } while (k[i] < pivot);
      do {
        j--;
      } while (k[j] > pivot);
      if (i >= j) {
        break;
      }
      swap(k, v, i, j);
    }
    swap(k, v, lo + 1, j);
    return j;
  }

  private static void insertionSort(double[] k, double[] v, int lo, int hi) {
    for (int i = lo + 1; i <= hi; i++) {
      double key = k[i];
      double value = v[i];
      int j = i - 1;
      while (j >= lo && k[j] > key) {
        k[j + 1] = k[j];
        v[j + 1] = v[j];
        j--;
      }
      k[j + 1] = key;
      v[j + 1] = value;
    }
  }

  private static void heapSort(double[] k, double[] v, int lo, int hi) {
    int n = hi - lo + 1;
    for (int root = n / 2 - 1; root >= 0; root--) {
      siftDown(k, v, lo, root, n);
    }
    for (int end = n - 1; end > 0; end--) {
      swap(k, v, lo, lo + end);
      siftDown(k, v, lo, 0, end);
    }
  }

  private static void siftDown(double[] k, double[] v, int lo, int root, int n) {
    while (true) {
      int child = 2 * root + 1;
      if (child >= n) {
        return;
      }
      if (child + 1 < n && k[lo + child + 1] > k[lo + child]) {
        child++;
      }
      if (!(k[lo + child] > k[lo + root])) {
        return;
      }
      swap(k, v, lo + root, lo + child);
      root = child;
    }
  }

  private static void swap(double[] k, double[] v, int i, int j) {
    double key = k[i];
    k[i] = k[j];
    k[j] = key;
    double value = v[i];
    v[i] = v[j];
    v[j] = value;
  }
}
