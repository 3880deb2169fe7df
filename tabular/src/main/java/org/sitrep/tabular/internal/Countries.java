package org.sitrep.tabular.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Country names as ACLED and UCDP write them, to ISO 3166-1 alpha-2 codes and back, over the JDK's
 * own country list ({@link Locale#getISOCountries()} and its English names). Names are compared
 * without case, accents, punctuation, {@code &}/{@code and} or {@code St.}/{@code Saint}
 * differences; the few names the JDK spells otherwise are listed here.
 */
public final class Countries {

  // before the tables below, which normalise names as they are built
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern SAINT = Pattern.compile("\\bst\\.");
  private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");

  private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

  /** Names, as the tables write them, that the JDK's English names do not match. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("Bailiwick of Guernsey", "GG"),
          Map.entry("Bailiwick of Jersey", "JE"),
          Map.entry("Bosnia-Herzegovina", "BA"),
          Map.entry("Cambodia (Kampuchea)", "KH"),
          Map.entry("Czech Republic", "CZ"),
          Map.entry("Democratic Republic of Congo", "CD"),
          Map.entry("DR Congo (Zaire)", "CD"),
          Map.entry("East Timor", "TL"),
          Map.entry("Heard Island and McDonald Islands", "HM"),
          Map.entry("Ivory Coast", "CI"),
          Map.entry("Kingdom of eSwatini (Swaziland)", "SZ"),
          Map.entry("eSwatini", "SZ"),
          Map.entry("Macedonia, FYR", "MK"),
          Map.entry("Myanmar", "MM"),
          Map.entry("Palestine", "PS"),
          Map.entry("Pitcairn", "PN"),
          Map.entry("Republic of Congo", "CG"),
          Map.entry("Russia (Soviet Union)", "RU"),
          Map.entry("Saint Helena, Ascension and Tristan da Cunha", "SH"),
          Map.entry("Saint-Barthelemy", "BL"),
          Map.entry("Saint-Martin", "MF"),
          Map.entry("Serbia (Yugoslavia)", "RS"),
          Map.entry("South Georgia and the South Sandwich Islands", "GS"),
          Map.entry("United States Minor Outlying Islands", "UM"),
          Map.entry("Virgin Islands, U.S.", "VI"),
          Map.entry("Yemen (North Yemen)", "YE"));

  private static final Map<String, String> BY_NAME = new HashMap<>();
  private static final Map<String, String> ACLED_NAME = new HashMap<>();

  static {
    for (String code : ISO_CODES) {
      String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      BY_NAME.put(normalise(name), code);
      ACLED_NAME.put(code, name.replace(" & ", " and ").replace("St. ", "Saint "));
    }
    ALIASES.forEach(
        (name, code) -> {
          BY_NAME.put(normalise(name), code);
          if (!name.contains("(") && !name.contains(",")) {
            ACLED_NAME.merge(code, name, (jdk, acled) -> acled);
          }
        });
    // the JDK's own spellings ACLED does not use
    ACLED_NAME.put("CD", "Democratic Republic of Congo");
    ACLED_NAME.put("CG", "Republic of Congo");
    ACLED_NAME.put("CI", "Ivory Coast");
    ACLED_NAME.put("MM", "Myanmar");
    ACLED_NAME.put("PS", "Palestine");
  }

  private Countries() {}

  /** The alpha-2 code of a country name, if the name is known. */
  public static Optional<String> codeOf(String name) {
    String code = BY_NAME.get(normalise(name));
    if (code == null && name.contains(" (")) {
      code = BY_NAME.get(normalise(name.substring(0, name.indexOf(" ("))));
    }
    return Optional.ofNullable(code);
  }

  /** The name ACLED gives a country, or the JDK's English name, for an alpha-2 code. */
  public static Optional<String> nameOf(String code) {
    return Optional.ofNullable(ACLED_NAME.get(code));
  }

  private static String normalise(String name) {
    String plain =
        MARKS
            .matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT)
            .replace("&", " and ");
    return OTHERS.matcher(SAINT.matcher(plain).replaceAll("saint")).replaceAll(" ").strip();
  }
}
