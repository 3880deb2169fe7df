package org.sitrep.io.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.Timestamp;

/**
 * The schema's date patterns accept exactly what the core parsers accept, over generated strings
 * that walk every branch of the EDTF grammar: years with and without unspecified digits, months 00
 * to 25 and XX, days 00 to 32 and XX, qualifiers, leap years, open and unknown interval ends.
 */
class EdtfSchemaTest {

  private static final String[] YEARS = {
    "2024", "2023", "2000", "1900", "0000", "0004", "2100", "1600", "202X", "20XX", "2XXX", "2X24",
    "X024", "24", "20245", "-2024", "Y2024", "19", "199X", "19X9"
  };
  private static final String[] MONTHS = {
    "", "-01", "-02", "-04", "-09", "-11", "-12", "-13", "-00", "-20", "-21", "-22", "-23", "-24",
    "-25", "-XX", "-1X", "-X1", "-1", "-001"
  };
  private static final String[] DAYS = {
    "", "-01", "-09", "-10", "-19", "-20", "-28", "-29", "-30", "-31", "-32", "-XX", "-0X", "-X0",
    "-00", "-1", "-001"
  };
  private static final String[] QUALIFIERS = {"", "~", "?", "%", "~~", "?~", "x", "T10:00Z"};

  private static final String[] DAYS_OF_TIMESTAMPS = {
    "2024-02-29",
    "2023-02-29",
    "2000-02-29",
    "1900-02-29",
    "2024-04-30",
    "2024-04-31",
    "2024-12-31",
    "2024-13-01",
    "2024-00-10",
    "2024-1-01"
  };
  private static final String[] TIMES = {
    "T00:00",
    "T23:59",
    "T24:00",
    "T12:60",
    "T09:30:00",
    "T09:30:60",
    "T09:30:00.1",
    "T09:30:00.123456789",
    "T09:30:00.1234567890",
    "T9:30",
    "T09:30:0",
    " 09:30"
  };
  private static final String[] OFFSETS = {
    "Z",
    "+05:00",
    "-05:00",
    "+05",
    "+5",
    "+0500",
    "+05:30:15",
    "+053015",
    "+18:00",
    "+18:01",
    "+19:00",
    "-18",
    "+17:59:59",
    "+05:60",
    "",
    "+05:00Z",
    "+05:00[Asia/Karachi]"
  };

  @Test
  void fuzzyDatePatternAcceptsWhatFuzzyDateParses() {
    Pattern pattern = pattern("fuzzyDate");
    List<String> candidates = dates();
    candidates.add("");
    for (String text : candidates) {
      assertThat(pattern.matcher(text).find())
          .as("fuzzyDate pattern on '%s'", text)
          .isEqualTo(parses(FuzzyDate::parse, text));
    }
    assertThat(candidates).hasSizeGreaterThan(50_000);
  }

  @Test
  void periodPatternAcceptsWhatPeriodParses() {
    Pattern pattern = pattern("period");
    List<String> dates = dates();
    List<String> ends =
        new ArrayList<>(
            List.of(
                "",
                "..",
                ".",
                "...",
                ".. ",
                "2024-11-21~",
                "2024-12-15~",
                "2024-23",
                "2024-XX",
                "202X",
                "2024-02-29",
                "2023-02-29"));
    for (int i = 0; i < dates.size(); i += 577) {
      ends.add(dates.get(i));
    }
    List<String> candidates = new ArrayList<>(List.of("2024", "2024/2025/2026", "//"));
    for (String start : ends) {
      for (String end : ends) {
        candidates.add(start + "/" + end);
      }
    }
    for (String text : candidates) {
      assertThat(pattern.matcher(text).find())
          .as("period pattern on '%s'", text)
          .isEqualTo(parses(Period::parse, text));
    }
    assertThat(candidates).hasSizeGreaterThan(10_000);
  }

  @Test
  void localDatePatternAcceptsWhatLocalDateParses() {
    Pattern pattern = pattern("localDate");
    for (String text : DAYS_OF_TIMESTAMPS) {
      assertThat(pattern.matcher(text).find())
          .as("localDate pattern on '%s'", text)
          .isEqualTo(parses(LocalDate::parse, text));
    }
  }

  @Test
  void timestampPatternAcceptsWhatTimestampParses() {
    Pattern pattern = pattern("timestamp");
    int count = 0;
    for (String day : DAYS_OF_TIMESTAMPS) {
      for (String time : TIMES) {
        for (String offset : OFFSETS) {
          String text = day + time + offset;
          assertThat(pattern.matcher(text).find())
              .as("timestamp pattern on '%s'", text)
              .isEqualTo(parses(Timestamp::parse, text));
          count++;
        }
      }
    }
    assertThat(count).isEqualTo(DAYS_OF_TIMESTAMPS.length * TIMES.length * OFFSETS.length);
  }

  /**
   * Where the schema is stricter than {@link Timestamp#parse}: Java also takes a lower-case {@code
   * t} or {@code z} and a decimal point with no digits after it; the schema asks for the RFC 3339
   * forms.
   */
  @Test
  void timestampPatternIsStricterThanJavaAboutCaseAndEmptyFractions() {
    Pattern pattern = pattern("timestamp");
    for (String text :
        List.of("2024-11-20t09:30:00Z", "2024-11-20T09:30:00z", "2024-11-20T09:30:00.+05:00")) {
      assertThat(parses(Timestamp::parse, text)).as("Java parses '%s'", text).isTrue();
      assertThat(pattern.matcher(text).find()).as("the schema refuses '%s'", text).isFalse();
    }
  }

  private static List<String> dates() {
    List<String> out = new ArrayList<>();
    for (String year : YEARS) {
      for (String month : MONTHS) {
        for (String day : DAYS) {
          for (String qualifier : QUALIFIERS) {
            out.add(year + month + day + qualifier);
          }
        }
      }
    }
    return out;
  }

  private static Pattern pattern(String def) {
    return Pattern.compile(SchemaValidation.tree().at("/$defs/" + def + "/pattern").asText());
  }

  private static boolean parses(Consumer<String> parser, String text) {
    try {
      parser.accept(text);
      return true;
    } catch (RuntimeException refused) {
      return false;
    }
  }
}
