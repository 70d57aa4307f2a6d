package dev.modelgate.core.registry;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of one model in a file registry: {@code <root>/<model>/versions/<n>.json}, {@code
 * <root>/<model>/aliases.json} and the lock file {@code <root>/<model>/.lock}.
 */
record ModelDirectory(String model, Path path) {

  private static final Pattern VERSION_FILE = Pattern.compile("([1-9][0-9]{0,17})\\.json");

  /** The directory of {@code model}, a name already checked by {@code RegistryNames}. */
  static ModelDirectory of(Path root, String model) {
    Path path = root.resolve(model).normalize();
    if (!root.normalize().equals(path.getParent())) {
      throw new IllegalArgumentException(
          "model name \"" + model + "\" resolves outside the registry directory " + root);
    }
    return new ModelDirectory(model, path);
  }

  Path versions() {
    return path.resolve("versions");
  }

  Path versionFile(String version) {
    return versions().resolve(version + ".json");
  }

  Path aliasesFile() {
    return path.resolve("aliases.json");
  }

  Path lockFile() {
    return path.resolve(".lock");
  }

  /** The numbers of the version files, ascending; empty when there is no versions directory. */
  List<Long> versionNumbers() throws IOException {
    List<Long> numbers = new ArrayList<>();
    if (!Files.isDirectory(versions())) {
      return numbers;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(versions())) {
      for (Path file : files) {
        Matcher matcher = VERSION_FILE.matcher(file.getFileName().toString());
        if (matcher.matches()) {
          numbers.add(Long.parseLong(matcher.group(1)));
        }
      }
    }
    numbers.sort(null);
    return numbers;
  }
}
