package dev.modelgate.prometheus.internal;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The texts of every configuration problem, one factory per rule, so that a message cannot drift
 * from the check that found it. None of them repeats a credential. Stateless and thread-safe.
 */
public final class ConfigProblems {

  private ConfigProblems() {}

  /** "baseUrl is missing". */
  public static String missing(String setting) {
    return setting + " is missing";
  }

  /** "champion is blank". */
  public static String blank(String setting) {
    return setting + " is blank";
  }

  /** "baseUrl ftp://h:21 must start with http:// or https://". */
  public static String badScheme(String url) {
    return "baseUrl " + url + " must start with http:// or https://";
  }

  /** "baseUrl http://a b is not a URL". */
  public static String notAUrl(String url) {
    return "baseUrl " + url + " is not a URL";
  }

  /** "baseUrl http:///x has no host". */
  public static String noHost(String url) {
    return "baseUrl " + url + " has no host";
  }

  /** "baseUrl must not carry credentials: use basicAuth(user, password) or bearerToken(token)". */
  public static String credentialsInUrl() {
    return "baseUrl must not carry credentials: use basicAuth(user, password) or bearerToken(token)";
  }

  /** "baseUrl http://h:9090/?x=1 must not have a query or a fragment". */
  public static String queryInUrl(String url) {
    return "baseUrl " + url + " must not have a query or a fragment";
  }

  /** "champion and canary are both "m": they must name different models". */
  public static String sameModel(String model) {
    return "champion and canary are both \"" + model + "\": they must name different models";
  }

  /** "timeout PT0S must be positive". */
  public static String timeoutNotPositive(Duration timeout) {
    return "timeout " + timeout + " must be positive";
  }

  /** "choose one of bearerToken(...) and basicAuth(...)". */
  public static String twoCredentials() {
    return "choose one of bearerToken(...) and basicAuth(...)";
  }

  /** "the bearer token has a character not allowed in an HTTP header". */
  public static String badHeaderCharacter(String what) {
    return "the " + what + " has a character not allowed in an HTTP header";
  }

  /** "the basic auth user contains ':'". */
  public static String colonInUser() {
    return "the basic auth user contains ':'";
  }

  /** "requests query is blank". */
  public static String blankQuery(String query) {
    return query + " query is blank";
  }

  /** "requests query has no $model placeholder: the champion and the canary would read the same series". */
  public static String noModel(String query) {
    return query + " query has no $model placeholder: the champion and the canary would read the same series";
  }

  /** "requests query has no $window placeholder: it must read the window's range". */
  public static String noWindow(String query) {
    return query + " query has no $window placeholder: it must read the window's range";
  }

  /** "latency query has no $quantile placeholder". */
  public static String noQuantile() {
    return "latency query has no $quantile placeholder";
  }

  /** "requests query uses the unknown placeholder $foo; known: $model, $window". */
  public static String unknownPlaceholder(String query, String name, Set<String> known) {
    return query + " query uses the unknown placeholder $" + name + "; known: "
        + known.stream().map(k -> "$" + k).collect(Collectors.joining(", "));
  }

  /** "latency needs at least one quantile". */
  public static String noQuantiles() {
    return "latency needs at least one quantile";
  }

  /** "latency quantile 1.5 is not in (0, 1)". */
  public static String quantileOutOfRange(double q) {
    return "latency quantile " + q + " is not in (0, 1)";
  }

  /** "latency quantile 0.99 is listed twice". */
  public static String quantileTwice(double q) {
    return "latency quantile " + q + " is listed twice";
  }

  /** "latency unit Months is an estimated duration; use an exact unit such as SECONDS". */
  public static String estimatedUnit(ChronoUnit unit) {
    return "latency unit " + unit + " is an estimated duration; use an exact unit such as SECONDS";
  }

  /** "model label "1x" is not a Prometheus label name". */
  public static String badLabelName(String setting, String name) {
    return setting + " \"" + name + "\" is not a Prometheus label name";
  }

  /** "request counter "a-b" is not a Prometheus metric name". */
  public static String badMetricName(String setting, String name) {
    return setting + " \"" + name + "\" is not a Prometheus metric name";
  }

  /** "variable $model is reserved". */
  public static String reservedVariable(String name) {
    return "variable $" + name + " is reserved";
  }

  /** "variable name "a-b" is not a placeholder name ([A-Za-z_][A-Za-z0-9_]*)". */
  public static String badVariableName(String name) {
    return "variable name \"" + name + "\" is not a placeholder name ([A-Za-z_][A-Za-z0-9_]*)";
  }
}
