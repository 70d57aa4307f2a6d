package dev.modelgate.core.internal.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs an action while holding an exclusive lock on a lock file, against other threads of this JVM
 * and against other processes: first a {@link ReentrantLock} per file (a JVM may hold only one
 * {@link FileLock} per file), then a {@link FileLock} on it. Thread-safe; not reentrant.
 *
 * <p>Lock files are created on first use and never deleted: deleting one while another process
 * waits on it would let two processes hold "the" lock at once.
 */
public final class ProcessLock {

  private static final ConcurrentMap<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

  private ProcessLock() {}

  /** An action run under the lock; it may throw {@link IOException}. */
  @FunctionalInterface
  public interface Action<T> {
    /** Does the work and returns its result. */
    T run() throws IOException;
  }

  /**
   * Waits until this thread holds the lock on {@code lockFile} (creating the file if needed), runs
   * {@code action}, releases the lock and returns the action's result.
   *
   * @throws IllegalStateException if this thread already holds the lock
   */
  public static <T> T underLock(Path lockFile, Action<T> action) throws IOException {
    ReentrantLock threadLock = threadLock(lockFile);
    if (threadLock.isHeldByCurrentThread()) {
      throw new IllegalStateException("this thread already holds the lock on " + lockFile);
    }
    threadLock.lock();
    try {
      FileChannel channel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      try {
        channel.lock();
        return action.run();
      } finally {
        channel.close(); // releases the file lock before the next thread of this JVM takes it
      }
    } finally {
      threadLock.unlock();
    }
  }

  private static ReentrantLock threadLock(Path lockFile) throws IOException {
    Path parent = lockFile.toAbsolutePath().getParent();
    Path key = parent.toRealPath().resolve(lockFile.getFileName());
    return IN_JVM.computeIfAbsent(key, path -> new ReentrantLock());
  }
}
