package org.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Actor;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.PropertyNames;

class CustomRuleTest {

  /** A record rule: an incident name that shouts. */
  static final RecordRule SHOUTING =
      RecordRule.of(
          new RuleDescriptor("acme.shouting-name", Severity.INFO, "a name in capitals"),
          context -> {
            String name = context.record().name();
            if (context.record() instanceof Incident
                && name.equals(name.toUpperCase(Locale.ROOT))) {
              context
                  .report(Pointer.of(PropertyNames.NAME), "Write the name in sentence case")
                  .argument("name", name);
            }
          });

  /** A dataset rule: a dataset with a single state actor. */
  static final DatasetRule LONE_STATE =
      new DatasetRule() {
        @Override
        public RuleDescriptor descriptor() {
          return new RuleDescriptor("acme.lone-state", Severity.WARNING, "exactly one state actor");
        }

        @Override
        public Run start() {
          return new Run() {
            private final List<Integer> states = new ArrayList<>();

            @Override
            public void accept(RecordContext context) {
              if (context.record() instanceof Actor
                  && ((Actor) context.record()).kind() == Actor.Kind.STATE) {
                states.add(context.position());
              }
            }

            @Override
            public void finish(DatasetContext context) {
              if (states.size() == 1) {
                context
                    .report(states.get(0), Pointer.ROOT, "Only one state in the dataset")
                    .related(context.index().id(states.get(0)));
              }
            }
          };
        }
      };

  @Test
  void recordRuleReportsWithItsCodeAndSeverity() {
    Validator validator = Validator.builder().addRule(SHOUTING).build();

    ValidationReport report =
        validator.validate(
            Fixtures.cleanPlus(
                Fixtures.KARACHI.toBuilder().id(Id.incident("loud")).name("BOMBING").build()));

    assertThat(report.withCode("acme.shouting-name"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.severity()).isEqualTo(Severity.INFO);
              assertThat(finding.recordId()).isEqualTo(Id.incident("loud"));
              assertThat(finding.pointer()).isEqualTo("/name");
              assertThat(finding.arguments()).containsEntry("name", "BOMBING");
            });
  }

  @Test
  void datasetRuleReportsAtTheEndAndCanBeRegraded() {
    Validator validator =
        Validator.builder().addRule(LONE_STATE).severity("acme.lone-state", Severity.ERROR).build();

    ValidationReport report =
        validator.validate(List.of(Fixtures.PAKISTAN, Fixtures.ARMY), Fixtures.AS_OF);

    assertThat(report.withCode("acme.lone-state"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.severity()).isEqualTo(Severity.ERROR);
              assertThat(finding.recordId()).isEqualTo(Id.actor("pakistan"));
              assertThat(finding.pointer()).isEmpty();
              assertThat(finding.related()).contains(Id.actor("pakistan"));
            });
  }

  @Test
  void customRuleCanBeDisabledByConfig() {
    Validator validator =
        Validator.builder()
            .addRule(LONE_STATE)
            .config(ValidatorConfig.parse(List.of("!acme.lone-state")))
            .build();

    assertThat(validator.validate(List.of(Fixtures.PAKISTAN), Fixtures.AS_OF).findings()).isEmpty();
  }

  @Test
  void aCodeCannotBeAddedTwice() {
    RecordRule impostor =
        RecordRule.of(
            new RuleDescriptor("period.inverted", Severity.INFO, "not the real one"),
            context -> {});

    assertThatThrownBy(() -> Validator.builder().addRule(impostor))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("period.inverted is already present");
  }

  @Test
  void malformedCodeIsRefused() {
    assertThatThrownBy(() -> new RuleDescriptor("Acme Rule", Severity.INFO, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Malformed rule code 'Acme Rule'");
  }

  @Test
  void aPointerThatIsNotAPointerIsABugInTheRule() {
    RecordRule sloppy =
        RecordRule.of(
            new RuleDescriptor("acme.sloppy", Severity.INFO, "reports a bare name"),
            context -> context.report("name", "oops"));

    assertThatThrownBy(
            () -> Validator.builder().addRule(sloppy).build().validate(Fixtures.cleanPlus()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Rule acme.sloppy failed on record 0 (actor:pakistan)")
        .hasRootCauseMessage(
            "Rule acme.sloppy reported pointer 'name': a JSON pointer is empty or starts with '/'"
                + " (build it with Pointer.of)");
  }

  @Test
  void recordRulesSeeTheRecordsSoFarAndTheInjectedDay() {
    List<String> seen = new ArrayList<>();
    RecordRule spy =
        RecordRule.of(
            new RuleDescriptor("acme.spy", Severity.INFO, "records what it sees"),
            context ->
                seen.add(
                    context.position()
                        + " "
                        + context.index().size()
                        + " "
                        + context.index().contains(Id.actor("pakistan-army"))
                        + " "
                        + context.asOf()));

    Validator.builder()
        .addRule(spy)
        .build()
        .validate(List.of(Fixtures.PAKISTAN, Fixtures.ARMY), Fixtures.AS_OF);

    assertThat(seen).containsExactly("0 1 false 2024-11-20", "1 2 true 2024-11-20");
  }
}
