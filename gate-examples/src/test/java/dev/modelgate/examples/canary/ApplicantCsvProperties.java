package dev.modelgate.examples.canary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class ApplicantCsvProperties {

  @Property
  void should_read_back_every_finite_value_it_wrote(
      @ForAll @Size(min = 1, max = 20) List<@DoubleRange(min = -1e300, max = 1e300) Double> values) {
    List<String> names = new ArrayList<>();
    double[] array = new double[values.size()];
    for (int i = 0; i < array.length; i++) {
      names.add("f" + i);
      array[i] = values.get(i);
    }

    Map<String, Double> read = ApplicantCsv.read(ApplicantCsv.write(names, array));

    assertThat(read.keySet()).containsExactlyElementsOf(names);
    for (int i = 0; i < array.length; i++) {
      assertThat(read.get(names.get(i))).isEqualTo(values.get(i));
    }
  }
}
