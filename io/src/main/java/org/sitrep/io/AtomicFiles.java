package org.sitrep.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file through a temporary file in the target directory, moved into place once the content
 * is on disk (an atomic move where the file system has one), so the target is the old file or the
 * whole new one. {@link SitrepJson#write(org.sitrep.core.Dataset, Path)} and the JSON Lines writers
 * use it; other formats (STIX, GeoJSON) use it too.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("out.json"), out -> out.write(bytes));
 * }</pre>
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * What writes the content.
   *
   * <pre>{@code
   * AtomicFiles.Content hello = out -> out.write("hello\n".getBytes(StandardCharsets.UTF_8));
   * AtomicFiles.write(Path.of("hello.txt"), hello);
   * }</pre>
   */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the whole content; the stream is buffered and closed by the caller.
     *
     * @param out the temporary file's stream
     * @throws IOException when writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a file all or nothing: to a temporary file beside the target, moved into place when
   * {@code content} returned; when it throws, the temporary file is deleted, the target left as it
   * was, and the exception passed on.
   *
   * @param target the file to write
   * @param content what writes the bytes
   * @throws IOException when the file cannot be written
   */
  public static void write(Path target, Content content) throws IOException {
    Path temp = temporaryFor(target);
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        content.writeTo(out);
      }
      moveIntoPlace(temp, target);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /** A new empty temporary file beside the target. */
  static Path temporaryFor(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    return Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
  }

  /**
   * Moves the temporary file over the target, once its content is on disk (so a crash leaves the
   * old file or the whole new one, never an empty one). The temporary file was created owner-only;
   * the result gets the permissions of the file it replaces, or {@code rw-r--r--} when new, like a
   * file written directly.
   */
  static void moveIntoPlace(Path temp, Path target) throws IOException {
    try (FileChannel written = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      written.force(true);
    }
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
}
