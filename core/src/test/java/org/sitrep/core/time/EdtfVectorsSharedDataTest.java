package org.sitrep.core.time;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the EDTF parser against the public test vectors in {@code
 * shared/data/edtf-vectors/edtf-vectors.json}: the strings of the EDTF.js, edtf-validate and
 * python-edtf test suites plus domain probes, each with what EDTF.js 4.11.1 (the reference) makes
 * of it. EDTF.js is the authority; every place where Sitrep departs from it is listed here with its
 * reason.
 *
 * <p>The build runs this class only where the shared data exists, and passes its folder in the
 * system property {@code sitrep.shared.data}; a missing property or file fails the test.
 */
class EdtfVectorsSharedDataTest {

  /** Level 0 and level 1 features Sitrep does not support: each is refused with a clear message. */
  enum Unsupported {
    TIMES_OF_DAY(
        "times of day are not supported",
        "a fuzzy date is a calendar date; an exact moment is a Timestamp",
        vector -> vector.input().indexOf('T') >= 0),
    NEGATIVE_YEARS(
        "negative years are not supported",
        "security-situation data has no events before year 0",
        vector -> vector.input().startsWith("-") || vector.input().contains("/-")),
    YEARS_BEYOND_9999(
        "years beyond 9999 ('Y' prefix) are not supported",
        "security-situation data has no events after year 9999",
        vector -> vector.input().startsWith("Y") || vector.input().contains("/Y")),
    CENTURIES(
        "a year has four digits",
        "EDTF.js reads a two-digit year as a century (ISO 8601-1 reduced precision); the LoC EDTF"
            + " level 0 writes four-digit years only, and 20XX says the same",
        vector -> "Century".equals(vector.referenceType())),
    WHOLLY_UNSPECIFIED_YEARS(
        "only the last one or two digits of a year may be unspecified",
        "the LoC EDTF level 1 unspecifies one or two digits of a year (201X, 20XX); XXXX, a date"
            + " that could be any day of 10,000 years, says no more than an absent date",
        vector -> vector.input().startsWith("XX"));

    final String message;
    final String reason;

    // the predicates are lambdas that capture nothing
    @SuppressWarnings("ImmutableEnumChecker")
    final Predicate<Vector> matches;

    Unsupported(String message, String reason, Predicate<Vector> matches) {
      this.message = message;
      this.reason = reason;
      this.matches = matches;
    }
  }

  private static final String ANY_ORDER =
      "EDTF.js refuses an interval whose end does not begin after its start ('invalid upper"
          + " bound'); an inverted period is well-formed in Sitrep, so that the file loads and"
          + " validation reports period.inverted or period.possibly-inverted";

  private static final String SEASON_ENDS =
      "EDTF.js refuses seasons in intervals (edtf-validate ranks them level 1); a period's ends"
          + " are fuzzy dates, seasons included";

  private static final String UNSPECIFIED_ENDS =
      "EDTF.js ranks unspecified digits in an interval's ends level 2; a period's ends are fuzzy"
          + " dates, and the level 1 forms of unspecified digits are allowed there";

  /** Strings EDTF.js refuses or ranks level 2 that Sitrep accepts, with the reason. */
  private static final Map<String, String> ACCEPTED_BEYOND_REFERENCE =
      Map.ofEntries(
          entry("0000/0000", ANY_ORDER),
          entry("0000-01/0000", ANY_ORDER),
          entry("0000-02/0000", ANY_ORDER),
          entry("0001/0000", ANY_ORDER),
          entry("0000-01-03/0000-01", ANY_ORDER),
          entry("1111-01-01/1111", ANY_ORDER),
          entry("2004-06-11%/2004-06~", ANY_ORDER),
          entry("2024-11/2024-10", ANY_ORDER),
          entry("1984-11-12/1984-11-XX", ANY_ORDER),
          entry("2000/2000-XX-XX", ANY_ORDER),
          entry("1923-21/1924", SEASON_ENDS),
          entry("2003-22/2004-22", SEASON_ENDS),
          entry("2003-22/2003-22", SEASON_ENDS),
          entry("2003-22/2003-23", SEASON_ENDS),
          entry("2012-21/2012-22", SEASON_ENDS),
          entry("2012-24/2012-21", SEASON_ENDS),
          entry("2012-23/2012-22", SEASON_ENDS),
          entry("2024-24/2025-21", SEASON_ENDS),
          entry("2004-06-XX/2004-07-03", UNSPECIFIED_ENDS),
          entry("2000-12-XX/2012", UNSPECIFIED_ENDS),
          entry("2000-XX/2012", UNSPECIFIED_ENDS),
          entry("2000-XX-XX/2012", UNSPECIFIED_ENDS),
          entry("198X/199X", UNSPECIFIED_ENDS),
          entry("198X/1999", UNSPECIFIED_ENDS),
          entry("1987/199X", UNSPECIFIED_ENDS));

