package org.sitrep.validation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary files a streaming validation spills to. Each is created new ({@link
 * StandardOpenOption#CREATE_NEW}: an existing file or link of that name is never opened; another
 * name is tried) and readable by its owner only where the file system has POSIX permissions, as
 * {@link java.nio.file.Files#createTempFile} makes them, and opened with {@link
 * StandardOpenOption#DELETE_ON_CLOSE}, which on Linux and macOS unlinks it as soon as it is open:
 * nothing is left behind, even when the process dies; elsewhere it goes when closed. Its name takes
 * a random number from {@link ThreadLocalRandom}, not from the {@code SecureRandom} of {@code
 * createTempFile}, whose first use costs about 20 ms before a stream can start; {@code CREATE_NEW}
 * is what keeps the file safe, and a name already taken only costs another try.
 */
final class TempFiles {

  /** Read and write for the owner only, where the file system has POSIX permissions. */
  private static final FileAttribute<?>[] OWNER_ONLY = {
    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
  };

  /** No attributes, where the file system has no POSIX permissions. */
  private static final FileAttribute<?>[] NONE = {};

  private static final Set<StandardOpenOption> OPTIONS =
      Set.of(
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.READ,
          StandardOpenOption.WRITE,
          StandardOpenOption.DELETE_ON_CLOSE);

  /** How many names are tried before giving up. */
  private static final int TRIES = 100;

  private TempFiles() {}

  /**
   * Opens a new, empty temporary file for reading and writing.
   *
   * @throws UncheckedIOException when it cannot be made
   */
  static FileChannel open(Path directory, String prefix) {
    boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
    FileAttribute<?>[] attributes = posix ? OWNER_ONLY : NONE;
    for (int tries = 1; ; tries++) {
      Path file =
          directory.resolve(
              prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        return FileChannel.open(file, OPTIONS, attributes);
      } catch (FileAlreadyExistsException taken) {
        if (tries == TRIES) {
          throw failed(directory, taken);
        }
      } catch (IOException e) {
        throw failed(directory, e);
      }
    }
  }

  private static UncheckedIOException failed(Path directory, IOException e) {
    return new UncheckedIOException(
        "Cannot make a temporary file in " + directory + ": " + e.getMessage(), e);
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
