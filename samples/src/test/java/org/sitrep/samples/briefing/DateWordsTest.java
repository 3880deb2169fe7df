package org.sitrep.samples.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.TimeSpan;

class DateWordsTest {

  private static String brief(String edtf) {
    return DateWords.brief(TimeSpan.parse(edtf));
  }

  @Test
  void daysMonthsYearsAndSeasons() {
    assertThat(brief("2024-10-06")).isEqualTo("6 Oct 2024");
    assertThat(brief("2024-10")).isEqualTo("Oct 2024");
    assertThat(brief("2024")).isEqualTo("2024");
    assertThat(brief("2024-23")).isEqualTo("autumn 2024");
  }

  @Test
  void qualifiers() {
    assertThat(brief("2024-11-21~")).isEqualTo("about 21 Nov 2024");
    assertThat(brief("2024-11-19?")).isEqualTo("19 Nov 2024?");
    assertThat(brief("2024-11%")).isEqualTo("about Nov 2024?");
  }

  @Test
  void unspecifiedDigitsGiveTheRange() {
    assertThat(brief("202X")).isEqualTo("between 1 Jan 2020 and 31 Dec 2029");
  }

  @Test
  void periodsLeaveOutARepeatedYear() {
    assertThat(brief("2024-11-21~/2024-12-15~")).isEqualTo("about 21 Nov – about 15 Dec 2024");
    assertThat(brief("2024-12-20/2025-01-10")).isEqualTo("20 Dec 2024 – 10 Jan 2025");
    assertThat(brief("2024/2025")).isEqualTo("2024 – 2025");
  }

  @Test
  void openAndUnknownEnds() {
    assertThat(brief("2024-03-04/..")).isEqualTo("since 4 Mar 2024");
    assertThat(brief("../2024-12")).isEqualTo("until Dec 2024");
    assertThat(brief("/..")).isEqualTo("start not stated, open end");
    assertThat(brief("../..")).isEqualTo("open start, open end");
    assertThat(brief("2024-11/")).isEqualTo("from Nov 2024, end not stated");
    assertThat(brief("/2024-12")).isEqualTo("start not stated, until Dec 2024");
  }

  @Test
  void proseSpellsMonthsOut() {
    assertThat(DateWords.prose(Period.parse("2024-11-21~/2024-12-15~")))
        .isEqualTo("from about 21 November to about 15 December 2024");
  }

  @Test
  void vagueDates() {
    assertThat(DateWords.isVague(FuzzyDate.parse("2024-11-21"))).isFalse();
    assertThat(DateWords.isVague(FuzzyDate.parse("2024-11-21~"))).isTrue();
    assertThat(DateWords.isVague(FuzzyDate.parse("2024-11"))).isTrue();
  }
}
