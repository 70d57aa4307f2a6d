package dev.modelgate.metrics.testset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class Utf8Properties {

  @Provide
  Arbitrary<String> wellFormed() {
    return Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
        .list().ofMaxSize(20)
        .map(cps -> cps.stream().collect(
            StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
  }

  @Property(seed = "42", tries = 500)
  void should_encode_well_formed_text_as_the_jdk_does(@ForAll("wellFormed") String text) {
    byte[] buffer = new byte[3 + Utf8.length(text)];

    int end = Utf8.write(text, buffer, 3);

    assertThat(Utf8.firstUnpairedSurrogate(text)).isEqualTo(-1);
    assertThat(end).isEqualTo(buffer.length);
    assertThat(Arrays.copyOfRange(buffer, 3, end)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Example
  void should_find_lone_high_and_low_surrogates_but_not_pairs() {
    assertThat(Utf8.firstUnpairedSurrogate("a\uD834\uDD1Eb")).isEqualTo(-1);
    assertThat(Utf8.firstUnpairedSurrogate("a\uD834")).isEqualTo(1);
    assertThat(Utf8.firstUnpairedSurrogate("ab\uDD1E\uD834")).isEqualTo(2);
    assertThat(Utf8.firstUnpairedSurrogate("\uD834\uD834\uDD1E")).isEqualTo(0);
  }
}
