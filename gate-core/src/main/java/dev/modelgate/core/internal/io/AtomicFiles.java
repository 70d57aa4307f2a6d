package dev.modelgate.core.internal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces files atomically: a reader sees the old content or the new one, never a mix, and after
 * a crash the file holds one of the two. Stateless and thread-safe.
 */
public final class AtomicFiles {

  /** Temporary files start with this prefix; listings of a directory skip them. */
  public static final String TEMP_PREFIX = ".tmp-";

  private AtomicFiles() {}

  /**
   * Writes {@code bytes} to {@code target}: to a temporary file in the same directory first,
   * forced to disk ({@link FileChannel#force(boolean)}), then moved over {@code target} with
   * {@link StandardCopyOption#ATOMIC_MOVE}; the directory is forced too where the platform allows.
   * On failure the temporary file is deleted and {@code target} is unchanged.
   */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Path temp =
        directory.resolve(
            TEMP_PREFIX
                + target.getFileName()
                + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()));
    try {
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    forceDirectory(directory);
  }

  /** Forces a directory's entries to disk; platforms that cannot open a directory skip it. */
  static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Windows cannot open a directory as a channel; its rename is durable on its own.
      return;
    }
  }
}
