package org.sitrep.io.internal;

import java.io.Closeable;
import java.io.IOException;
import org.sitrep.core.SitrepRecord;

/** Records read one at a time from a stream or a document. Not thread-safe. */
public interface RecordSource extends Closeable {

  /**
   * The next record, or null at the end.
   *
   * @throws org.sitrep.io.SitrepReadException when a record cannot be read (strict mode)
   * @throws IOException when the input cannot be read
   */
  SitrepRecord next() throws IOException;
}
