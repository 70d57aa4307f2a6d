package dev.modelgate.core.internal.gate;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of ModelGate that is running, as verdicts record it: from the jar's Maven metadata,
 * else from its manifest, else {@value #UNKNOWN} (classes run from a build directory). Thread-safe.
 */
public final class LibraryVersion {

  /** The version reported when neither the Maven metadata nor the manifest names one. */
  public static final String UNKNOWN = "unknown";

  private static final String POM_PROPERTIES = "/META-INF/maven/dev.modelgate/gate-core/pom.properties";
  private static final String CURRENT = read();

  private LibraryVersion() {}

  /** The running version, such as {@code 0.1.0}, or {@value #UNKNOWN}. */
  public static String current() {
    return CURRENT;
  }

  private static String read() {
    try (InputStream in = LibraryVersion.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version");
        if (version != null && !version.isBlank()) {
          return version.strip();
        }
      }
    } catch (IOException e) {
      // an unreadable metadata file falls through to the manifest
    }
    String manifest = LibraryVersion.class.getPackage().getImplementationVersion();
    return manifest == null || manifest.isBlank() ? UNKNOWN : manifest;
  }
}
