package dev.modelgate.mlflow;

import dev.modelgate.mlflow.internal.AliasMover;
import dev.modelgate.mlflow.internal.Backoff;
import dev.modelgate.mlflow.internal.MlflowApi;
import dev.modelgate.mlflow.internal.MlflowHttp;
import dev.modelgate.mlflow.internal.ModelLocks;
import dev.modelgate.mlflow.internal.ModelTags;
import dev.modelgate.mlflow.internal.TagCodec;
import dev.modelgate.mlflow.internal.Tls;
import dev.modelgate.mlflow.internal.VersionStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Puts a registry together from a builder's settings. Stateless and thread-safe. */
final class RegistryAssembly {

  private static final Logger log = LoggerFactory.getLogger(RegistryAssembly.class);

  private RegistryAssembly() {}

  /**
   * The TLS context the settings ask for, null for the JDK's default; adds to {@code problems}
   * what is wrong with them.
   */
  static @Nullable SSLContext sslContext(MlflowModelRegistryBuilder b, List<String> problems) {
    if (b.insecureTls && (b.sslContext != null || b.trustedCertificates != null)) {
      problems.add("insecureTls cannot be combined with sslContext or trustedCertificates"
          + " (MLFLOW_TRACKING_SERVER_CERT_PATH): it would ignore them");
      return null;
    }
    if (b.sslContext != null && b.trustedCertificates != null) {
      problems.add("sslContext and trustedCertificates are both set: choose one");
      return null;
    }
    if (b.insecureTls) {
      return Tls.insecure();
    }
    if (b.trustedCertificates != null) {
      try {
        return Tls.trusting(b.trustedCertificates);
      } catch (IOException | GeneralSecurityException e) {
        problems.add("cannot read the trusted certificates in " + b.trustedCertificates + ": "
            + e.getMessage());
        return null;
      }
    }
    return b.sslContext;
  }

  /** How the settings secure https: {@code default}, {@code insecure}, … for {@code toString}. */
  static String tlsDescription(MlflowModelRegistryBuilder b) {
    if (b.insecureTls) {
      return "insecure";
    }
    if (b.trustedCertificates != null) {
      return "certificates in " + b.trustedCertificates;
    }
    return b.sslContext != null ? "custom SSLContext" : "default";
  }

  static MlflowModelRegistry assemble(
      MlflowModelRegistryBuilder b, URI trackingUri, @Nullable SSLContext tls, Backoff backoff) {
    HttpClient.Builder client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(b.connectTimeout);
    if (tls != null) {
      client.sslContext(tls);
    }
    if (b.insecureTls) {
      log.atWarn().setMessage("TLS verification of the MLflow server is off (insecureTls)")
          .addKeyValue("trackingUri", trackingUri).log();
    }
    MlflowHttp http = new MlflowHttp(
        client.build(), trackingUri, b.credentials, b.requestTimeout, backoff, b.sleeper);
    MlflowApi api = new MlflowApi(http);
    TagCodec codec = new TagCodec(b.maxTagValueLength);
    ModelLocks locks = new ModelLocks();
    String description = "MlflowModelRegistry[trackingUri=" + trackingUri + ", auth="
        + b.credentials + ", tls=" + tlsDescription(b) + "]";
    return new MlflowModelRegistry(
        trackingUri,
        description,
        new VersionStore(api, codec, locks, b.sleeper, b.registrationTimeout),
        new AliasMover(api, codec, locks, b.clock, b.sleeper),
        new ModelTags(api, codec, locks));
  }
}
