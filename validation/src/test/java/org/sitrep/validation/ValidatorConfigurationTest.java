package org.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Casualties;
import org.sitrep.core.Dataset;
import org.sitrep.core.Estimate;
import org.sitrep.core.Id;

class ValidatorConfigurationTest {

  private static final Dataset DISORDERED_UNSOURCED =
      Fixtures.cleanPlus(
          Fixtures.KARACHI.toBuilder()
              .id(Id.incident("messy"))
              .casualties(Casualties.builder().killed(Estimate.of(5, 2, 10)).build())
              .sources(List.of())
              .build());

  @Test
  void defaultsGiveDefaultSeverities() {
    ValidationReport report = Validator.defaults().validate(DISORDERED_UNSOURCED);

    assertThat(report.withCode("casualties.order"))
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
    assertThat(report.withCode("source.missing")).hasSize(1);
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void apiDisablesAndRegrades() {
    Validator validator =
        Validator.builder()
            .disable("source.missing")
            .severity("casualties.order", Severity.ERROR)
            .build();

    ValidationReport report = validator.validate(DISORDERED_UNSOURCED);

    assertThat(report.withCode("source.missing")).isEmpty();
    assertThat(report.withCode("casualties.order"))
        .extracting(Finding::severity)
        .containsExactly(Severity.ERROR);
    assertThat(report.hasErrors()).isTrue();
    assertThat(validator.activeRules())
        .doesNotContainKey("source.missing")
        .containsEntry("casualties.order", Severity.ERROR);
  }

  @Test
  void enableUndoesDisable() {
    Validator validator =
        Validator.builder().disable("source.missing").enable("source.missing").build();

    assertThat(validator.validate(DISORDERED_UNSOURCED).withCode("source.missing")).hasSize(1);
  }

  @Test
  void configFromCommandLineEntriesDisablesAndRegrades() {
    ValidatorConfig config =
        ValidatorConfig.parse(
            List.of(
                "casualties.order=error",
                " !source.missing ",
                "",
                "# comment",
                "place.country=OFF"));

    ValidationReport report =
        Validator.builder().config(config).build().validate(DISORDERED_UNSOURCED);

    assertThat(config.disabled()).containsExactly("source.missing", "place.country");
    assertThat(config.severities()).containsExactly(Map.entry("casualties.order", Severity.ERROR));
    assertThat(report.withCode("source.missing")).isEmpty();
    assertThat(report.withCode("casualties.order"))
        .extracting(Finding::severity)
        .containsExactly(Severity.ERROR);
  }

  @Test
  void configFromMap() {
    ValidatorConfig config =
        ValidatorConfig.of(Map.of("casualties.order", "info", "source.missing", "off"));

    ValidationReport report =
        Validator.builder().config(config).build().validate(DISORDERED_UNSOURCED);

    assertThat(report.withCode("casualties.order"))
        .extracting(Finding::severity)
        .containsExactly(Severity.INFO);
    assertThat(report.withCode("source.missing")).isEmpty();
  }

  @Test
  void laterEntryForACodeWins() {
    ValidatorConfig config =
        ValidatorConfig.parse(List.of("!source.missing", "source.missing=info"));

    assertThat(config.disabled()).isEmpty();
    assertThat(config.severities()).containsEntry("source.missing", Severity.INFO);
  }

  @Test
  void unknownCodeFromApiIsAClearError() {
    assertThatThrownBy(() -> Validator.builder().disable("source.mising").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown rule code 'source.mising'")
        .hasMessageContaining("source.missing");
  }

  @Test
  void unknownCodeFromConfigIsAClearError() {
    ValidatorConfig config = ValidatorConfig.parse(List.of("casualties.ordering=error"));

    assertThatThrownBy(() -> Validator.builder().config(config).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown rule code 'casualties.ordering'");
  }

  @Test
  void badSettingNamesTheEntry() {
    assertThatThrownBy(
            () -> ValidatorConfig.parse(List.of("!source.missing", "casualties.order=fatal")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entry 2 'casualties.order=fatal'")
        .hasMessageContaining("expected error, warning, info or off");
  }

  @Test
  void entryWithoutSettingNamesTheForm() {
    assertThatThrownBy(() -> ValidatorConfig.parse(List.of("casualties.order")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entry 1 'casualties.order'")
        .hasMessageContaining("code=error|warning|info|off or !code");
  }
}
