package org.sitrep.testkit;

import static org.sitrep.testkit.SitrepAssertions.assertThat;
import static org.sitrep.testkit.SitrepAssertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.RecordWriter;
import org.sitrep.io.SitrepJson;

/** The contract helper accepts what Sitrep writes and names each broken clause otherwise. */
class SitrepContractTest {

  @TempDir Path directory;

  @Test
  void aDocumentSitrepWroteHonoursTheContractPrettyAndCompact() throws IOException {
    Path pretty = directory.resolve("pretty.json");
    SitrepJson.strict().write(SitrepFixtures.dataset(), pretty);
    assertThat(SitrepContract.checkDocument(pretty)).isEqualTo(SitrepFixtures.dataset());

    String compact = SitrepJson.builder().compact().build().writeString(SitrepFixtures.dataset());
    assertThat(SitrepContract.checkDocument(compact)).isEqualTo(SitrepFixtures.dataset());
  }

  @Test
  void jsonLinesSitrepWroteHonourTheContractWithAndWithoutHeader() throws IOException {
    Path withHeader = directory.resolve("with-header.jsonl");
    SitrepJson.strict()
        .writeRecords(
            SitrepFixtures.records().iterator(),
            withHeader,
            SitrepFixtures.TITLE,
            SitrepFixtures.AS_OF);
    assertThat(SitrepContract.checkJsonLines(withHeader))
        .containsExactlyElementsOf(SitrepFixtures.records());

    Path bare = directory.resolve("bare.jsonl");
    try (RecordWriter writer = SitrepJson.strict().newRecordWriter(bare)) {
      for (SitrepRecord record : SitrepFixtures.oneOfEachType()) {
        writer.write(record);
      }
    }
    assertThat(SitrepContract.checkJsonLines(bare))
        .containsExactlyElementsOf(SitrepFixtures.oneOfEachType());
  }

  @Test
  void aDocumentLaidOutOtherwiseReadsButBreaksTheByteForByteClause() {
    String fourSpaces =
        SitrepJson.strict().writeString(SitrepFixtures.dataset()).replace("\n  ", "\n    ");
    assertThatThrownBy(() -> SitrepContract.checkDocument(fourSpaces))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("does not write back byte for byte (pretty)")
        .hasMessageContaining("line 2 is")
        .hasMessageNotContaining("does not read")
        .hasMessageNotContaining("schema");
  }

  @Test
  void anUnreadableDocumentBreaksTheReadAndTheSchemaClauses() throws IOException {
    Path file = directory.resolve("no-as-of.json");
    Files.writeString(
        file, "{\"sitrep\": \"1.0\", \"title\": \"t\", \"records\": []}\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SitrepContract.checkDocument(file))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("broken by " + file)
        .hasMessageContaining("it does not read")
        .hasMessageContaining("asOf")
        .hasMessageContaining("the schema finds");
  }

  @Test
  void jsonLinesWithABadLineBreakTheContractNamingTheLine() {
    String lines =
        """
        {"type":"actor","id":"actor:bla","name":"BLA","kind":"armed-group"}
        {"type":"actor","id":"actor:x","name":"X","kind":"no-such-kind"}
        """;
    assertThatThrownBy(() -> SitrepContract.checkJsonLines(lines))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("it does not read")
        .hasMessageContaining("on line 2");
  }

  @Test
  void jsonLinesWithExtraSpacesBreakTheByteForByteClause() {
    String lines =
        "{\"type\": \"actor\", \"id\": \"actor:bla\", \"name\": \"BLA\", \"kind\": \"armed-group\"}\n";
    assertThatThrownBy(() -> SitrepContract.checkJsonLines(lines))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("byte for byte")
        .hasMessageContaining("line 1 is");
  }
}
