package org.sitrep.cli.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An output file written to a temporary file in its directory and moved into place only when
 * complete (an atomic move where the file system has one), so the target is either the old file
 * or the whole new one; a failure leaves no partial file behind.
 */
final class AtomicOutput {

  /** What writes the content. */
  interface Content {
    /**
     * Writes the content.
     *
     * @param out the temporary file; closed by the caller
     * @throws IOException when writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicOutput() {}

  /**
   * Writes the target.
   *
   * @param target the file to create or replace
   * @param label the target's name in messages
   * @param content what writes the bytes
   * @throws Failure when the file cannot be written (the target is then unchanged)
   */
  static void write(Path target, String label, Content content) {
    Path directory = target.toAbsolutePath().getParent();
    Path temp;
    try {
      temp = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
    } catch (IOException e) {
      throw new Failure(label + ": cannot be written: " + describe(e), e);
    }
    boolean moved = false;
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        content.writeTo(out);
      }
      move(temp, target);
      moved = true;
    } catch (IOException e) {
      throw new Failure(label + ": cannot be written: " + describe(e), e);
    } finally {
      if (!moved) {
        deleteQuietly(temp);
      }
    }
  }

  /** Moves into place with the replaced file's permissions, or {@code rw-r--r--} when new. */
  private static void move(Path temp, Path target) throws IOException {
    if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(
          temp,
          Files.exists(target)
              ? Files.getPosixFilePermissions(target)
              : PosixFilePermissions.fromString("rw-r--r--"));
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // the failure being reported is the one that matters
    }
  }
}
