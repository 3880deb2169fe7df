package org.sitrep.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule's table of codes answers as the set of the JDK's codes, for every two characters. */
class PlaceCountryCodesTest {

  private static final Set<String> CODES = Set.of(Locale.getISOCountries());

  @Test
  void everyPairOfCharactersIsACodeExactlyWhenTheJdkKnowsIt() {
    int codes = 0;
    for (char first = 0; first < 256; first++) {
      for (char second = 0; second < 256; second++) {
        String text = new String(new char[] {first, second});
        assertThat(PlaceCountryRule.isCode(text)).as("'%s'", text).isEqualTo(CODES.contains(text));
        codes += PlaceCountryRule.isCode(text) ? 1 : 0;
      }
    }
    assertThat(codes).isEqualTo(CODES.size());
  }

  @Test
  void otherLengthsAndCasesAreNotCodes() {
    for (String text : new String[] {"", "P", "PAK", "pk", "Pk", "pK", "P\u0130", "\u0130K"}) {
      assertThat(PlaceCountryRule.isCode(text)).as("'%s'", text).isFalse();
    }
    assertThat(PlaceCountryRule.isCode("PK")).isTrue();
    assertThat(PlaceCountryRule.isCode(new String("CN".toCharArray()))).isTrue();
  }
}
