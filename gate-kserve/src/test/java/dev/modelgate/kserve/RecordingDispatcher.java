package dev.modelgate.kserve;

import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the method, path, content type and body of every request the mock API server receives,
 * then lets {@code delegate} answer it. (The mock server's own request log keeps the request after
 * its dispatcher read the body, so the body is gone from it.) Thread-safe.
 */
final class RecordingDispatcher extends Dispatcher {

  /** One request as it arrived; absent headers are empty strings. */
  record Request(String method, String path, String contentType, String body, String authorization) {}

  private final Dispatcher delegate;
  private final List<Request> requests = new ArrayList<>();

  RecordingDispatcher(Dispatcher delegate) {
    this.delegate = delegate;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String body = request.getBody().readUtf8();
    request.getBody().writeUtf8(body);
    String contentType = request.getHeader("Content-Type");
    String authorization = request.getHeader("Authorization");
    synchronized (requests) {
      requests.add(
          new Request(
              request.getMethod(),
              request.getPath(),
              contentType == null ? "" : contentType,
              body,
              authorization == null ? "" : authorization));
    }
    return delegate.dispatch(request);
  }

  /** Every request received since the last call, oldest first. */
  List<Request> take() {
    synchronized (requests) {
      List<Request> taken = List.copyOf(requests);
      requests.clear();
      return taken;
    }
  }

  @Override
  public void shutdown() {
    delegate.shutdown();
  }
}
