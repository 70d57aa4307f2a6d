package dev.modelgate.kserve;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.spi.TrafficException;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A loopback port where nothing listens: the connection is refused at once. */
class UnreachableApiServerTest {

  private KubernetesClient client;
  private KServeTrafficRouter router;

  @BeforeEach
  void point_the_client_at_a_closed_port() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Config config =
        new ConfigBuilder(Config.empty())
            .withMasterUrl("http://127.0.0.1:" + port)
            .withRequestRetryBackoffLimit(0)
            .build();
    client = new KubernetesClientBuilder().withConfig(config).build();
    router =
        KServeTrafficRouter.builder().namespace("ml-serving").name("fraud-model").client(client).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void should_say_the_api_server_could_not_be_reached() {
    assertThatThrownBy(() -> router.setCanaryShare(20))
        .isInstanceOf(TrafficException.class)
        .hasMessage(
            "cannot set the canary share to 20 % on InferenceService ml-serving/fraud-model:"
                + " the Kubernetes API server could not be reached"
                + " (ConnectException: Connection refused)");
  }

  @Test
  void should_say_so_for_reading_the_split_too() {
    assertThatThrownBy(router::observedSplit)
        .isInstanceOf(TrafficException.class)
        .hasMessage(
            "cannot read the traffic split on InferenceService ml-serving/fraud-model:"
                + " the Kubernetes API server could not be reached"
                + " (ConnectException: Connection refused)");
  }
}
