package org.sitrep.validation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The temporary files a streaming validation spills to. Each is opened with {@link
 * StandardOpenOption#DELETE_ON_CLOSE}, which on Linux and macOS unlinks it as soon as it is open:
 * nothing is left behind, even when the process dies; elsewhere it goes when closed.
 */
final class TempFiles {

  private TempFiles() {}

  /**
   * Opens a new, empty temporary file for reading and writing.
   *
   * @throws UncheckedIOException when it cannot be made
   */
  static FileChannel open(Path directory, String prefix) {
    Path file;
    try {
      file = Files.createTempFile(directory, prefix, ".tmp");
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot make a temporary file in " + directory + ": " + e.getMessage(), e);
    }
    try {
      return FileChannel.open(
          file,
          StandardOpenOption.READ,
          StandardOpenOption.WRITE,
          StandardOpenOption.DELETE_ON_CLOSE);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new UncheckedIOException("Cannot open " + file + ": " + e.getMessage(), e);
    }
  }

  /** Closes a file opened here, which deletes it. */
  static void close(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close a temporary file: " + e.getMessage(), e);
    }
  }
}
