package dev.modelgate.kserve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.modelgate.core.spi.TrafficException;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client with a bearer token and a password: no message of the exception or of its causes
 * carries either, whether the API server refuses them or cannot be reached.
 */
class CredentialsNeverInMessagesTest {

  private static final String TOKEN = "tok-7f3a9c1e5b";
  private static final String PASSWORD = "pw-4d8e2a6c0f";
  private static final String BASIC =
      java.util.Base64.getEncoder()
          .encodeToString(("ci:" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));

  private MockKServe kserve;
  private final List<KubernetesClient> clients = new ArrayList<>();

  @BeforeEach
  void start() {
    kserve = new MockKServe();
  }

  @AfterEach
  void stop() {
    clients.forEach(KubernetesClient::close);
    kserve.close();
  }

  @Test
  void should_send_the_token_but_never_show_it_when_refused() {
    kserve.server().expect().get().withPath(MockKServe.PATH).andReturn(401, "Unauthorized").always();
    String url = "http://localhost:" + kserve.server().getPort();
    KServeTrafficRouter router = routerAt(new ConfigBuilder(Config.empty()).withMasterUrl(url).withOauthToken(TOKEN));

    TrafficException failure = catchThrowableOfType(TrafficException.class, router::rollback);

    assertThat(kserve.takeRequests())
        .extracting(RecordingDispatcher.Request::authorization)
        .containsExactly("Bearer " + TOKEN);
    assertThat(messagesOf(failure)).noneMatch(CredentialsNeverInMessagesTest::hasCredentials);
  }

  @Test
  void should_send_the_password_but_never_show_it_when_refused() {
    kserve.server().expect().get().withPath(MockKServe.PATH).andReturn(401, "Unauthorized").always();
    String url = "http://localhost:" + kserve.server().getPort();
    KServeTrafficRouter router =
        routerAt(new ConfigBuilder(Config.empty()).withMasterUrl(url).withUsername("ci").withPassword(PASSWORD));

    TrafficException failure = catchThrowableOfType(TrafficException.class, router::promoteCanary);

    assertThat(kserve.takeRequests())
        .extracting(RecordingDispatcher.Request::authorization)
        .containsExactly("Basic " + BASIC);
    assertThat(messagesOf(failure)).noneMatch(CredentialsNeverInMessagesTest::hasCredentials);
  }

  @Test
  void should_never_show_credentials_when_the_api_server_cannot_be_reached() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    KServeTrafficRouter router =
        routerAt(
            new ConfigBuilder(Config.empty())
                .withMasterUrl("http://127.0.0.1:" + closedPort)
                .withOauthToken(TOKEN)
                .withUsername("ci")
                .withPassword(PASSWORD));

    TrafficException failure = catchThrowableOfType(TrafficException.class, router::observedSplit);

    assertThat(failure).hasMessageContaining("could not be reached");
    assertThat(messagesOf(failure)).noneMatch(CredentialsNeverInMessagesTest::hasCredentials);
  }

  private KServeTrafficRouter routerAt(ConfigBuilder config) {
    KubernetesClient client =
        new KubernetesClientBuilder().withConfig(config.withRequestRetryBackoffLimit(0).build()).build();
    clients.add(client);
    return KServeTrafficRouter.builder().namespace("ml-serving").name("fraud-model").client(client).build();
  }

  private static boolean hasCredentials(String message) {
    return message.contains(TOKEN) || message.contains(PASSWORD) || message.contains(BASIC);
  }

  private static List<String> messagesOf(Throwable failure) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.add(String.valueOf(t.getMessage()));
      messages.add(t.toString());
      for (Throwable suppressed : t.getSuppressed()) {
        messages.add(suppressed.toString());
      }
    }
    return messages;
  }
}
