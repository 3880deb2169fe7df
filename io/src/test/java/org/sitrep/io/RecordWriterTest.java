package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Actor;
import org.sitrep.core.ExtensionValue;
import org.sitrep.core.Id;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.internal.access.Problems;

/** What a record writer leaves behind when something fails. */
class RecordWriterTest {

  @TempDir Path dir;

  private static Actor actor(String slug) {
    return Actor.builder()
        .id(Id.of(Actor.class, slug))
        .name(slug)
        .kind(Actor.Kind.ARMED_GROUP)
        .build();
  }

  /** An actor whose x_ value nests deeper than the writer's limit: writing it fails midway. */
  private static Actor unwritable() {
    return actor("deep").toBuilder()
        .putExtension("x_deep", ExtensionValue.ofJson("[".repeat(80) + "]".repeat(80)))
        .build();
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }

  @Test
  void a_failed_write_keeps_close_from_moving_a_partial_file_into_place() throws IOException {
    Path target = Files.writeString(dir.resolve("out.jsonl"), "old\n");

    assertThatThrownBy(
            () -> {
              try (RecordWriter writer = SitrepJson.strict().newRecordWriter(target)) {
                writer.write(actor("a"));
                writer.write(unwritable());
              }
            })
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nesting depth");

    assertThat(Files.readString(target)).isEqualTo("old\n");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void after_a_failed_write_nothing_more_is_written() throws IOException {
    RecordWriter writer = SitrepJson.strict().newRecordWriter(dir.resolve("out.jsonl"));
    assertThatThrownBy(() -> writer.write(unwritable()))
        .isInstanceOf(IllegalArgumentException.class);

    assertThatThrownBy(() -> writer.write(actor("a")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("RecordWriter failed in an earlier write; nothing more is written");
    writer.close();
    assertThat(files()).isEmpty();
  }

  @Test
  void abort_discards_the_temporary_file_and_a_later_close_does_nothing() throws IOException {
    Path target = dir.resolve("out.jsonl");

    try (RecordWriter writer = SitrepJson.strict().newRecordWriter(target)) {
      writer.write(actor("a"));
      writer.abort();
      assertThatThrownBy(() -> writer.write(actor("b")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("RecordWriter is closed");
    }

    assertThat(files()).isEmpty();
  }

  @Test
  void write_records_is_all_or_nothing() throws IOException {
    Path target = Files.writeString(dir.resolve("out.jsonl"), "old\n");
    Iterator<SitrepRecord> failing =
        new Iterator<>() {
          private int given;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public SitrepRecord next() {
            if (given++ == 2) {
              throw Problems.exception(ReadProblem.SYNTAX, 9, 1, "", null, "broken input", null);
            }
            return actor("a" + given);
          }
        };

    assertThatThrownBy(() -> SitrepJson.strict().writeRecords(failing, target))
        .isInstanceOf(SitrepReadException.class)
        .hasMessage("line 9, column 1 (root): broken input");
    assertThat(Files.readString(target)).isEqualTo("old\n");
    assertThat(files()).containsExactly(target);

    SitrepJson.strict().writeRecords(List.of(actor("a"), actor("b")).iterator(), target);
    assertThat(Files.readAllLines(target))
        .hasSize(2)
        .allMatch(l -> l.startsWith("{\"type\":\"actor\""));
    assertThat(files()).containsExactly(target);
  }

  @Test
  void an_appending_writer_adds_whole_lines_only() throws IOException {
    Path target = dir.resolve("log.jsonl");
    try (RecordWriter writer = SitrepJson.strict().appendingRecordWriter(target)) {
      writer.write(actor("a"));
    }
    String first = Files.readString(target);

    try (RecordWriter writer = SitrepJson.strict().appendingRecordWriter(target)) {
      writer.write(actor("b"));
      assertThatThrownBy(() -> writer.write(unwritable()))
          .isInstanceOf(IllegalArgumentException.class);
    }
    try (RecordWriter writer = SitrepJson.strict().appendingRecordWriter(target)) {
      writer.write(actor("c"));
      writer.abort();
    }

    List<String> lines = Files.readAllLines(target);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0) + "\n").isEqualTo(first);
    try (RecordReader reader = SitrepJson.strict().openRecords(target)) {
      assertThat(reader.stream().map(r -> r.id().toString()))
          .containsExactly("actor:a", "actor:b", "actor:c");
    }
  }

  @Test
  void aborting_a_stream_writer_keeps_the_whole_lines_and_closes_the_stream() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    RecordWriter writer = SitrepJson.strict().newRecordWriter(out);
    writer.write(actor("a"));
    writer.abort();
    writer.close();

    assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("\"kind\":\"armed-group\"}\n");
    assertThatThrownBy(() -> writer.write(actor("b"))).isInstanceOf(IllegalStateException.class);
  }
}
