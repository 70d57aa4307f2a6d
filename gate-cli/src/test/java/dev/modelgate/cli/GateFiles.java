package dev.modelgate.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy and predictions files on one 10-row test set (ids 1 to 10, 4 Bad, 6 Good) for the gate
 * commands. Costs: FN -500, TN +100, so the net benefit of each file is known: {@code perfect}
 * 600, {@code good} 400 (two good applicants declined), {@code bad} -400 (two bad ones accepted,
 * rejected at registration), {@code otherTestSet} 600 on other rows.
 */
final class GateFiles {

  static final String POLICY =
      "apiVersion: modelgate.dev/v1\n"
          + "name: credit\n"
          + "costs:\n"
          + "  positiveLabel: Bad\n"
          + "  values: {tp: 0, fp: 0, fn: -500, tn: 100}\n"
          + "registration:\n"
          + "  require:\n"
          + "    - {metric: net_benefit, greaterThan: 0}\n"
          + "championChallenger:\n"
          + "  compareOn: net_benefit\n";

  final Path dir;
  final Path policy;
  final Path perfect;
  final Path good;
  final Path bad;
  final Path otherTestSet;
  final Path registry;

  GateFiles(Path dir) {
    this.dir = dir;
    this.policy = write("policy.yaml", POLICY);
    this.perfect = write("perfect.csv", predictions(1, 0, 0));
    this.good = write("good.csv", predictions(1, 2, 0));
    this.bad = write("bad.csv", predictions(1, 0, 2));
    this.otherTestSet = write("other.csv", predictions(101, 0, 0));
    this.registry = dir.resolve("registry");
  }

  /** Rows {@code firstId}…{@code firstId + 9}: 4 Bad then 6 Good, some predicted wrong. */
  private static String predictions(int firstId, int goodDeclined, int badAccepted) {
    StringBuilder csv = new StringBuilder("row_id,Class,predicted\n");
    for (int i = 0; i < 10; i++) {
      boolean isBad = i < 4;
      String predicted;
      if (isBad) {
        predicted = i < badAccepted ? "Good" : "Bad";
      } else {
        predicted = i - 4 < goodDeclined ? "Bad" : "Good";
      }
      csv.append(firstId + i).append(',').append(isBad ? "Bad" : "Good").append(',')
          .append(predicted).append('\n');
    }
    return csv.toString();
  }

  Path write(String name, String text) {
    try {
      Path file = dir.resolve(name);
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The flags of {@code gate run} for {@code candidate}, with the column flags. */
  String[] run(Path candidate, String... more) {
    return args("run", candidate, true, more);
  }

  /** The flags of {@code command} for {@code candidate}. */
  String[] args(String command, Path candidate, boolean withRegistry, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                command, "--policy", policy.toString(), "--model", "credit",
                "--candidate", candidate.toString(), "--label", "Class",
                "--prediction", "predicted", "--id", "row_id"));
    if (withRegistry) {
      args.add("--registry");
      args.add(registry.toString());
    }
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }
}
