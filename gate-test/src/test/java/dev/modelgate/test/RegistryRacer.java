package dev.modelgate.test;

import dev.modelgate.core.testing.JavaProcess;
import dev.modelgate.core.registry.FileModelRegistry;
import dev.modelgate.core.spi.AliasConflictException;
import dev.modelgate.core.spi.ModelRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * A separate process for {@link FileModelRegistryCrossProcessTest}. Arguments: the registry
 * directory, this racer's name, the mode, and for {@code retry} the number of promotions.
 *
 * <ul>
 *   <li>{@code once}: registers a candidate and promotes it once against champion version 1;
 *       prints {@code won <version>} or {@code conflict <expected> <actual>}.
 *   <li>{@code retry}: that many times, registers a candidate and promotes it against the champion
 *       it reads, re-reading after each conflict; prints {@code promoted <version>} for each.
 * </ul>
 */
public final class RegistryRacer {

  private RegistryRacer() {}

  /** Runs one racer; see the class documentation for the arguments. */
  public static void main(String[] args) throws IOException {
    ModelRegistry registry = FileModelRegistry.open(Path.of(args[0]), Clock.systemUTC());
    String name = args[1];
    registry.aliasHistory("fraud"); // loads every class before the race starts
    JavaProcess.awaitStart();
    if (args[2].equals("once")) {
      String mine = registry.register(RegistrySamples.request("fraud")).version();
      try {
        registry.setAlias("fraud", "champion", Optional.of("1"), mine, name);
        System.out.println("won " + mine);
      } catch (AliasConflictException conflict) {
        System.out.println(
            "conflict " + conflict.expected().orElse("-") + " " + conflict.actual().orElse("-"));
      }
      return;
    }
    int promotions = Integer.parseInt(args[3]);
    for (int i = 0; i < promotions; i++) {
      String mine = registry.register(RegistrySamples.request("fraud")).version();
      boolean landed = false;
      for (int attempt = 0; !landed; attempt++) {
        if (attempt == 1000) {
          System.out.println("gave up on " + mine + " after 1000 conflicts");
          System.exit(2);
        }
        Optional<String> seen = registry.alias("fraud", "champion");
        try {
          registry.setAlias("fraud", "champion", seen, mine, name);
          landed = true;
        } catch (AliasConflictException conflict) {
          landed = false;
        }
      }
      System.out.println("promoted " + mine);
    }
  }
}
