package dev.modelgate.kserve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.spi.TrafficException;
import dev.modelgate.core.spi.TrafficSplit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A router that makes its own client from a kubeconfig file, and closes it. */
class ConnectTest {

  private static final String TOKEN = "kubeconfig-token-51c7";

  @TempDir Path dir;
  private MockKServe kserve;

  @BeforeEach
  void start() {
    kserve = new MockKServe();
    kserve.create("inferenceservice-canary.json");
  }

  @AfterEach
  void stop() {
    kserve.close();
  }

  @Test
  void should_reach_the_api_server_and_credentials_of_the_kubeconfig() throws IOException {
    Path kubeconfig = kubeconfig("http://localhost:" + kserve.server().getPort());

    try (KServeTrafficRouter router = KServeTrafficRouter.connect(kubeconfig, "ml-serving", "fraud-model")) {
      assertThat(router.observedSplit()).isEqualTo(new TrafficSplit(20, true));
    }
    assertThat(kserve.takeRequests())
        .extracting(RecordingDispatcher.Request::authorization)
        .containsExactly("Bearer " + TOKEN);
  }

  @Test
  void should_close_the_client_it_made() throws IOException {
    Path kubeconfig = kubeconfig("http://localhost:" + kserve.server().getPort());
    KServeTrafficRouter router = KServeTrafficRouter.connect(kubeconfig, "ml-serving", "fraud-model");

    router.close();

    assertThatThrownBy(router::observedSplit).isInstanceOf(TrafficException.class);
  }

  @Test
  void should_say_a_kubeconfig_file_is_missing() {
    Path missing = dir.resolve("absent-kubeconfig");

    assertThatThrownBy(() -> KServeTrafficRouter.connect(missing, "ml-serving", "fraud-model"))
        .isInstanceOf(TrafficException.class)
        .hasMessage("the kubeconfig file " + missing + " does not exist or is not a file");
  }

  @Test
  void should_not_quote_a_kubeconfig_it_cannot_parse() throws IOException {
    Path broken = dir.resolve("broken-kubeconfig");
    Files.writeString(broken, "users: [ {name: ci, user: {token: " + TOKEN + "}\n  - : :\n");

    assertThatThrownBy(() -> KServeTrafficRouter.connect(broken, "ml-serving", "fraud-model"))
        .isInstanceOf(TrafficException.class)
        .hasMessageStartingWith("the kubeconfig file " + broken + " cannot be read (")
        .hasNoCause()
        .message()
        .doesNotContain(TOKEN);
  }

  private Path kubeconfig(String server) throws IOException {
    Path file = dir.resolve("kubeconfig");
    Files.writeString(
        file,
        """
        apiVersion: v1
        kind: Config
        clusters:
        - name: mock
          cluster:
            server: %s
        users:
        - name: ci
          user:
            token: %s
        contexts:
        - name: mock
          context:
            cluster: mock
            user: ci
            namespace: ml-serving
        current-context: mock
        """
            .formatted(server, TOKEN));
    return file;
  }
}
