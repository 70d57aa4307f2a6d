package dev.modelgate.metrics.curve;

/**
 * Sorts a range of keys in ascending order and moves a parallel array of values with them: an
 * introsort (three-way quicksort, insertion sort on short ranges, heapsort past a depth limit), so
 * O(n log n) in the worst case and linear on all-equal keys.
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
      double pivot = medianOfThree(k[lo], k[(lo + hi) >>> 1], k[hi]);
      int lt = lo;
      int i = lo;
      int gt = hi;
      while (i <= gt) {
        double x = k[i];
        if (x < pivot) {
          swap(k, v, lt++, i++);
        } else if (x > pivot) {
          swap(k, v, i, gt--);
        } else {
          i++;
        }
      }
      if (lt - lo < hi - gt) {
        introsort(k, v, lo, lt - 1, depth);
        lo = gt + 1;
      } else {
        introsort(k, v, gt + 1, hi, depth);
        hi = lt - 1;
      }
    }
    insertionSort(k, v, lo, hi);
  }

  private static double medianOfThree(double a, double b, double c) {
    return a < b ? (b < c ? b : Math.max(a, c)) : (a < c ? a : Math.max(b, c));
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
