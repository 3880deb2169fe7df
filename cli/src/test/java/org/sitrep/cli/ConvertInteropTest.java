package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.cli.TestFiles.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.io.GeoJson;
import org.sitrep.io.SitrepJson;
import org.sitrep.stix.SitrepStix;

/** {@code sitrep convert --to stix|geojson|geojsonseq} and {@code --from stix} (issue 10). */
class ConvertInteropTest {

  @TempDir Path dir;

  /** The founding scenario, as the samples module writes it (kept in git): it has coordinates. */
  private static final String SCENARIO =
      Path.of("..", "samples", "data", "balochistan-2024.json").toString();

  @Test
  void aDocumentBecomesAStixBundleByExtensionAndComesBackTheSame() throws IOException {
    Path bundle = dir.resolve("valid.stix.json");
    Path back = dir.resolve("back.json");

    Run there = Run.of("convert", data("valid.json"), bundle.toString());
    Run again = Run.of("convert", "--from", "stix", bundle.toString(), back.toString());

    assertThat(there.exitCode()).as(there.err()).isZero();
    assertThat(Files.readString(bundle))
        .isEqualTo(
            SitrepStix.defaults()
                .writeString(SitrepJson.strict().readDataset(Path.of(data("valid.json")))));
    assertThat(again.exitCode()).isZero();
    assertThat(again.err()).contains("valid.stix.json: read ").contains(", 0 not mapped");
    assertThat(SitrepJson.strict().readDataset(back))
        .isEqualTo(SitrepJson.strict().readDataset(Path.of(data("valid.json"))));
    assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void aStixFileIsRecognisedByItsNameAndWrittenAsJsonLines() throws IOException {
    Path bundle = dir.resolve("b.stix.json");
    Run.of("convert", "--to", "stix", data("valid.jsonl"), bundle.toString());

    Run run = Run.of("convert", bundle.toString(), "--to", "jsonl", "-");

    assertThat(run.exitCode()).as(run.err()).isZero();
    // the bundle's dataset has a title and asOf, which JSON Lines carry in their header line
    assertThat(run.out().lines())
        .hasSize(1 + 6)
        .first()
        .asString()
        .startsWith("{\"sitrep\":\"1.0\",");
    assertThat(run.out().lines().skip(1).toList())
        .isEqualTo(
            Run.of("convert", "--to", "jsonl", data("valid.jsonl"), "-").out().lines().toList());
  }

  @Test
  void whatAForeignBundleHoldsThatSitrepDoesNotIsReportedOnStandardError() throws IOException {
    Path bundle = dir.resolve("foreign.json");
    Files.writeString(
        bundle,
        "{\"type\":\"bundle\",\"id\":\"bundle--1\",\"objects\":["
            + "{\"type\":\"identity\",\"spec_version\":\"2.1\","
            + "\"id\":\"identity--2d1c6ab3-5e4e-48ac-a32b-f0c01c2836a8\","
            + "\"created\":\"2024-10-07T10:00:00.000Z\",\"modified\":\"2024-10-07T10:00:00.000Z\","
            + "\"name\":\"ACME\",\"identity_class\":\"organization\"},"
            + "{\"type\":\"malware\",\"id\":\"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b\"}]}");

    Run run = Run.of("convert", "--from", "stix", bundle.toString(), "--to", "json", "-");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("read 2 objects: 1 mapped, 1 not mapped")
        .contains(
            "not mapped: objects/1 malware malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b:"
                + " Sitrep has no record type for STIX type 'malware'");
    assertThat(run.out()).contains("\"name\": \"ACME\"").contains("\"asOf\": \"2024-10-07\"");
  }

  @Test
  void somethingThatIsNotABundleIsOneLineAndExitTwo() throws IOException {
    Run notBundle = Run.of("convert", "--from", "stix", data("valid.json"), "--to", "json", "-");
    Run notJson =
        Run.of("convert", "--from", "stix", data("broken-syntax.json"), "--to", "json", "-");

    assertThat(notBundle.exitCode()).isEqualTo(2);
    assertThat(notBundle.err().strip())
        .doesNotContain("\n")
        .contains("not a STIX bundle")
        .contains("[missing-property]");
    assertThat(notJson.exitCode()).isEqualTo(2);
    assertThat(notJson.err()).contains("[syntax]").doesNotContain("\tat ");
  }

  @Test
  void geoJsonStreamsToStandardOutputAndSaysWhatHadNoCoordinates() throws IOException {
    Path lines = dir.resolve("scenario.jsonl");
    Run.of("convert", SCENARIO, lines.toString());

    Run run = Run.of("convert", "--to", "geojson", lines.toString(), "-");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("{\"type\":\"FeatureCollection\",\"features\":[")
        .isEqualTo(
            GeoJson.featureCollection()
                .writeString(SitrepJson.strict().readDataset(Path.of(SCENARIO))))
        .contains("\"locality\":\"Karachi\"");
    assertThat(run.err())
        .contains(
            "32 records: 6 features from 6 records, 1 without coordinates, 25 without a place")
        .contains("no coordinates: exercise:china-pakistan-ct-2024/place");
  }

  @Test
  void geoJsonTextSequencesByExtension() throws IOException {
    Path out = dir.resolve("places.geojsons");

    Run run = Run.of("convert", SCENARIO, out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String text = Files.readString(out);
    assertThat(text)
        .isEqualTo(
            GeoJson.textSequence().writeString(SitrepJson.strict().readDataset(Path.of(SCENARIO))));
    assertThat(text).startsWith("\u001e{\"type\":\"Feature\"");
  }

  @Test
  void geoJsonIsNotAnInputAndStixNotForValidate() {
    Run convert = Run.of("convert", "--from", "geojson", data("valid.json"), "--to", "json", "-");
    Run validate = Run.of("validate", "--from", "stix", data("valid.json"));

    assertThat(convert.exitCode()).isEqualTo(2);
    assertThat(convert.err()).contains("GeoJSON is an output format only");
    assertThat(validate.exitCode()).isEqualTo(2);
    assertThat(validate.err()).contains("only 'sitrep convert' reads STIX");
  }
}
