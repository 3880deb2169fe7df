package org.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Actor;
import org.sitrep.core.Affiliation;
import org.sitrep.core.Dataset;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Source;
import org.sitrep.core.Statement;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.TimeSpan;
import org.sitrep.core.time.Timestamp;
import org.sitrep.validation.internal.BuiltInRules;

/**
 * A timestamp is every calendar day it is somewhere: date rules compare it conservatively with
 * days, and as instants with other timestamps. Run through the fused checks and the rules one by
 * one, which must agree.
 */
class TimestampDatesTest {

  private static Incident incident(TimeSpan date, TimeSpan... published) {
    Incident.Builder incident =
        Incident.builder()
            .id(Id.incident("gwadar"))
            .name("Attack in Gwadar")
            .category(IncidentCategory.BATTLES)
            .date(date);
    for (TimeSpan day : published) {
      incident.addSource(Source.builder().publisher("Dawn").published(day).build());
    }
    return incident.build();
  }

  private static List<String> codes(LocalDate asOf, SitrepRecord... records) {
    Dataset dataset = Dataset.of("t", asOf, List.of(records));
    List<Finding> fused = Validator.defaults().validate(dataset).findings();
    List<Rule> apart = new ArrayList<>();
    List<Severity> severities = new ArrayList<>();
    for (Rule rule : BuiltInRules.all()) {
      apart.add(FusedRecordChecksTest.oneByOne(rule));
      severities.add(rule.descriptor().defaultSeverity());
    }
    ValidationRun run =
        new ValidationRun(asOf, apart.toArray(new Rule[0]), severities.toArray(new Severity[0]), 0);
    dataset.records().forEach(run::accept);
    assertThat(run.finish().findings()).as("rules one by one").isEqualTo(fused);
    return fused.stream().map(Finding::code).toList();
  }

  @Test
  void aSourcePublishedLateInTheEveningInNewYorkIsAlreadyTheNextDayInPakistan() {
    Incident incident =
        incident(FuzzyDate.parse("2024-11-09"), Timestamp.parse("2024-11-08T23:30:00-05:00"));

    assertThat(codes(LocalDate.of(2024, 11, 20), incident)).doesNotContain("date.after-sources");
  }

  @Test
  void aDayAfterEveryDayTheSourceCanBeIsStillAnError() {
    Incident incident =
        incident(FuzzyDate.parse("2024-11-10"), Timestamp.parse("2024-11-08T23:30:00-05:00"));

    assertThat(codes(LocalDate.of(2024, 11, 20), incident)).contains("date.after-sources");
  }

  @Test
  void twoTimestampsAreComparedAsInstants() {
    Incident after =
        incident(
            Timestamp.parse("2024-11-09T10:00:00+05:00"), // 05:00 UTC
            Timestamp.parse("2024-11-09T04:30:00Z"));
    Incident before =
        incident(
            Timestamp.parse("2024-11-09T09:00:00+05:00"), // 04:00 UTC
            Timestamp.parse("2024-11-09T04:30:00Z"));

    assertThat(codes(LocalDate.of(2024, 11, 20), after)).contains("date.after-sources");
    assertThat(codes(LocalDate.of(2024, 11, 20), before)).doesNotContain("date.after-sources");
  }

  @Test
  void aTimestampThatIsTheAsOfDaySomewhereIsNotAfterIt() {
    // 2024-11-21 01:00 in Pakistan is still 20 November in London
    Incident incident = incident(Timestamp.parse("2024-11-21T01:00:00+05:00"));
    Incident tomorrow = incident(Timestamp.parse("2024-11-22T01:00:00+05:00"));

    assertThat(codes(LocalDate.of(2024, 11, 20), incident)).doesNotContain("date.after-as-of");
    assertThat(codes(LocalDate.of(2024, 11, 20), tomorrow)).contains("date.after-as-of");
  }

  @Test
  void aStatementAtATimestampOnThePostsLastDaySomewhereIsWithinIt() {
    Actor ministry =
        Actor.builder().id(Id.actor("mfa")).name("MFA").kind(Actor.Kind.GOVERNMENT_BODY).build();
    Actor spokesman =
        Actor.builder()
            .id(Id.actor("spokesman"))
            .name("Spokesman")
            .kind(Actor.Kind.PERSON)
            .addAffiliation(
                Affiliation.builder()
                    .organisation(ministry.id())
                    .role("Spokesperson")
                    .period(Period.parse("2024-01-01/2024-11-08"))
                    .build())
            .build();
    Statement lateNight = statement(Timestamp.parse("2024-11-08T23:30:00-05:00"));
    Statement nextWeek = statement(Timestamp.parse("2024-11-15T12:00:00Z"));

    assertThat(codes(LocalDate.of(2024, 11, 20), ministry, spokesman, lateNight))
        .doesNotContain("affiliation.outside-period");
    assertThat(codes(LocalDate.of(2024, 11, 20), ministry, spokesman, nextWeek))
        .contains("affiliation.outside-period");
  }

  private static Statement statement(Timestamp date) {
    return Statement.builder()
        .id(Id.statement("said"))
        .name("Said")
        .kind(Statement.Kind.STATEMENT)
        .speaker(Id.actor("spokesman"))
        .onBehalfOf(Id.actor("mfa"))
        .date(date)
        .addSource(Source.builder().publisher("Dawn").published(date).build())
        .build();
  }
}
