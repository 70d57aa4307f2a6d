package dev.modelgate.examples.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ModelServerTest {

  private static final Pattern ANSWER = Pattern.compile("\\{\"label\":\"(Bad|Good)\",\"score\":([0-9.]+)}");
  private static final Pattern DURATION = Pattern.compile("model;dur=([0-9]+\\.[0-9]{3})");

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private HttpResponse<String> post(URI uri, String body) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static double duration(HttpResponse<?> response) {
    Matcher m = DURATION.matcher(response.headers().firstValue(ModelServer.SERVER_TIMING).orElseThrow());
    assertThat(m.matches()).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void should_answer_an_applicant_with_the_models_label_and_score() throws Exception {
    try (ModelServer server = ModelServer.start(TrainedScorers.CHAMPION, ServingFault.none(), 1)) {
      String applicant = TrainedScorers.firstApplicant();

      HttpResponse<String> response = post(server.uri(), applicant);

      assertThat(response.statusCode()).isEqualTo(200);
      Matcher answer = ANSWER.matcher(response.body());
      assertThat(answer.matches()).as(response.body()).isTrue();
      double expected = TrainedScorers.CHAMPION.score(ApplicantCsv.read(applicant));
      assertThat(Double.parseDouble(answer.group(2))).isCloseTo(expected, within(5e-7));
      assertThat(answer.group(1)).isEqualTo(TrainedScorers.CHAMPION.label(expected));
      assertThat(duration(response)).isPositive();
      assertThat(server.uri().toString()).startsWith("http://127.0.0.1:").endsWith("/predict");
    }
  }

  @Test
  void should_refuse_a_body_it_cannot_read_with_400() throws Exception {
    try (ModelServer server = ModelServer.start(TrainedScorers.CHAMPION, ServingFault.none(), 1)) {
      HttpResponse<String> response = post(server.uri(), "Duration\n\"six\"");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).isEqualTo("{\"error\":\"not finite numbers: Duration=\\\"six\\\"\"}");
    }
  }

  @Test
  void should_refuse_an_applicant_without_the_models_features_with_400() throws Exception {
    try (ModelServer server = ModelServer.start(TrainedScorers.CHAMPION, ServingFault.none(), 1)) {
      HttpResponse<String> response = post(server.uri(), "Duration,Amount\n6,1169");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).isEqualTo("{\"error\":\"missing features: Age, CheckingAccountStatus.lt.0,"
          + " CheckingAccountStatus.0.to.200\"}");
    }
  }

  @Test
  void should_answer_only_post() throws Exception {
    try (ModelServer server = ModelServer.start(TrainedScorers.CHAMPION, ServingFault.none(), 1)) {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.uri()).GET().build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(405);
    }
  }

  @Test
  void should_fail_about_the_faults_share_of_requests_with_500() throws Exception {
    int failed = 0;
    try (ModelServer server = ModelServer.start(TrainedScorers.CHAMPION, ServingFault.failing(0.25), 7)) {
      for (int i = 0; i < 200; i++) {
        HttpResponse<String> response = post(server.uri(), TrainedScorers.firstApplicant());
        if (response.statusCode() == 500) {
          failed++;
          assertThat(response.body()).isEqualTo("{\"error\":\"internal error (a simulated fault)\"}");
        } else {
          assertThat(response.statusCode()).isEqualTo(200);
        }
      }
    }
    assertThat(failed).isBetween(30, 70);
  }

  @Test
  void should_multiply_the_service_time_of_slow_requests() throws Exception {
    List<Double> healthy = new ArrayList<>();
    List<Double> slow = new ArrayList<>();
    try (ModelServer a = ModelServer.start(TrainedScorers.CHAMPION, ServingFault.none(), 3);
        ModelServer b = ModelServer.start(TrainedScorers.CHAMPION, ServingFault.slower(1, 3), 3)) {
      for (int i = 0; i < 20; i++) {
        healthy.add(duration(post(a.uri(), TrainedScorers.firstApplicant())));
        slow.add(duration(post(b.uri(), TrainedScorers.firstApplicant())));
      }
    }
    for (int i = 0; i < healthy.size(); i++) {
      assertThat(slow.get(i)).isCloseTo(3 * healthy.get(i), within(0.003));
    }
    assertThat(healthy.stream().mapToDouble(Double::doubleValue).average().orElseThrow()).isBetween(8.0, 18.0);
  }

  @Test
  void should_skew_the_feature_before_scoring() throws Exception {
    try (ModelServer server = ModelServer.start(TrainedScorers.CHAMPION, ServingFault.skewed("Age", 12), 1)) {
      String applicant = TrainedScorers.firstApplicant();
      Map<String, Double> skewed = ApplicantCsv.read(applicant);
      skewed.put("Age", skewed.get("Age") * 12);

      Matcher answer = ANSWER.matcher(post(server.uri(), applicant).body());

      assertThat(answer.matches()).isTrue();
      assertThat(Double.parseDouble(answer.group(2)))
          .isCloseTo(TrainedScorers.CHAMPION.score(skewed), within(5e-7))
          .isNotCloseTo(TrainedScorers.CHAMPION.score(ApplicantCsv.read(applicant)), within(1e-3));
    }
  }
}
