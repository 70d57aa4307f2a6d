package dev.modelgate.mlflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.spi.ModelRegistry;
import dev.modelgate.mlflow.fake.FakeMlflowServer;
import dev.modelgate.test.ModelRegistryContract;
import dev.modelgate.test.RegistrySamples;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The registry contract kit against the adapter, over real HTTP on loopback to the fake MLflow
 * server: a new server for every test.
 */
class MlflowModelRegistryContractTest extends ModelRegistryContract {

  private FakeMlflowServer mlflow;

  @Override
  protected ModelRegistry createRegistry(Clock clock) {
    mlflow = FakeMlflowServer.start();
    return Registries.on(mlflow, clock);
  }

  /** MLflow dates versions itself; the adapter's clock dates only the alias history. */
  @Override
  public boolean recordsClockTime() {
    return false;
  }

  @AfterEach
  void stopServer() {
    mlflow.close();
  }

  @Test
  void should_share_versions_aliases_and_history_with_another_adapter_on_the_same_server() {
    registerVersions("fraud", 2);
    registry().setAlias("fraud", "champion", Optional.empty(), "2", "ci");

    ModelRegistry other = Registries.on(mlflow, clock());

    assertThat(other.versions("fraud")).isEqualTo(registry().versions("fraud"));
    assertThat(other.alias("fraud", "champion")).contains("2");
    assertThat(other.aliasHistory("fraud")).isEqualTo(registry().aliasHistory("fraud"));
    assertThat(other.register(RegistrySamples.request("fraud")).version())
        .isEqualTo("3");
  }
}
