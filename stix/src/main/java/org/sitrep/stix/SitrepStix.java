package org.sitrep.stix;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.core.Dataset;
import org.sitrep.io.AtomicFiles;
import org.sitrep.io.ReadProblem;
import org.sitrep.io.SitrepJson;
import org.sitrep.io.SitrepModule;
import org.sitrep.io.SitrepReadException;
import org.sitrep.io.internal.access.Problems;

/**
 * Sitrep datasets as STIX 2.1 bundles, both ways. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * SitrepStix stix = SitrepStix.defaults();
 * stix.write(dataset, Path.of("scenario.stix.json"));       // a deterministic bundle
 * StixImport result = stix.read(Path.of("scenario.stix.json"));
 * assert result.dataset().equals(dataset);                   // the extension keeps every record whole
 * result.unmapped().forEach(System.out::println);            // what a foreign bundle held that Sitrep does not
 * }</pre>
 *
 * <p><b>Export.</b> Every record becomes the nearest STIX object (actors an {@code identity} or,
 * armed groups, a {@code threat-actor}; incidents an {@code incident}; operations a {@code
 * campaign}; exercises and investments a {@code grouping}; statements a {@code note}), with {@code
 * location}s and {@code relationship}s, and carries its whole Sitrep record in a property extension
 * declared by an {@code extension-definition}. Ids are {@link StixIds UUIDv5} of the Sitrep ids,
 * times come from the records or the dataset's as-of day, and the same dataset always gives the
 * same bytes. {@code stix/README.md} has the table.
 *
 * <p><b>Import.</b> An object with the Sitrep extension comes back exactly as exported; other
 * identities, threat actors, intrusion sets, campaigns, notes, locations and relationships map
 * where Sitrep has a counterpart; everything else is listed in {@link StixImport#unmapped()} with a
 * reason, and never fails the bundle. Input that is not JSON, too large (the {@link SitrepJson}
 * read limits apply) or not a bundle throws one {@link SitrepReadException}.
 */
public final class SitrepStix {

  private static final SitrepStix DEFAULTS = builder().build();

  private final ObjectMapper tree;
  private final ObjectMapper sitrep;
  private final ObjectWriter pretty;
  private final LocalDate fallbackAsOf;

