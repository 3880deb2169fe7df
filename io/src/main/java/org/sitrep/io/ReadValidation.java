package org.sitrep.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Id;
import org.sitrep.core.SitrepRecord;
import org.sitrep.validation.CheckedRecord;
import org.sitrep.validation.Finding;
import org.sitrep.validation.Severity;
import org.sitrep.validation.StreamingValidation;
import org.sitrep.validation.ValidationReport;

/**
 * Validates a file in one pass, its read problems included: read with a lenient reader, every
 * record-level read problem (an unknown property, a malformed value, a wrong JSON type, a missing
 * property, an unknown type, ...) becomes an error finding of code {@code read.<problem code>},
 * with its pointer and, as arguments, its line and column, in the same report as the rules'
 * findings. A record that could not be read keeps its position, so every {@code records/N} is the
 * file's; the rules run on the rest, and a reference to an unreadable record is reported as
 * unresolved.
 *
 * <pre>{@code
 * try (RecordReader records = SitrepJson.lenient().openRecords(Path.of("events.jsonl"))) {
 *   ValidationReport report =
 *       ReadValidation.validate(records, Validator.defaults().startStream(asOf));
 *   System.out.print(report.toText());
 *   ReadValidation.unreadable(report);   // the findings of records that could not be read
 * }
 * }</pre>
 *
 * <p>The checks of each record that need no other record ({@link
 * StreamingValidation#check(SitrepRecord)}) run where the reader decodes it ({@link
 * RecordReader#prepareEach}): on its decoding threads, in parallel, with {@link
 * SitrepJson.Builder#readThreads(int) readThreads} above one; the report is the same.
 *
 * <p>Only what is not a record at all stops the pass, thrown as {@link SitrepReadException}: text
 * that is not JSON, a document whose frame is broken (an unknown top-level property).
 */
public final class ReadValidation {

  /** The prefix of the codes of read findings: {@code read.unknown-property}, ... */
  public static final String CODE_PREFIX = "read.";

  private ReadValidation() {}

  /**
   * Reads every record of a reader into a validation session, and returns its report with the read
   * problems added as findings. With a strict reader the first problem throws instead.
   *
   * @param records the reader, read to its end; it runs the session's checks as it decodes (a
   *     reader whose {@link RecordReader#prepareEach} was called already is refused)
   * @param session the validation the records are fed to
   * @return the session's report with the read findings
   * @throws SitrepReadException when the input is not JSON or a document's frame is broken
   */
  public static ValidationReport validate(RecordReader records, StreamingValidation session) {
    return validate(records, session, () -> {});
  }

  /**
   * Reads every record of a reader into a validation session as {@link #validate(RecordReader,
   * StreamingValidation)} does, and runs {@code afterEach} on the caller's thread after each record
   * is accepted or skipped: for a progress line, counted there rather than by a session wrapped
   * around this one (a wrapper would stand between the reader's decoding threads and the session's
   * checks, one more method called per record).
   *
   * <pre>{@code
   * ValidationReport report = ReadValidation.validate(records, session, progress::tick);
   * }</pre>
   *
   * @param records the reader, read to its end
   * @param session the validation the records are fed to
   * @param afterEach run after each record, read or not
   * @return the session's report with the read findings
   * @throws SitrepReadException when the input is not JSON or a document's frame is broken
   * @throws NullPointerException when an argument is null, before anything is read
   */
  public static ValidationReport validate(
      RecordReader records, StreamingValidation session, Runnable afterEach) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(afterEach, "afterEach");
    Supplier<CheckedRecord> checked = records.prepareEach(session::check);
    List<ReadProblem> warnings = records.warnings();
    List<Finding> read = new ArrayList<>();
    List<ReadProblem> pending = new ArrayList<>();
    int seen = 0;
    boolean more;
    do {
      more = records.hasNext();
      for (int i = seen; i < warnings.size(); i++) {
        ReadProblem warning = warnings.get(i);
        if (isFrameProblem(records, warning)) {
          throw new SitrepReadException(
              new ReadProblem(
                  warning.code(),
                  warning.line(),
                  warning.column(),
                  warning.pointer(),
                  null,
                  warning.detail()),
              null);
        }
        if (warning.code().equals(ReadProblem.UNKNOWN_PROPERTY)) {
          pending.add(warning); // the record is read without the property
          continue;
        }
        // the record was left out: it keeps its position, with its problems (the unknown
        // properties met before it was given up belong to it)
        int position = session.count();
        Id<?> id = warning.recordId().orElse(null);
        session.skip(id);
        afterEach.run();
        for (ReadProblem earlier : pending) {
          read.add(finding(earlier, position, id));
        }
        pending.clear();
        read.add(finding(warning, position, id));
      }
      seen = warnings.size();
      if (more) {
        SitrepRecord record = records.next();
        int position = session.count();
        session.accept(checked.get());
        afterEach.run();
        for (ReadProblem warning : pending) {
          read.add(finding(warning, position, record.id()));
        }
        pending.clear();
      }
    } while (more);
    ValidationReport rules = session.finish();
    if (read.isEmpty()) {
      return rules;
    }
    List<Finding> all = new ArrayList<>(rules.findings());
    all.addAll(read);
    all.sort(Finding.ORDER);
    return ValidationReport.of(rules.recordCount(), all);
  }

  /**
   * {@return the read findings of a report that stand for records that could not be read at all
   * (every read finding but {@code read.unknown-property}, whose record was read without it)}
   *
   * @param report the report
   */
  public static List<Finding> unreadable(ValidationReport report) {
    List<Finding> unreadable = new ArrayList<>();
    for (Finding finding : report.findings()) {
      if (finding.code().startsWith(CODE_PREFIX)
          && !finding.code().equals(CODE_PREFIX + ReadProblem.UNKNOWN_PROPERTY)) {
        unreadable.add(finding);
      }
    }
    return unreadable;
  }

  /**
   * A problem outside any record: of a document's own properties (its pointer is not under {@code
   * /records/}). JSON Lines readers refuse a bad header line outright, even leniently, so their
   * warnings are all of records.
   */
  private static boolean isFrameProblem(RecordReader records, ReadProblem warning) {
    return records.isDocument() && !warning.pointer().startsWith("/records/");
  }

  private static Finding finding(ReadProblem warning, int position, @Nullable Id<?> id) {
    Map<String, String> arguments = new LinkedHashMap<>();
    if (warning.line() > 0) {
      arguments.put("line", Integer.toString(warning.line()));
    }
    if (warning.column() > 0) {
      arguments.put("column", Integer.toString(warning.column()));
    }
    String pointer = recordPointer(warning.pointer());
    String where =
        warning.line() > 0
            ? "line "
                + warning.line()
                + (warning.column() > 0 ? ", column " + warning.column() : "")
                + ": "
            : "";
    return Finding.of(
        CODE_PREFIX + warning.code(),
        Severity.ERROR,
        position,
        id,
        pointer,
        where + warning.detail(),
        arguments);
  }

  /** A document's pointer ({@code /records/3/colour}) made relative to its record. */
  private static String recordPointer(String pointer) {
    if (!pointer.startsWith("/records/")) {
      return pointer;
    }
    int next = pointer.indexOf('/', "/records/".length());
    return next < 0 ? "" : pointer.substring(next);
  }
}
