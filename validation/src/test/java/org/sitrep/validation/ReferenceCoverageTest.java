package org.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Actor;
import org.sitrep.core.Affiliation;
import org.sitrep.core.Certainty;
import org.sitrep.core.Exercise;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Investment;
import org.sitrep.core.Involvement;
import org.sitrep.core.Link;
import org.sitrep.core.Money;
import org.sitrep.core.Operation;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Statement;
import org.sitrep.core.taxonomy.IncidentCategory;

/** ref.unresolved covers every reference field; ref.wrong-type every kind-constrained one. */
class ReferenceCoverageTest {

  private static Id<Actor> nobody(int n) {
    return Id.actor("nobody-" + n);
  }

  @Test
  void everyReferenceFieldIsChecked() {
    Actor actor =
        Actor.builder()
            .id(Id.actor("a"))
            .name("a")
            .kind(Actor.Kind.PERSON)
            .parent(nobody(1))
            .addAffiliation(Affiliation.of(nobody(2), "post"))
            .build();
    Incident incident =
        Incident.builder()
            .id(Id.incident("i"))
            .name("i")
            .category(IncidentCategory.BATTLES)
            .addPerpetrator(Involvement.confirmed(nobody(3)))
            .addPerpetrator(Involvement.confirmed(nobody(17)))
            .addTarget(Involvement.confirmed(nobody(4)))
            .addClaimedBy(nobody(5))
            .build();
    Operation operation =
        Operation.builder()
            .id(Id.operation("o"))
            .name("o")
            .kind(Operation.Kind.OTHER)
            .addConductedBy(Involvement.confirmed(nobody(6)))
            .addAgainst(Involvement.confirmed(nobody(7)))
            .addJointWith(Involvement.of(nobody(8), Certainty.UNKNOWN))
            .addApprovedBy(nobody(9))
            .addTriggeredBy(Link.of(Id.incident("nothing"), Certainty.SUSPECTED))
            .build();
    Exercise exercise =
        Exercise.builder()
            .id(Id.exercise("e"))
            .name("e")
            .kind(Exercise.Kind.OTHER)
            .addParticipant(Involvement.confirmed(nobody(10)))
            .host(nobody(11))
            .announcedBy(nobody(12))
            .build();
    Investment investment =
        Investment.builder()
            .id(Id.investment("v"))
            .name("v")
            .kind(Investment.Kind.LOAN)
            .addInvestor(nobody(13))
            .host(nobody(14))
            .partOf(Id.investment("nothing"))
            .value(Money.of(BigDecimal.ONE, "USD"))
            .build();
    Statement statement =
        Statement.builder()
            .id(Id.statement("s"))
            .name("s")
            .kind(Statement.Kind.DENIAL)
            .speaker(nobody(15))
            .onBehalfOf(nobody(16))
            .addAbout(Id.exercise("nothing"))
            .build();

    List<SitrepRecord> records =
        List.of(actor, incident, operation, exercise, investment, statement);
    ValidationReport report = Validator.defaults().validate(records, Fixtures.AS_OF);

    assertThat(report.withCode("ref.unresolved"))
        .extracting(finding -> finding.recordId() + finding.pointer())
        .containsExactly(
            "actor:a/affiliations/0/organisation",
            "actor:a/parent",
            "incident:i/claimedBy/0",
            "incident:i/perpetrators/0/actor",
            "incident:i/perpetrators/1/actor",
            "incident:i/targets/0/actor",
            "operation:o/against/0/actor",
            "operation:o/approvedBy/0",
            "operation:o/conductedBy/0/actor",
            "operation:o/jointWith/0/actor",
            "operation:o/triggeredBy/0/target",
            "exercise:e/announcedBy",
            "exercise:e/host",
            "exercise:e/participants/0/actor",
            "investment:v/host",
            "investment:v/investors/0",
            "investment:v/partOf",
            "statement:s/about/0",
            "statement:s/onBehalfOf",
            "statement:s/speaker");
    assertThat(report.withCode("ref.unresolved").get(1).related()).contains(nobody(1));
    assertThat(report.withCode("ref.unresolved").get(1).arguments())
        .containsEntry("referenced", "actor:nobody-1");
    assertThat(report.withCode("ref.wrong-type")).isEmpty();

    // streamed, each record checked ahead: the references settled from what the checks found
    // (field, index in the list, target) give the same findings
    StreamingValidation session = Validator.defaults().startStream(Fixtures.AS_OF);
    List<CheckedRecord> checked = records.stream().map(session::check).toList();
    checked.forEach(session::accept);
    assertThat(session.finish().findings()).containsExactlyElementsOf(report.findings());
  }

  @Test
  void everyKindConstrainedFieldIsChecked() {
    Actor person = Fixtures.actor("person", Actor.Kind.PERSON);
    Actor army = Fixtures.actor("army", Actor.Kind.MILITARY);
    Actor holder =
        Fixtures.actor("holder", Actor.Kind.PERSON).toBuilder()
            .addAffiliation(Affiliation.of(person.id(), "friend"))
            .build();
    Exercise exercise = Fixtures.WARRIOR.toBuilder().host(army.id()).build();
    Investment investment = Fixtures.BRI.toBuilder().host(army.id()).build();
    Statement statement =
        Fixtures.LIN.toBuilder().speaker(army.id()).onBehalfOf(person.id()).build();

    ValidationReport report =
        Validator.defaults()
            .validate(
                List.of(holder, exercise, investment, statement, person, army), Fixtures.AS_OF);

    assertThat(report.withCode("ref.wrong-type"))
        .extracting(finding -> finding.recordId() + finding.pointer() + " " + finding.arguments())
        .containsExactly(
            "actor:holder/affiliations/0/organisation {referenced=actor:person, kind=person, expected=not-person}",
            "exercise:china-pakistan-ct-2024/host {referenced=actor:army, kind=military, expected=state}",
            "investment:belt-and-road/host {referenced=actor:army, kind=military, expected=state}",
            "statement:mfa-lin-jian-2024-11-20/onBehalfOf {referenced=actor:person, kind=person, expected=not-person}",
            "statement:mfa-lin-jian-2024-11-20/speaker {referenced=actor:army, kind=military, expected=person}");
  }
}
