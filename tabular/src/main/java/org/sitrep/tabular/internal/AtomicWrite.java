package org.sitrep.tabular.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file through a temporary file beside it, moved into place only when the content is
 * complete and on disk, so that a failed export never leaves half a file or destroys the old one.
 */
public final class AtomicWrite {

  /** What writes the content. */
  public interface Content {
    /** Writes the whole content. */
    void writeTo(Writer out) throws IOException;
  }

  private AtomicWrite() {}

  /** Writes the content as UTF-8 to {@code target}, replacing it only on success. */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
    try {
      try (Writer out =
          new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8), 1 << 16)) {
        content.writeTo(out);
      }
      try (FileChannel written = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        written.force(true);
      }
      if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
        // a temporary file is private; the result gets the replaced file's permissions
        Files.setPosixFilePermissions(
            temp,
            Files.exists(absolute)
                ? Files.getPosixFilePermissions(absolute)
                : PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }
}
