package dev.modelgate.examples.canary;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * Starts the local canary's HTTP servers: the JDK's server on 127.0.0.1 and an ephemeral port,
 * with one handler at {@value #PATH}, handling requests one at a time on its own thread.
 *
 * <p>The JDK's server writes a response's headers and body separately; with Nagle's algorithm on,
 * the body then waits for the client's delayed acknowledgement, about 40 ms per request on Linux.
 * The first server started sets {@code sun.net.httpserver.nodelay=true} (unless it is set already),
 * which the JDK reads once, when its first server starts, so that a request takes well under a
 * millisecond. Stateless.
 */
final class LoopbackServer {

  /** The path every server of the local canary answers on. */
  static final String PATH = "/predict";

  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  private LoopbackServer() {}

  /** A started server on loopback with {@code handler}; {@code what} names it in an error. */
  static HttpServer start(HttpHandler handler, String what) {
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(PATH, handler);
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + what + " on 127.0.0.1", e);
    }
  }

  /** Where {@code server} answers: {@code http://127.0.0.1:port/predict}. */
  static URI uri(HttpServer server) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
  }
}
