package dev.modelgate.core.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void should_replace_the_whole_content_and_leave_no_temporary_file() throws IOException {
    Path target = dir.resolve("model.json");
    Files.writeString(target, "old content that is longer than the new one");

    AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));

    assertThat(target).hasContent("new");
    assertThat(list()).containsExactly(target);
  }

  @Test
  void should_remove_its_temporary_file_and_keep_the_target_when_the_move_fails()
      throws IOException {
    Path target = dir.resolve("occupied");
    Files.createDirectories(target.resolve("child"));

    assertThatThrownBy(() -> AtomicFiles.write(target, new byte[] {1}))
        .isInstanceOf(IOException.class);
    assertThat(list()).containsExactly(target);
    assertThat(target.resolve("child")).isDirectory();
  }

  @Test
  void should_refuse_to_take_a_lock_this_thread_already_holds() throws IOException {
    Path lock = dir.resolve(".lock");

    assertThatThrownBy(() -> ProcessLock.underLock(lock, () -> ProcessLock.underLock(lock, () -> 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this thread already holds the lock on " + lock);
    assertThat(ProcessLock.underLock(lock, () -> 2)).as("released after the failure").isEqualTo(2);
  }

  private Stream<Path> list() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList().stream();
    }
  }
}