  /** One record of the vectors file. */
  record Vector(String input, Map<String, Object> reference, List<Object> suiteExpectations) {

    boolean referenceValid() {
      return Boolean.TRUE.equals(reference.get("valid"));
    }

    int referenceLevel() {
      return ((BigDecimal) reference.get("level")).intValueExact();
    }

    String referenceType() {
      return (String) reference.get("type");
    }

    /** Valid at level 0 or 1 for the reference. */
    boolean referenceLevel1() {
      return referenceValid() && referenceLevel() <= 1;
    }

    Optional<Unsupported> unsupportedFeature() {
      return Stream.of(Unsupported.values()).filter(f -> f.matches.test(this)).findFirst();
    }

    boolean supported() {
      return ACCEPTED_BEYOND_REFERENCE.containsKey(input)
          || (referenceLevel1() && unsupportedFeature().isEmpty());
    }

    boolean markedInvalid() {
      return !referenceValid() || suiteExpectations.contains("invalid");
    }

    @Override
    public String toString() {
      return '"' + input + '"';
    }
  }

  static List<Vector> vectors() throws IOException {
    String folder = System.getProperty("sitrep.shared.data");
    if (folder == null) {
      fail(
          "System property sitrep.shared.data is not set: the build sets it to the shared data"
              + " folder (<repo>/../shared/data)");
    }
    Path file = Path.of(folder, "edtf-vectors", "edtf-vectors.json");
    if (!Files.isRegularFile(file)) {
      fail("The EDTF test vectors are missing: " + file.toAbsolutePath());
    }
    List<Vector> vectors = new ArrayList<>();
    for (Object element : (List<?>) Json.parse(Files.readString(file))) {
      Map<?, ?> record = (Map<?, ?>) element;
      List<Object> expectations = new ArrayList<>();
      for (Object source : (List<?>) record.get("sources")) {
        expectations.add(((Map<?, ?>) source).get("expects"));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> reference = (Map<String, Object>) record.get("edtf_js");
      vectors.add(new Vector((String) record.get("input"), reference, expectations));
    }
    return vectors;
  }

  static Stream<Vector> supportedVectors() throws IOException {
    return vectors().stream().filter(Vector::supported);
  }

  static Stream<Vector> unsupportedVectors() throws IOException {
    return vectors().stream().filter(vector -> !vector.supported());
  }

  static Stream<Vector> referenceLevel1Vectors() throws IOException {
    return supportedVectors()
        .filter(Vector::referenceLevel1)
        .filter(vector -> !"Season".equals(vector.referenceType()));
  }

  /** What EDTF.js or a test suite calls invalid, except the departures listed above. */
  static Stream<Vector> vectorsMarkedInvalid() throws IOException {
    return vectors().stream()
        .filter(Vector::markedInvalid)
        .filter(vector -> !ACCEPTED_BEYOND_REFERENCE.containsKey(vector.input()));
  }

  @Test
  void coversEveryKindOfVector() throws IOException {
    List<Vector> vectors = vectors();

    assertThat(vectors).hasSizeGreaterThan(400);
    assertThat(vectors).filteredOn(Vector::supported).hasSizeGreaterThan(100);
    assertThat(vectors).filteredOn(vector -> !vector.supported()).hasSizeGreaterThan(100);
    assertThat(vectors)
        .extracting(Vector::input)
        .containsAll(ACCEPTED_BEYOND_REFERENCE.keySet())
        .contains("2024-11-21~/2024-12-15~", "2024-10-06");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("supportedVectors")
  void acceptsAndPrintsBackEverySupportedString(Vector vector) {
    assertThat(parse(vector.input())).hasToString(vector.input());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unsupportedVectors")
  void refusesEveryOtherString(Vector vector) {
    assertThatThrownBy(() -> parse(vector.input()))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageStartingWith("Invalid EDTF ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectorsMarkedInvalid")
  void refusesWhatTheSuitesCallInvalid(Vector vector) {
    assertThatThrownBy(() -> parse(vector.input())).isInstanceOf(DateTimeParseException.class);
  }

  /** Season bounds are left out: EDTF.js bounds seasons as quarters, Sitrep as meteorology. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceLevel1Vectors")
  void agreesWithTheReferenceOnBoundsAndQualifiers(Vector vector) {
    TimeSpan span = parse(vector.input());

    assertThat(span).hasToString((String) vector.reference().get("normalized"));
    assertThat(span.earliestDay()).isEqualTo(day(vector.reference().get("min")));
    assertThat(span.latestDay()).isEqualTo(day(vector.reference().get("max")));
    if (span instanceof FuzzyDate date) {
      assertThat(date.isApproximate()).isEqualTo(vector.reference().containsKey("approximate"));
      assertThat(date.isUncertain()).isEqualTo(vector.reference().containsKey("uncertain"));
      assertThat(date.hasUnspecifiedDigits())
          .isEqualTo(vector.reference().containsKey("unspecified"));
    }
  }

  @ParameterizedTest
  @EnumSource(Unsupported.class)
  void refusesEachUnsupportedLevel1FeatureWithAClearMessage(Unsupported feature)
      throws IOException {
    List<Vector> examples =
        vectors().stream()
            .filter(Vector::referenceLevel1)
            .filter(vector -> vector.unsupportedFeature().equals(Optional.of(feature)))
            .toList();

    assertThat(examples).as("reference level 0/1 vectors using the feature").isNotEmpty();
    for (Vector example : examples) {
      assertThatThrownBy(() -> parse(example.input()))
          .as("%s is refused because %s", example, feature.reason)
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining(feature.message);
    }
  }

  private static TimeSpan parse(String text) {
    return text.indexOf('/') >= 0 ? Period.parse(text) : FuzzyDate.parse(text);
  }

  /** The day of an EDTF.js bound; open ("Infinity") and unknown (null) ends have none. */
  private static Optional<LocalDate> day(Object bound) {
    if (bound == null || ((String) bound).endsWith("Infinity")) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.parse(((String) bound).substring(0, 10)));
  }

  /** A reader for standard JSON, enough for one test file: no JSON library is on core's path. */
  static final class Json {

    private final String text;
    private int at;

    private Json(String text) {
      this.text = text;
    }

    /** Objects become maps, arrays lists, numbers {@link BigDecimal}s. */
    static Object parse(String text) {
      Json json = new Json(text);
      Object value = json.value();
      json.skipSpace();
      if (json.at != text.length()) {
        throw json.error("end of text");
      }
      return value;
    }

    private Object value() {
      skipSpace();
      if (at == text.length()) {
        throw error("a value");
      }
      char c = text.charAt(at);
      return switch (c) {
        case '{' -> object();
        case '[' -> array();
        case '"' -> string();
        case 't' -> literal("true", true);
        case 'f' -> literal("false", false);
        case 'n' -> literal("null", null);
        default -> number();
      };
    }

    private Map<String, Object> object() {
      Map<String, Object> object = new LinkedHashMap<>();
      at++;
      skipSpace();
      if (peek() == '}') {
        at++;
        return object;
      }
      do {
        skipSpace();
        String key = string();
        skipSpace();
        expect(':');
        object.put(key, value());
        skipSpace();
      } while (accept(','));
      expect('}');
      return object;
    }

    private List<Object> array() {
      List<Object> array = new ArrayList<>();
      at++;
      skipSpace();
      if (peek() == ']') {
        at++;
        return array;
      }
      do {
        array.add(value());
        skipSpace();
      } while (accept(','));
      expect(']');
      return array;
    }

    private String string() {
      expect('"');
      StringBuilder string = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return string.toString();
        }
        if (c != '\\') {
          string.append(c);
          continue;
        }
        char escaped = next();
        switch (escaped) {
          case 'b' -> string.append('\b');
          case 'f' -> string.append('\f');
          case 'n' -> string.append('\n');
          case 'r' -> string.append('\r');
          case 't' -> string.append('\t');
          case 'u' -> {
            if (at + 4 > text.length()) {
              throw error("four hex digits");
            }
            string.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> string.append(escaped); // '"', '\\' and '/'
        }
      }
    }

    private BigDecimal number() {
      int start = at;
      while (at < text.length() && "+-.0123456789eE".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      if (start == at) {
        throw error("a value");
      }
      return new BigDecimal(text.substring(start, at));
    }

    private Object literal(String word, Object value) {
      if (!text.startsWith(word, at)) {
        throw error(word);
      }
      at += word.length();
      return value;
    }

    private void skipSpace() {
      while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
    }

    private char peek() {
      return at < text.length() ? text.charAt(at) : '\0';
    }

    private char next() {
      if (at == text.length()) {
        throw error("more text");
      }
      return text.charAt(at++);
    }

    private boolean accept(char c) {
      if (peek() == c) {
        at++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (!accept(c)) {
        throw error("'" + c + "'");
      }
    }

    private IllegalArgumentException error(String expected) {
      return new IllegalArgumentException(
          "Malformed JSON at offset " + at + ": expected " + expected);
    }
  }
}
