package dev.modelgate.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.registry.FileModelRegistry;
import dev.modelgate.core.spi.ModelRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileModelRegistryContractTest extends ModelRegistryContract {

  @TempDir Path root;

  @Override
  protected ModelRegistry createRegistry(Clock clock) {
    return FileModelRegistry.open(root, clock);
  }

  @Test
  void should_see_from_a_second_instance_on_the_same_directory_what_the_first_wrote() {
    registerVersions("fraud", 2);
    registry().setAlias("fraud", "champion", Optional.empty(), "2", "ci");

    FileModelRegistry other = FileModelRegistry.open(root, clock());

    assertThat(other.versions("fraud")).isEqualTo(registry().versions("fraud"));
    assertThat(other.alias("fraud", "champion")).contains("2");
    assertThat(other.aliasHistory("fraud")).isEqualTo(registry().aliasHistory("fraud"));
    assertThat(other.register(RegistrySamples.request("fraud")).version()).isEqualTo("3");
  }
}
