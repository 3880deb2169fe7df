package org.sitrep.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.io.ReadProblem;
import org.sitrep.io.SitrepReadException;

/** Input that is not a bundle gives one clear error; bad objects are reported one by one. */
class BadInputTest {

  private final SitrepStix stix = SitrepStix.defaults();

  private SitrepReadException failure(String json) {
    try {
      stix.read(json);
    } catch (SitrepReadException e) {
      return e;
    }
    throw new AssertionError("no error for " + json);
  }

  @Test
  void textThatIsNotJsonIsASyntaxErrorWithItsPosition() {
    SitrepReadException e = failure("{\"type\": \"bundle\",\n \"objects\": [}");
    assertThat(e.problem().code()).isEqualTo(ReadProblem.SYNTAX);
    assertThat(e.problem().line()).isEqualTo(2);
    assertThat(e.getMessage()).startsWith("line 2, column").contains("not JSON");
    assertThat(e.getMessage()).doesNotContain("\n");
  }

  @Test
  void trailingContentAndEmptyInputAreSyntaxErrors() {
    assertThat(failure("{\"type\":\"bundle\"} {}").problem().code()).isEqualTo(ReadProblem.SYNTAX);
    assertThat(failure("").problem().code()).isEqualTo(ReadProblem.SYNTAX);
  }

  @Test
  void jsonThatIsNotABundleSaysWhy() {
    assertThat(failure("[1, 2]").getMessage()).contains("a JSON object, not an array");
    assertThat(failure("{\"objects\": []}").problem().code())
        .isEqualTo(ReadProblem.MISSING_PROPERTY);
    assertThat(failure("{\"type\": \"identity\", \"id\": \"x\"}").getMessage())
        .contains("'type' is \"identity\" (expected \"bundle\")");
    assertThat(failure("{\"type\": \"bundle\", \"objects\": {}}").getMessage())
        .contains("'objects' is an array, not");
  }

  @Test
  void aSitrepDocumentIsNotABundle() {
    assertThat(failure(Fixtures.read(Fixtures.SCENARIO)).problem().code())
        .isEqualTo(ReadProblem.MISSING_PROPERTY);
  }

  @Test
  void theReadLimitsApply() {
    SitrepStix small = SitrepStix.builder().maxDocumentLength(100).build();
    String big = "{\"type\":\"bundle\",\"objects\":[" + "{},".repeat(100) + "{}]}";
    assertThatThrownBy(
            () -> small.read(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(
            SitrepReadException.class,
            e -> assertThat(e.problem().code()).isEqualTo(ReadProblem.LIMIT_EXCEEDED));
    String deep = "{\"type\":\"bundle\",\"objects\":[" + "[".repeat(100) + "]".repeat(100) + "]}";
    assertThat(failure(deep).problem().code()).isEqualTo(ReadProblem.LIMIT_EXCEEDED);
  }

  @Test
  void aBundleWithoutObjectsIsEmpty() {
    StixImport result = stix.read("{\"type\": \"bundle\", \"id\": \"bundle--1\"}");
    assertThat(result.objectsRead()).isZero();
    assertThat(result.dataset().records()).isEmpty();
  }

  @Test
  void aBrokenSitrepRecordInsideTheExtensionIsReportedNotThrown() {
    String bundle =
        SitrepStix.defaults()
            .writeString(Fixtures.scenario())
            .replace("\"kind\": \"armed-group\"", "\"kind\": \"gang\"");
    StixImport result = stix.read(bundle);
    assertThat(result.unmapped()).isNotEmpty();
    assertThat(result.unmapped().get(0).reason())
        .startsWith("its Sitrep record cannot be read")
        .contains("gang");
    assertThat(result.dataset().records()).hasSize(Fixtures.scenario().records().size() - 2);
  }
}