  private SitrepStix(Builder builder) {
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxStringLength(builder.maxStringLength)
            .maxNestingDepth(builder.maxNestingDepth)
            .maxDocumentLength(builder.maxDocumentLength)
            .maxNumberLength(SitrepJson.DEFAULT_MAX_NUMBER_LENGTH)
            .maxNameLength(SitrepJson.DEFAULT_MAX_NAME_LENGTH)
            .build();
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(limits).build();
    this.tree =
        JsonMapper.builder(factory)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();
    this.sitrep =
        JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build())
            .addModule(new SitrepModule())
            .build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    this.pretty = tree.writer(printer);
    this.fallbackAsOf = builder.fallbackAsOf;
  }

  /** {@return the instance with the default limits of {@link SitrepJson}} */
  public static SitrepStix defaults() {
    return DEFAULTS;
  }

  /** {@return a builder, with the default limits until told otherwise} */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- export

  /**
   * {@return the dataset's bundle as pretty-printed JSON (two-space indent, {@code '\n'}, final
   * newline)}
   *
   * @param dataset the dataset
   */
  public String writeString(Dataset dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(dataset, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the dataset's bundle as UTF-8 to a stream; flushes and does not close it.
   *
   * @param dataset the dataset
   * @param out the stream
   * @throws IOException when the stream cannot be written
   */
  public void write(Dataset dataset, OutputStream out) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    pretty.writeValue(out, new BundleWriter(tree, sitrep, dataset).bundle());
    out.write('\n');
    out.flush();
  }

  /**
   * Writes the dataset's bundle to a file, all or nothing (through a temporary file moved into
   * place, as {@link AtomicFiles} does).
   *
   * @param dataset the dataset
   * @param path the file, replaced when complete
   * @throws IOException when the file cannot be written
   */
  public void write(Dataset dataset, Path path) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    AtomicFiles.write(path, out -> write(dataset, out));
  }

  // ---------------------------------------------------------------- import

  /**
   * Imports a bundle from a file.
   *
   * @param path the file
   * @return the records and the objects left unmapped
   * @throws SitrepReadException when the file is not JSON, exceeds a limit or is not a bundle
   * @throws IOException when the file cannot be read
   */
  public StixImport read(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    }
  }

  /**
   * Imports a bundle from a stream, which is read to its end and not closed.
   *
   * @param in the UTF-8 bytes
   * @return the records and the objects left unmapped
   * @throws SitrepReadException when the input is not JSON, exceeds a limit or is not a bundle
   * @throws IOException when the stream cannot be read
   */
  public StixImport read(InputStream in) throws IOException {
    try (JsonParser parser = tree.getFactory().createParser(in)) {
      return read(TreeReader.read(parser, false));
    } catch (JsonProcessingException e) {
      throw readFailure(e);
    }
  }

  /**
   * Imports a bundle from a string.
   *
   * @param json the bundle
   * @return the records and the objects left unmapped
   * @throws SitrepReadException when the text is not JSON, exceeds a limit or is not a bundle
   */
  public StixImport read(String json) {
    try (JsonParser parser = tree.getFactory().createParser(json)) {
      return read(TreeReader.read(parser, false));
    } catch (JsonProcessingException e) {
      throw readFailure(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string cannot fail to be read
    }
  }

  private StixImport read(JsonNode root) {
    if (root == null || root.isMissingNode()) {
      throw notABundle("", ReadProblem.SYNTAX, "empty input: no JSON value");
    }
    if (!root.isObject()) {
      throw notABundle(
          "", ReadProblem.WRONG_JSON_TYPE, "a STIX bundle is a JSON object, not " + kind(root));
    }
    JsonNode type = root.get("type");
    if (type == null || type.isNull()) {
      throw notABundle(
          "/type",
          ReadProblem.MISSING_PROPERTY,
          "not a STIX bundle: no 'type' (expected \"bundle\")");
    }
    if (!type.asText().equals("bundle") || !type.isTextual()) {
      throw notABundle(
          "/type",
          ReadProblem.MALFORMED_VALUE,
          "not a STIX bundle: 'type' is " + type + " (expected \"bundle\")");
    }
    JsonNode objects = root.path("objects");
    if (!objects.isMissingNode() && !objects.isNull() && !objects.isArray()) {
      throw notABundle(
          "/objects",
          ReadProblem.WRONG_JSON_TYPE,
          "a bundle's 'objects' is an array, not " + kind(objects));
    }
    return new BundleReader(tree, sitrep, fallbackAsOf)
        .read(objects.isArray() ? objects : tree.createArrayNode(), BundleReader.text(root, "id"));
  }

  private static SitrepReadException readFailure(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    boolean limit = e instanceof StreamConstraintsException;
    return Problems.exception(
        limit ? ReadProblem.LIMIT_EXCEEDED : ReadProblem.SYNTAX,
        line,
        column,
        "",
        null,
        (limit ? "" : "not JSON: ") + e.getOriginalMessage().lines().findFirst().orElse(""),
        e);
  }

  private static SitrepReadException notABundle(String pointer, String code, String detail) {
    return Problems.exception(code, -1, -1, pointer, null, detail, null);
  }

  private static String kind(JsonNode node) {
    return node.isArray()
        ? "an array"
        : node.isTextual()
            ? "a string"
            : node.isNumber() ? "a number" : node.isBoolean() ? "a boolean" : "null";
  }

  /**
   * Builds a {@link SitrepStix}.
   *
   * <pre>{@code
   * SitrepStix stix = SitrepStix.builder().maxDocumentLength(1L << 20).build();
   * }</pre>
   */
  public static final class Builder {
    private int maxStringLength = SitrepJson.DEFAULT_MAX_STRING_LENGTH;
    private int maxNestingDepth = SitrepJson.DEFAULT_MAX_NESTING_DEPTH;
    private long maxDocumentLength = SitrepJson.DEFAULT_MAX_DOCUMENT_LENGTH;
    private LocalDate fallbackAsOf = LocalDate.EPOCH;

    private Builder() {}

    /**
     * The longest string value, in characters; default {@value
     * SitrepJson#DEFAULT_MAX_STRING_LENGTH}.
     *
     * @param characters the limit
     * @return this builder
     */
    public Builder maxStringLength(int characters) {
      this.maxStringLength = characters;
      return this;
    }

    /**
     * The deepest nesting; default {@value SitrepJson#DEFAULT_MAX_NESTING_DEPTH}.
     *
     * @param depth the limit
     * @return this builder
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = depth;
      return this;
    }

    /**
     * The longest bundle, in bytes; default {@value SitrepJson#DEFAULT_MAX_DOCUMENT_LENGTH}.
     *
     * @param bytes the limit
     * @return this builder
     */
    public Builder maxDocumentLength(long bytes) {
      this.maxDocumentLength = bytes;
      return this;
    }

    /**
     * The as-of day of an imported dataset when the bundle has no Sitrep report and no object with
     * a {@code created} or {@code modified} time (otherwise the latest such day is used); default
     * 1970-01-01.
     *
     * @param day the day
     * @return this builder
     */
    public Builder fallbackAsOf(LocalDate day) {
      this.fallbackAsOf = Objects.requireNonNull(day, "day");
      return this;
    }

    /** {@return the instance} */
    public SitrepStix build() {
      return new SitrepStix(this);
    }
  }
}
