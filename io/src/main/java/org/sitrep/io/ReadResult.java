package org.sitrep.io;

import java.util.List;
import java.util.Objects;
import org.sitrep.core.Dataset;

/**
 * A dataset read from a document, with the warnings of a lenient read (always empty for a strict
 * one).
 *
 * <pre>{@code
 * ReadResult result = SitrepJson.lenient().read(path);
 * Dataset dataset = result.dataset();
 * result.warnings().forEach(w -> System.err.println(w.message()));
 * }</pre>
 *
 * @param dataset the records read, in order
 * @param warnings what the reader skipped, in order
 */
public record ReadResult(Dataset dataset, List<ReadProblem> warnings) {

  /**
   * Copies the warnings and refuses nulls.
   *
   * @param dataset the records read, in order
   * @param warnings what the reader skipped, in order
   */
  public ReadResult {
    Objects.requireNonNull(dataset, "dataset");
    warnings = List.copyOf(warnings);
  }
}
