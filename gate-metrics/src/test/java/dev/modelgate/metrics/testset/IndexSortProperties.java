package dev.modelgate.metrics.testset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class IndexSortProperties {

  @Property(seed = "42", tries = 500)
  void should_sort_indices_stably_like_the_jdk_list_sort(
      @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 20) Integer> values) {
    int[] keys = values.stream().mapToInt(Integer::intValue).toArray();
    int[] indices = new int[keys.length];
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      indices[i] = keys.length - 1 - i;
      expected.add(keys.length - 1 - i);
    }
    expected.sort(Comparator.comparingInt(i -> keys[i]));

    IndexSort.sort(indices, (a, b) -> Integer.compare(keys[a], keys[b]));

    assertThat(indices).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
  }
}
