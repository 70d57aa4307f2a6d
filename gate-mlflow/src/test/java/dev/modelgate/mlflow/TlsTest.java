package dev.modelgate.mlflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.mlflow.fake.FakeMlflowServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS the MLflow way, against the fake server on https with certificates made by the JDK's
 * keytool: a CA bundle ({@code MLFLOW_TRACKING_SERVER_CERT_PATH}), or no verification at all
 * ({@code MLFLOW_TRACKING_INSECURE_TLS}).
 */
class TlsTest {

  private static final char[] PASSWORD = "changeit".toCharArray();

  @TempDir static Path dir;

  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private FakeMlflowServer mlflow;

  @BeforeAll
  static void makeCertificates() throws Exception {
    keytool("-genkeypair", "-alias", "loopback", "-keyalg", "EC", "-groupname", "secp256r1",
        "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
        "-keystore", "loopback.p12");
    keytool("-exportcert", "-rfc", "-alias", "loopback", "-keystore", "loopback.p12",
        "-file", "loopback.pem");
    keytool("-genkeypair", "-alias", "elsewhere", "-keyalg", "EC", "-groupname", "secp256r1",
        "-dname", "CN=elsewhere.example", "-ext", "SAN=dns:elsewhere.example", "-validity", "2",
        "-keystore", "elsewhere.p12");
    keytool("-exportcert", "-rfc", "-alias", "elsewhere", "-keystore", "elsewhere.p12",
        "-file", "elsewhere.pem");
  }

  @AfterEach
  void stopMlflow() {
    mlflow.close();
  }

  @Test
  void should_trust_the_server_certificates_of_a_pem_file() throws Exception {
    mlflow = FakeMlflowServer.start(serverContext("loopback.p12"));

    MlflowModelRegistry registry = MlflowModelRegistry.fromEnvironment(Map.of(
        "MLFLOW_TRACKING_URI", mlflow.uri().toString(),
        "MLFLOW_TRACKING_SERVER_CERT_PATH", dir.resolve("loopback.pem").toString())).build();

    assertThat(registry.models()).isEmpty();
    assertThat(registry.toString()).endsWith(
        "tls=certificates in " + dir.resolve("loopback.pem") + "]");
  }

  @Test
  void should_refuse_an_untrusted_server_at_once_saying_what_to_do() throws Exception {
    mlflow = FakeMlflowServer.start(serverContext("loopback.p12"));
    MlflowModelRegistry registry = Registries.builder(mlflow, waits).build();

    assertThatThrownBy(registry::models)
        .isInstanceOf(MlflowException.class)
        .hasMessageStartingWith("TLS with MLflow at " + mlflow.uri() + " failed for GET"
            + " /api/2.0/mlflow/registered-models/search: SSLHandshakeException: ")
        .hasMessageEndingWith("; trust the server's certificate with"
            + " MLFLOW_TRACKING_SERVER_CERT_PATH (trustedCertificates) or pass an sslContext");
    assertThat(waits).as("a certificate does not get better by waiting").isEmpty();
  }

  @Test
  void should_check_the_host_name_even_of_a_trusted_certificate() throws Exception {
    mlflow = FakeMlflowServer.start(serverContext("elsewhere.p12"));
    MlflowModelRegistry registry = Registries.builder(mlflow, waits)
        .trustedCertificates(dir.resolve("elsewhere.pem")).build();

    assertThatThrownBy(registry::models)
        .hasMessageStartingWith("TLS with MLflow at " + mlflow.uri() + " failed");
  }

  @Test
  void should_skip_every_check_with_insecure_tls() throws Exception {
    mlflow = FakeMlflowServer.start(serverContext("elsewhere.p12"));

    MlflowModelRegistry registry = MlflowModelRegistry.fromEnvironment(Map.of(
        "MLFLOW_TRACKING_URI", mlflow.uri().toString(),
        "MLFLOW_TRACKING_INSECURE_TLS", "true")).build();

    assertThat(registry.models()).isEmpty();
  }

  private static SSLContext serverContext(String keystore)
      throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(dir.resolve(keystore))) {
      store.load(in, PASSWORD);
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, PASSWORD);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    return context;
  }

  private static void keytool(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
    command.addAll(List.of(arguments));
    command.addAll(List.of("-storepass", "changeit", "-keypass", "changeit", "-storetype",
        "PKCS12", "-noprompt"));
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
  }
}
