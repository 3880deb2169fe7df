package org.sitrep.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Actor;
import org.sitrep.core.Certainty;
import org.sitrep.core.Confidence;
import org.sitrep.core.Dataset;
import org.sitrep.core.Id;
import org.sitrep.core.Involvement;
import org.sitrep.core.Operation;
import org.sitrep.core.Statement;
import org.sitrep.core.time.Timestamp;

/** A bundle written by another tool: what maps becomes records, the rest is reported. */
class ImportTest {

  private final StixImport result =
      SitrepStix.defaults().read(Fixtures.resource("foreign-bundle.json"));
  private final Dataset dataset = result.dataset();

  private static final Id<Actor> BLA = Id.actor("stix-9a8a0d25-7636-429b-a99e-b2a73cd0f11f");
  private static final Id<Actor> ENGINEERS = Id.actor("stix-2d1c6ab3-5e4e-48ac-a32b-f0c01c2836a8");

  @Test
  void theFirstReportNamesTheDatasetAndTheLatestTimeGivesItsDay() {
    assertThat(dataset.title()).isEqualTo("Attacks in Balochistan");
    assertThat(dataset.asOf()).isEqualTo(LocalDate.of(2024, 11, 21));
  }

  @Test
  void threatActorsAndIdentitiesBecomeActorsWithoutAnInventedKind() {
    Actor bla = dataset.resolve(BLA).orElseThrow();
    assertThat(bla.name()).isEqualTo("Baloch Liberation Army");
    assertThat(bla.kind()).isEqualTo(Actor.Kind.OTHER);
    assertThat(bla.aliases()).containsExactly("BLA");
    assertThat(bla.tags()).containsExactlyInAnyOrder("separatist", "stix:threat-actor");
    assertThat(bla.confidence()).contains(Confidence.of(80));
    assertThat(bla.externalIds())
        .containsEntry("stix", "threat-actor--9a8a0d25-7636-429b-a99e-b2a73cd0f11f")
        .containsEntry("wikidata", "Q810694");
    assertThat(bla.sources()).hasSize(1);
    assertThat(bla.sources().get(0).publisher()).contains("Reuters");
    assertThat(bla.sources().get(0).url()).contains("https://example.org/bla");
    assertThat(bla.created()).contains(Timestamp.parse("2024-10-07T10:00:00.000Z"));
    assertThat(bla.modified()).contains(Timestamp.parse("2024-10-08T10:00:00.000Z"));
    Actor engineers = dataset.resolve(ENGINEERS).orElseThrow();
    assertThat(engineers.kind()).isEqualTo(Actor.Kind.CIVILIAN_GROUP);
  }

  @Test
  void aCampaignBecomesAnOperationWithItsRelationships() {
    Operation campaign = dataset.operations().get(0);
    assertThat(campaign.name()).isEqualTo("Attacks on Chinese nationals");
    assertThat(campaign.kind()).isEqualTo(Operation.Kind.OTHER);
    assertThat(campaign.conductedBy()).containsExactly(Involvement.of(BLA, Certainty.ATTRIBUTED));
    assertThat(campaign.against()).containsExactly(Involvement.of(ENGINEERS, Certainty.CONFIRMED));
    assertThat(campaign.area()).hasSize(1);
    assertThat(campaign.area().get(0).name()).isEqualTo("Karachi");
    assertThat(campaign.area().get(0).coordinates().orElseThrow().longitude()).isEqualTo(67.01);
  }

  @Test
  void aNoteBecomesAStatementAboutWhatMapped() {
    Statement note = dataset.statements().get(0);
    assertThat(note.name()).isEqualTo("Claim of responsibility");
    assertThat(note.text()).contains("The BLA claimed the attack.");
    assertThat(note.about()).containsExactly(BLA);
  }

  @Test
  void everythingElseIsReportedPerObjectWithAReason() {
    assertThat(result.objectsRead()).isEqualTo(16);
    assertThat(dataset.records()).hasSize(4);
    List<UnmappedObject> unmapped = result.unmapped();
    assertThat(unmapped)
        .extracting(UnmappedObject::index)
        .containsExactly(5, 9, 10, 11, 13, 14, 15);
    assertThat(unmapped.get(0).reason()).contains("no mapped object is located at");
    assertThat(unmapped.get(1).reason()).contains("'uses'");
    assertThat(unmapped.get(2).reason()).contains("no record type for STIX type 'malware'");
    assertThat(unmapped.get(3).reason()).contains("event category");
    assertThat(unmapped.get(4)).isEqualTo(new UnmappedObject(13, "", "identity", "no 'id'"));
    assertThat(unmapped.get(5).reason()).isEqualTo("no 'type'");
    assertThat(unmapped.get(6).reason()).isEqualTo("not a JSON object");
    assertThat(result.mapped()).isEqualTo(9);
    assertThat(result.summary()).isEqualTo("read 16 objects: 9 mapped, 7 not mapped");
  }

  @Test
  void anIncidentWithAnAcledEventTypeLabelMaps() {
    String bundle =
        "{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\","
            + "\"objects\":[{\"type\":\"incident\",\"spec_version\":\"2.1\","
            + "\"id\":\"incident--0f4a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c\","
            + "\"created\":\"2024-10-07T10:00:00.000Z\",\"modified\":\"2024-10-07T10:00:00.000Z\","
            + "\"name\":\"Clash\",\"labels\":[\"Battles\"]}]}";
    StixImport imported = SitrepStix.defaults().read(bundle);
    assertThat(imported.unmapped()).isEmpty();
    assertThat(imported.dataset().incidents().get(0).category().acledLabel()).isEqualTo("Battles");
    assertThat(imported.dataset().title())
        .isEqualTo("STIX bundle--5d0092c5-5f74-4287-9642-33f4c354e56d");
  }
}
