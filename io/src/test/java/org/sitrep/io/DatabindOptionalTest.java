package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Actor;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.nodatabind.WithoutDatabind;
import org.sitrep.validation.Validator;

/**
 * jackson-databind is optional: {@link SitrepJson} works without it on the class path and on the
 * module path (checked in a forked JVM by {@link WithoutDatabind}), and {@link SitrepModule} works
 * when it is there.
 */
class DatabindOptionalTest {

  @TempDir Path dir;

  /** io and what its POM makes a user's program get: core, validation, jackson-core. */
  private static List<String> ioAndItsDependencies() {
    return Stream.of(SitrepJson.class, Dataset.class, Validator.class, JsonFactory.class)
        .map(DatabindOptionalTest::location)
        .toList();
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void sitrepJsonReadsAndWritesOnTheClassPathWithoutDatabind() throws Exception {
    List<String> classPath = new ArrayList<>(ioAndItsDependencies());
    classPath.add(location(WithoutDatabind.class));
    assertThat(classPath).noneMatch(entry -> entry.contains("databind"));

    String out = run("-cp", String.join(File.pathSeparator, classPath));

    assertThat(out)
        .contains("ok: jackson-databind is absent")
        .contains("ok: JSON Lines written and read back are equal, header included")
        .contains("ok: a record whose type is not its first property is read through io's own copy")
        .contains("ok: module() needs jackson-databind: NoClassDefFoundError")
        .endsWith("all checks passed\n");
  }

  @Test
  void sitrepJsonReadsAndWritesOnTheModulePathWithoutDatabind() throws Exception {
    // io's module requires databind static: it resolves without it
    String out =
        run(
            "-p",
            String.join(File.pathSeparator, ioAndItsDependencies()),
            "--add-modules",
            "org.sitrep.io",
            "-cp",
            location(WithoutDatabind.class));

    assertThat(out)
        .contains("ok: jackson-databind is absent")
        .contains("ok: a document written and read back is equal")
        .endsWith("all checks passed\n");
  }

  private String run(String... pathOptions) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(pathOptions));
    command.add(WithoutDatabind.class.getName());
    command.add(dir.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out;
    try (var stream = process.getInputStream()) {
      out = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the forked JVM ends").isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out;
  }

  @Test
  void sitrepModuleReadsAndWritesWhenDatabindIsPresent() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new SitrepModule());
    Actor actor =
        mapper.readValue(
            "{\"name\":\"BLA\",\"x_a\":[1.50,{\"b\":null}],\"id\":\"actor:bla\","
                + "\"type\":\"actor\",\"kind\":\"armed-group\"}",
            Actor.class);
    assertThat(actor.name()).isEqualTo("BLA");
    assertThat(actor.extensions().get("x_a").json()).isEqualTo("[1.50,{\"b\":null}]");

    String written = mapper.writeValueAsString(actor);
    assertThat(written)
        .isEqualTo(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\","
                + "\"x_a\":[1.50,{\"b\":null}]}");
    assertThat(mapper.readValue(written, SitrepRecord.class)).isEqualTo(actor);

    Dataset dataset = SitrepJson.strict().readDataset(Resources.text("contract/dataset.json"));
    assertThat(mapper.readValue(mapper.writeValueAsString(dataset), Dataset.class))
        .isEqualTo(dataset);
  }

  @Test
  void ioDeclaresDatabindOptional() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    List<String> databind =
        Stream.of(pom.split("<dependency>"))
            .skip(1)
            .map(block -> block.substring(0, block.indexOf("</dependency>")))
            .filter(block -> block.contains("<artifactId>jackson-databind</artifactId>"))
            .toList();
    assertThat(databind)
        .singleElement()
        .asString()
        .contains("<optional>true</optional>")
        .doesNotContain("<scope>");
  }
}
