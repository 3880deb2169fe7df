package org.sitrep.samples.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.samples.scenario.BalochistanScenario;

class BriefingTest {

  private final Briefing briefing = new Briefing(BalochistanScenario.dataset());

  private String printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      briefing.printTo(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void saysWhatIsAtStakeWithItsValueAndPlace() {
    assertThat(printed())
        .contains(
            "AT STAKE\n"
                + "  Belt and Road Initiative (programme)\n"
                + "  China-Pakistan Economic Corridor (programme, 65 billion USD, part of Belt"
                + " and Road Initiative)\n"
                + "      at Gwadar Port\n");
  }

  @Test
  void namesWhatHitAnInvestment() {
    org.sitrep.core.Dataset scenario = BalochistanScenario.dataset();
    org.sitrep.core.Incident attack =
        scenario.resolve(BalochistanScenario.KARACHI_AIRPORT_BOMBING).orElseThrow().toBuilder()
            .addAffects(BalochistanScenario.CPEC)
            .build();
    java.util.List<org.sitrep.core.SitrepRecord> records =
        new java.util.ArrayList<>(scenario.records());
    records.replaceAll(record -> record.id().equals(attack.id()) ? attack : record);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      new Briefing(org.sitrep.core.Dataset.of("t", scenario.asOf(), records)).printAtStake(out);
    }

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("      at Gwadar Port\n      hit by " + attack.name() + " (6 Oct 2024)\n");
  }

  @Test
  void writesAmountsInWords() {
    assertThat(
            Briefing.money(
                org.sitrep.core.Money.approximately(
                    new java.math.BigDecimal("65000000000"), "USD")))
        .isEqualTo("about 65 billion USD");
    assertThat(Briefing.money(org.sitrep.core.Money.of(new java.math.BigDecimal("1500000"), "PKR")))
        .isEqualTo("1.5 million PKR");
    assertThat(Briefing.money(org.sitrep.core.Money.of(new java.math.BigDecimal("250"), "USD")))
        .isEqualTo("250 USD");
  }

  @Test
  void saysThatChinasPartInTheOffensiveIsUnknown() {
    assertThat(printed()).contains("China's part in the offensive is unknown");
  }

  @Test
  void saysWhenTheExerciseRuns() {
    assertThat(printed())
        .contains("the exercise runs from about 21 November to about 15 December 2024");
  }

  @Test
  void derivesEveryOpenQuestionFromTheArticlesUnknowns() {
    assertThat(briefing.openQuestions())
        .containsExactly(
            "Baloch Liberation Army's part in the incident rests on its own claim"
                + " (Suicide bombing outside Jinnah International Airport, Karachi).",
            "China's part in the offensive is unknown (Comprehensive operation in Balochistan).",
            "Pakistan Air Force's part in the offensive is unknown"
                + " (Comprehensive operation in Balochistan).",
            "Whether the offensive involves air operations is unknown"
                + " (Comprehensive operation in Balochistan).",
            "Whether the offensive was prompted by Suicide bombing outside Jinnah International"
                + " Airport, Karachi is unknown (Comprehensive operation in Balochistan).",
            "The exact days are not given: the exercise runs from about 21 November to about 15"
                + " December 2024 (China-Pakistan joint counter-terrorism exercise).",
            "Ministry of Information and Broadcasting (Pakistan) gave no comment:"
                + " Pakistan's information ministry gives no details.",
            "Pakistan's military gave no comment: Pakistan's military gives no details.");
  }

  @Test
  void timelineRunsInChronologicalOrderWithDatesInWords() {
    String text = printed();
    assertThat(text)
        .containsSubsequence(
            "TIMELINE",
            "6 Oct 2024 ",
            "incident   Suicide bombing outside Jinnah International Airport, Karachi",
            "19 Nov 2024 ",
            "exercise   announced: China-Pakistan joint counter-terrorism exercise",
            "20 Nov 2024 ",
            "statement  Lin Jian on Pakistan's planned offensive",
            "about 21 Nov – about 15 Dec 2024 ",
            "exercise   China-Pakistan joint counter-terrorism exercise",
            "with no known start:",
            "start not stated, open end",
            "operation  Insurgency in Balochistan",
            "ACTORS");
  }

  @Test
  void listsActorsWithTheirPartsAndCertainties() {
    assertThat(printed())
        .contains(
            "Shehbaz Sharif (person, PK; Prime Minister, Prime Minister's Office (Pakistan))\n")
        .contains("joint partner in Comprehensive operation in Balochistan (unknown)")
        .contains(
            "perpetrator of Suicide bombing outside Jinnah International Airport, Karachi"
                + " (claimed by itself)")
        .contains("Pakistan's military (military, PK; part of Pakistan)")
        .contains("Pakistan Army (military, PK; part of Pakistan)");
  }
}
