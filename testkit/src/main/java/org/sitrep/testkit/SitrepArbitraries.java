package org.sitrep.testkit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.sitrep.core.Actor;
import org.sitrep.core.Affiliation;
import org.sitrep.core.Casualties;
import org.sitrep.core.Certainty;
import org.sitrep.core.Confidence;
import org.sitrep.core.Dataset;
import org.sitrep.core.Estimate;
import org.sitrep.core.Exercise;
import org.sitrep.core.ExtensionValue;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Investment;
import org.sitrep.core.Involvement;
import org.sitrep.core.Link;
import org.sitrep.core.Money;
import org.sitrep.core.Operation;
import org.sitrep.core.RecordBuilder;
import org.sitrep.core.RecordType;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Source;
import org.sitrep.core.Statement;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.geo.Place;
import org.sitrep.core.taxonomy.IncidentSubCategory;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.TimeSpan;
import org.sitrep.core.time.Timestamp;
import org.sitrep.validation.Severity;

/**
 * jqwik arbitraries of Sitrep values: valid datasets of all six record types with their optional
 * fields, {@code x_} extensions, fuzzy dates, periods and timestamps filled at random; datasets
 * with one known inconsistency; EDTF text.
 *
 * <p>"Valid" means the default validator finds nothing at all in a generated dataset: every
 * reference resolves to a record of the right type and kind, dates lie before the sources and the
 * {@link #AS_OF} day, periods are in order, estimates ordered and not negative.
 *
 * <pre>{@code
 * @Property
 * void ourExportKeepsEveryRecord(@ForAll("datasets") Dataset dataset) {
 *   assertThat(ourExporter.roundTrip(dataset)).isEqualTo(dataset);
 * }
 *
 * @Provide
 * Arbitrary<Dataset> datasets() {
 *   return SitrepArbitraries.datasets();
 * }
 * }</pre>
 *
 * <p>Extension values are JSON in the compact form Sitrep writes them (no white space, strings
 * escaped as {@link ExtensionValue#ofString(String)} escapes them), so that a dataset written and
 * read back is equal to the one generated.
 */
public final class SitrepArbitraries {

  /** The asOf day of generated datasets: 2024-11-20. */
  public static final LocalDate AS_OF = LocalDate.of(2024, 11, 20);

  /** The last day an incident or statement date may start on: before every source. */
  static final LocalDate LAST_EVENT_DAY = LocalDate.of(2024, 10, 14);

  /** The first day a source may be published on. */
  static final LocalDate FIRST_PUBLISHED_DAY = LocalDate.of(2024, 10, 15);

  private static final String[] COUNTRIES = {"PK", "CN", "AF", "IN", "IR", "US", "GB", "FR"};
  private static final String[] CURRENCIES = {"USD", "EUR", "PKR", "CNY", "GBP", "JPY"};

  private SitrepArbitraries() {}

  // ------------------------------------------------------------------ datasets

  /** {@return valid datasets of 2 to 25 records} */
  public static Arbitrary<Dataset> datasets() {
    return datasets(0, 20);
  }

  /**
   * {@return valid datasets: 2 to 6 actors, then {@code minOthers} to {@code maxOthers} records of
   * the other five types}
   *
   * @param minOthers the fewest other records
   * @param maxOthers the most other records
   */
  public static Arbitrary<Dataset> datasets(int minOthers, int maxOthers) {
    Arbitrary<List<Shape>> actors = actorShape().list().ofMinSize(0).ofMaxSize(4);
    Arbitrary<List<Shape>> others = otherShape().list().ofMinSize(minOthers).ofMaxSize(maxOthers);
    Arbitrary<String> title = text();
    return Combinators.combine(title, actors, others).as(SitrepArbitraries::assemble);
  }

  /** {@return records of valid datasets; each is valid in the dataset it was made for} */
  public static Arbitrary<SitrepRecord> records() {
    return datasets(1, 8).flatMap(dataset -> Arbitraries.of(dataset.records()));
  }

  /**
   * Datasets with one known inconsistency: a valid dataset with records added that break one rule
   * of the catalogue, with the code that the default validator must raise and where.
   *
   * @return the arbitrary: each dataset with the finding it must raise
   */
  public static Arbitrary<Inconsistency> inconsistentDatasets() {
    return Combinators.combine(
            datasets(0, 8),
            Arbitraries.of(Breakage.values()),
            Arbitraries.integers().between(0, 1 << 20))
        .as((dataset, breakage, n) -> breakage.apply(dataset, n));
  }

  // ------------------------------------------------------------------ values

  /**
   * {@return text of EDTF level 0 and 1 dates, years 0000 to 9999, every form {@link FuzzyDate}
   * reads}
   */
  public static Arbitrary<String> edtfDates() {
    return edtfDates(0, 9999);
  }

  /**
   * {@return text of EDTF level 0 and 1 dates with years in this range}
   *
   * @param fromYear the earliest year
   * @param toYear the latest year
   */
  public static Arbitrary<String> edtfDates(int fromYear, int toYear) {
    Arbitrary<Integer> years = Arbitraries.integers().between(fromYear, toYear);
    Arbitrary<Integer> months = Arbitraries.integers().between(1, 12);
    Arbitrary<Integer> days = Arbitraries.integers().between(1, 31);
    Arbitrary<String> qualifiers = Arbitraries.of("", "", "~", "?", "%");
    Arbitrary<Integer> forms = Arbitraries.integers().between(0, 8);
    return Combinators.combine(forms, years, months, days, qualifiers)
        .as(
            (form, year, month, day, qualifier) -> {
              String y = pad4(year);
              int lastDay = java.time.YearMonth.of(year, month).lengthOfMonth();
              String mm = pad2(month);
              String dd = pad2(Math.min(day, lastDay));
              return switch (form) {
                case 0 -> y + qualifier;
                case 1 -> y + "-" + mm + qualifier;
                case 2 -> y + "-" + mm + "-" + dd + qualifier;
                case 3 -> y + "-" + (21 + month % 4);
                case 4 -> y.substring(0, 3) + "X";
                case 5 -> y.substring(0, 2) + "XX";
                case 6 -> y + "-XX";
                case 7 -> y + "-" + mm + "-XX";
                default -> y + "-XX-XX";
              };
            });
  }

  /** {@return fuzzy dates of every form, years 0000 to 9999} */
  public static Arbitrary<FuzzyDate> fuzzyDates() {
    return edtfDates().map(FuzzyDate::parse);
  }

  /** {@return periods of every form: two fuzzy dates in any order, open and unknown ends} */
  public static Arbitrary<Period> periods() {
    Arbitrary<String> end =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, edtfDates(1900, 2100)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just("..")),
            net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
    return Combinators.combine(end, end).as((a, b) -> Period.parse(a + "/" + b));
  }

  /** {@return timestamps as RFC 3339 text: offsets, optional seconds and fractions} */
  public static Arbitrary<Timestamp> timestamps() {
    return timestamps(LocalDate.of(1990, 1, 1), LocalDate.of(2030, 12, 31));
  }

  static Arbitrary<Timestamp> timestamps(LocalDate from, LocalDate to) {
    Arbitrary<LocalDate> day =
        Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    Arbitrary<Integer> seconds = Arbitraries.integers().between(0, 86_399);
    Arbitrary<String> fraction = Arbitraries.of("", "", ".5", ".123", ".123456", ".000000001");
    Arbitrary<String> offset =
        Arbitraries.of("Z", "Z", "+05:00", "-03:30", "+14:00", "-12:00", "+00:00");
    Arbitrary<Boolean> withSeconds = Arbitraries.of(true, true, false);
    return Combinators.combine(day, seconds, fraction, offset, withSeconds)
        .as(
            (d, s, f, o, sec) -> {
              String time = pad2(s / 3600) + ":" + pad2(s / 60 % 60);
              if (sec) {
                time += ":" + pad2(s % 60) + f;
              }
              return Timestamp.parse(d + "T" + time + o);
            });
  }

  /** {@return {@code x_} extensions: 0 to 3 keys with JSON values of every kind, nested} */
  public static Arbitrary<Map<String, ExtensionValue>> extensions() {
    Arbitrary<String> keys =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withChars('_', '0', '9')
            .ofMinLength(1)
            .ofMaxLength(8)
            .map(s -> "x_" + s);
    return Arbitraries.maps(keys, extensionValues()).ofMaxSize(3);
  }

  /**
   * {@return JSON values in Sitrep's compact form: literals, numbers, strings, arrays and objects}
   */
  public static Arbitrary<ExtensionValue> extensionValues() {
    return json(3).map(ExtensionValue::ofJson);
  }

  private static Arbitrary<String> json(int depth) {
    Arbitrary<String> scalar =
        Arbitraries.oneOf(
            Arbitraries.of(
                "null",
                "true",
                "false",
                "0",
                "-0",
                "2.50",
                "1e5",
                "1E+400",
                "-12.5e-3",
                "123456789012345678901234567890"),
            Arbitraries.integers().map(String::valueOf),
            Arbitraries.doubles().between(-1e9, 1e9).map(String::valueOf),
            extensionText().map(s -> ExtensionValue.ofString(s).json()));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<String> array =
        Arbitraries.lazy(() -> json(depth - 1))
            .list()
            .ofMaxSize(3)
            .map(items -> "[" + String.join(",", items) + "]");
    Arbitrary<String> object =
        Arbitraries.maps(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5),
                Arbitraries.lazy(() -> json(depth - 1)))
            .ofMaxSize(3)
            .map(
                members -> {
                  StringBuilder out = new StringBuilder("{");
                  members.forEach(
                      (k, v) -> {
                        if (out.length() > 1) {
                          out.append(',');
                        }
                        out.append(ExtensionValue.ofString(k).json()).append(':').append(v);
                      });
                  return out.append('}').toString();
                });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, scalar),
        net.jqwik.api.Tuple.of(1, array),
        net.jqwik.api.Tuple.of(1, object));
  }

  /**
   * Text for strings inside {@code x_} values: as {@link #text()}, control characters included
   * ({@link ExtensionValue#ofString(String)} escapes them as the codec writes them).
   */
  static Arbitrary<String> extensionText() {
    return text();
  }

  /**
   * Non-blank text with quotes, backslashes, control characters, accents, CJK and characters
   * outside the Basic Multilingual Plane.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> text() {
    Arbitrary<String> body =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withChars(
                '"', '\\', '\n', '\t', '\r', '\u0001', '\u001f', '\u007f', 'é', 'ü', '中', '\u00a0',
                '\u2028', '\u200b', '\ufeff')
            .ofMaxLength(24);
    Arbitrary<String> astral = Arbitraries.of("", "", "", "\uD83D\uDE00", "\uD800\uDF48");
    return Combinators.combine(body, astral).as((b, a) -> "N" + b + a);
  }

  // ------------------------------------------------------------------ generation

  /** One record to be: its type, and how to build it once every id is known. */
  private record Shape(RecordType type, Builder build) {}

  @FunctionalInterface
  private interface Builder {
    SitrepRecord build(Id<?> id, Cast cast);
  }

  /** The ids of the dataset being built, by what they may be referred to as. */
  private static final class Cast {
    final List<Id<Actor>> actors = new ArrayList<>();
    final List<Id<Actor>> states = new ArrayList<>();
    final List<Id<Actor>> persons = new ArrayList<>();
    final List<Id<Actor>> organisations = new ArrayList<>();
    final List<Id<Incident>> incidents = new ArrayList<>();
    final List<Id<Investment>> investments = new ArrayList<>();
    final List<Id<?>> all = new ArrayList<>();

    <T> T pick(List<T> from, int n) {
      return from.get(Math.floorMod(n, from.size()));
    }
  }

  private static Dataset assemble(String title, List<Shape> actors, List<Shape> others) {
    List<Shape> shapes = new ArrayList<>();
    // a state and an armed group always: hosts and parties have someone to name
    shapes.add(
        new Shape(
            RecordType.ACTOR,
            (id, cast) ->
                Actor.builder()
                    .id(id.as(Actor.class))
                    .name("State " + id.slug())
                    .kind(Actor.Kind.STATE)
                    .country("PK")
                    .build()));
    shapes.add(
        new Shape(
            RecordType.ACTOR,
            (id, cast) ->
                Actor.builder()
                    .id(id.as(Actor.class))
                    .name("Group " + id.slug())
                    .kind(Actor.Kind.ARMED_GROUP)
                    .build()));
    shapes.addAll(actors);
    shapes.addAll(others);
    Cast cast = new Cast();
    List<Id<?>> ids = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      Shape shape = shapes.get(i);
      Id<?> id = Id.of(shape.type().javaType(), shape.type().wireName().charAt(0) + "-" + i);
      ids.add(id);
      cast.all.add(id);
      switch (shape.type()) {
        case INCIDENT -> cast.incidents.add(id.as(Incident.class));
        case INVESTMENT -> cast.investments.add(id.as(Investment.class));
        default -> {}
      }
    }
    List<SitrepRecord> records = new ArrayList<>();
    // actors first, so that their kinds are known when the others refer to them
    for (int i = 0; i < shapes.size(); i++) {
      if (shapes.get(i).type() == RecordType.ACTOR) {
        Actor actor = (Actor) shapes.get(i).build().build(ids.get(i), cast);
        cast.actors.add(actor.id());
        switch (actor.kind()) {
          case STATE -> {
            cast.states.add(actor.id());
            cast.organisations.add(actor.id());
          }
          case PERSON -> cast.persons.add(actor.id());
          default -> cast.organisations.add(actor.id());
        }
        records.add(actor);
      }
    }
    for (int i = 0; i < shapes.size(); i++) {
      if (shapes.get(i).type() != RecordType.ACTOR) {
        records.add(shapes.get(i).build().build(ids.get(i), cast));
      }
    }
    return Dataset.of(title, AS_OF, records);
  }

  private static Arbitrary<Shape> actorShape() {
    Arbitrary<Actor.Kind> kind = Arbitraries.of(Actor.Kind.class);
    Arbitrary<String> name = text();
    Arbitrary<List<String>> aliases = text().list().ofMaxSize(2);
    Arbitrary<Optional<String>> country = Arbitraries.of(COUNTRIES).optional();
    Arbitrary<Integer> parent = Arbitraries.integers().between(-3, 50);
    Arbitrary<Boolean> periodOfPost = Arbitraries.of(true, false);
    return Combinators.combine(kind, name, aliases, country, parent, periodOfPost, common())
        .as(
            (k, n, a, c, p, post, common) ->
                new Shape(
                    RecordType.ACTOR,
                    (id, cast) -> {
                      Actor.Builder actor =
                          Actor.builder().id(id.as(Actor.class)).name(n).kind(k).aliases(a);
                      c.ifPresent(actor::country);
                      // the parent is an actor built before: no cycle
                      if (p >= 0 && !cast.actors.isEmpty()) {
                        actor.parent(cast.pick(cast.actors, p));
                      }
                      if (k == Actor.Kind.PERSON && !cast.organisations.isEmpty()) {
                        Affiliation.Builder affiliation =
                            Affiliation.builder()
                                .organisation(cast.pick(cast.organisations, p))
                                .role("Spokesperson");
                        if (post) {
                          affiliation.period(Period.parse("2000-01/.."));
                        }
                        actor.addAffiliation(affiliation.build());
                      }
                      common.accept(actor);
                      return actor.build();
                    }));
  }

  private static Arbitrary<Shape> otherShape() {
    return Arbitraries.oneOf(
        incidentShape(), operationShape(), exerciseShape(), investmentShape(), statementShape());
  }

  private static Arbitrary<Shape> incidentShape() {
    Arbitrary<IncidentSubCategory> sub = Arbitraries.of(IncidentSubCategory.class);
    Arbitrary<Boolean> withSub = Arbitraries.of(true, false);
    Arbitrary<Optional<TimeSpan>> date = eventDates().optional();
    Arbitrary<Optional<Place>> place = places().optional();
    Arbitrary<List<Integer>> parties = Arbitraries.integers().between(0, 99).list().ofMaxSize(3);
    Arbitrary<Optional<Casualties>> casualties = casualties().optional();
    Arbitrary<List<String>> weapons =
        Arbitraries.of("IED", "rifle", "drone", "rocket").list().ofMaxSize(2);
    Arbitrary<Optional<Boolean>> suicide = Arbitraries.of(true, false).optional();
    Arbitrary<Consumer<RecordBuilder<?>>> common = sourced(common());
    return Combinators.combine(
            Combinators.combine(sub, withSub, date, place)
                .as((a, b, c, d) -> List.<Object>of(a, b, c, d)),
            parties,
            casualties,
            weapons,
            suicide,
            common)
        .as(
            (head, p, c, w, s, cm) ->
                new Shape(
                    RecordType.INCIDENT,
                    (id, cast) -> {
                      IncidentSubCategory subCategory = (IncidentSubCategory) head.get(0);
                      Incident.Builder incident =
                          Incident.builder()
                              .id(id.as(Incident.class))
                              .name("Incident " + id.slug())
                              .category(subCategory.category());
                      if ((Boolean) head.get(1)) {
                        incident.subCategory(subCategory);
                      }
                      cast(head.get(2), TimeSpan.class).ifPresent(incident::date);
                      cast(head.get(3), Place.class).ifPresent(incident::place);
                      for (int i = 0; i < p.size(); i++) {
                        Involvement involvement =
                            involvement(cast.pick(cast.actors, p.get(i)), p.get(i));
                        if (i % 2 == 0) {
                          incident.addPerpetrator(involvement);
                        } else {
                          incident.addTarget(involvement);
                        }
                      }
                      if (!p.isEmpty() && p.get(0) % 3 == 0) {
                        incident.addClaimedBy(cast.pick(cast.actors, p.get(0)));
                      }
                      c.ifPresent(incident::casualties);
                      incident.weapons(w);
                      s.ifPresent(incident::suicide);
                      cm.accept(incident);
                      return incident.build();
                    }));
  }

  private static <T> Optional<T> cast(Object value, Class<T> type) {
    return ((Optional<?>) value).map(type::cast);
  }

  private static Arbitrary<Shape> operationShape() {
    Arbitrary<Operation.Kind> kind = Arbitraries.of(Operation.Kind.class);
    Arbitrary<Optional<Operation.Status>> status =
        Arbitraries.of(Operation.Status.class).optional();
    Arbitrary<List<Integer>> parties = Arbitraries.integers().between(0, 99).list().ofMaxSize(4);
    Arbitrary<List<Place>> area = places().list().ofMaxSize(2);
    Arbitrary<Optional<Period>> period = orderedPeriods().optional();
    Arbitrary<Map<Operation.Domain, Certainty>> domains =
        Arbitraries.maps(Arbitraries.of(Operation.Domain.class), Arbitraries.of(Certainty.class))
            .ofMaxSize(3);
    Arbitrary<Optional<FuzzyDate>> announced =
        eventDates().filter(d -> d instanceof FuzzyDate).map(d -> (FuzzyDate) d).optional();
    return Combinators.combine(
            Combinators.combine(kind, status, announced).as((a, b, c) -> List.<Object>of(a, b, c)),
            parties,
            area,
            period,
            domains,
            sourced(common()))
        .as(
            (head, p, a, per, d, cm) ->
                new Shape(
                    RecordType.OPERATION,
                    (id, cast) -> {
                      Operation.Builder operation =
                          Operation.builder()
                              .id(id.as(Operation.class))
                              .name("Operation " + id.slug())
                              .kind((Operation.Kind) head.get(0));
                      cast(head.get(1), Operation.Status.class).ifPresent(operation::status);
                      cast(head.get(2), FuzzyDate.class).ifPresent(operation::announced);
                      for (int i = 0; i < p.size(); i++) {
                        Involvement involvement =
                            involvement(cast.pick(cast.actors, p.get(i)), p.get(i));
                        switch (i % 3) {
                          case 0 -> operation.addConductedBy(involvement);
                          case 1 -> operation.addAgainst(involvement);
                          default -> operation.addJointWith(involvement);
                        }
                      }
                      if (!p.isEmpty() && p.get(0) % 2 == 0) {
                        operation.addApprovedBy(cast.pick(cast.actors, p.get(0) / 2));
                        if (!cast.incidents.isEmpty()) {
                          operation.addTriggeredBy(
                              Link.of(
                                  cast.pick(cast.incidents, p.get(0)),
                                  Certainty.values()[p.get(0) % Certainty.values().length]));
                        }
                      }
                      operation.area(a);
                      per.ifPresent(operation::period);
                      operation.domains(d);
                      cm.accept(operation);
                      return operation.build();
                    }));
  }

  private static Arbitrary<Shape> exerciseShape() {
    Arbitrary<Exercise.Kind> kind = Arbitraries.of(Exercise.Kind.class);
    Arbitrary<Boolean> joint = Arbitraries.of(true, false);
    Arbitrary<List<Integer>> parties = Arbitraries.integers().between(0, 99).list().ofMaxSize(3);
    Arbitrary<Optional<Place>> place = places().optional();
    Arbitrary<Optional<Period>> period = orderedPeriods().optional();
    Arbitrary<Optional<String>> series =
        Arbitraries.of("Warrior", "Sea Guardian", "Shaheen").optional();
    return Combinators.combine(kind, joint, parties, place, period, series, common())
        .as(
            (k, j, p, pl, per, s, cm) ->
                new Shape(
                    RecordType.EXERCISE,
                    (id, cast) -> {
                      Exercise.Builder exercise =
                          Exercise.builder()
                              .id(id.as(Exercise.class))
                              .name("Exercise " + id.slug())
                              .kind(k)
                              .joint(j);
                      for (int n : p) {
                        exercise.addParticipant(involvement(cast.pick(cast.actors, n), n));
                      }
                      if (j) { // a joint exercise has two distinct participants at least
                        exercise.addParticipant(Involvement.confirmed(cast.actors.get(0)));
                        exercise.addParticipant(Involvement.confirmed(cast.actors.get(1)));
                      }
                      if (!p.isEmpty()) {
                        exercise.host(cast.pick(cast.states, p.get(0)));
                        exercise.announcedBy(cast.pick(cast.actors, p.get(0) + 1));
                      }
                      pl.ifPresent(exercise::place);
                      per.ifPresent(exercise::period);
                      s.ifPresent(name -> exercise.series(name).edition("" + (p.size() + 1)));
                      cm.accept(exercise);
                      return exercise.build();
                    }));
  }

  private static Arbitrary<Shape> investmentShape() {
    Arbitrary<Investment.Kind> kind = Arbitraries.of(Investment.Kind.class);
    Arbitrary<List<Integer>> investors = Arbitraries.integers().between(0, 99).list().ofMaxSize(3);
    Arbitrary<Optional<Money>> value = money().optional();
    Arbitrary<Optional<Period>> period = orderedPeriods().optional();
    Arbitrary<List<Place>> assets = places().list().ofMaxSize(2);
    Arbitrary<List<String>> sectors =
        Arbitraries.of("energy", "transport", "ports", "mining").list().ofMaxSize(2);
    return Combinators.combine(kind, investors, value, period, assets, sectors, common())
        .as(
            (k, inv, v, per, a, sec, cm) ->
                new Shape(
                    RecordType.INVESTMENT,
                    (id, cast) -> {
                      Investment.Builder investment =
                          Investment.builder()
                              .id(id.as(Investment.class))
                              .name("Investment " + id.slug())
                              .kind(k);
                      for (int n : inv) {
                        investment.addInvestor(cast.pick(cast.actors, n));
                      }
                      if (!inv.isEmpty()) {
                        investment.host(cast.pick(cast.states, inv.get(0)));
                        Id<Investment> other = cast.pick(cast.investments, inv.get(0));
                        if (!other.equals(id)) {
                          investment.partOf(other);
                        }
                      }
                      v.ifPresent(investment::value);
                      per.ifPresent(investment::period);
                      investment.assets(a).sectors(sec);
                      cm.accept(investment);
                      return investment.build();
                    }));
  }

  private static Arbitrary<Shape> statementShape() {
    Arbitrary<Statement.Kind> kind = Arbitraries.of(Statement.Kind.class);
    Arbitrary<List<Integer>> who = Arbitraries.integers().between(-1, 99).list().ofSize(2);
    Arbitrary<Optional<TimeSpan>> date = eventDates().optional();
    Arbitrary<Optional<String>> text = text().optional();
    Arbitrary<List<Integer>> about = Arbitraries.integers().between(0, 99).list().ofMaxSize(3);
    Arbitrary<Optional<Boolean>> quoted = Arbitraries.of(true, false).optional();
    return Combinators.combine(kind, who, date, text, about, quoted, sourced(common()))
        .as(
            (k, w, d, t, ab, q, cm) ->
                new Shape(
                    RecordType.STATEMENT,
                    (id, cast) -> {
                      Statement.Builder statement =
                          Statement.builder()
                              .id(id.as(Statement.class))
                              .name("Statement " + id.slug())
                              .kind(k);
                      if (w.get(0) >= 0 && !cast.persons.isEmpty()) {
                        statement.speaker(cast.pick(cast.persons, w.get(0)));
                      }
                      if (w.get(1) >= 0) {
                        statement.onBehalfOf(cast.pick(cast.organisations, w.get(1)));
                      }
                      d.ifPresent(statement::date);
                      t.ifPresent(statement::text);
                      q.ifPresent(statement::quoted);
                      for (int n : ab) {
                        statement.addAbout(cast.pick(cast.all, n));
                      }
                      cm.accept(statement);
                      return statement.build();
                    }));
  }

  private static Involvement involvement(Id<Actor> actor, int n) {
    Involvement.Builder involvement =
        Involvement.builder()
            .actor(actor)
            .certainty(Certainty.values()[n % Certainty.values().length]);
    if (n % 4 == 1) {
      involvement.role("role " + n);
    }
    if (n % 7 == 3) {
      involvement.putExtension("x_n", ExtensionValue.ofJson(Integer.toString(n)));
    }
    return involvement.build();
  }

  /** What every record may have: description, sources, confidence, tags, ids, times, extensions. */
  private static Arbitrary<Consumer<RecordBuilder<?>>> common() {
    Arbitrary<Optional<String>> description = text().optional();
    Arbitrary<List<Source>> sources = sources().list().ofMaxSize(2);
    Arbitrary<Optional<Integer>> confidence = Arbitraries.integers().between(0, 100).optional();
    Arbitrary<List<String>> tags = text().list().ofMaxSize(3);
    Arbitrary<Map<String, String>> externalIds =
        Arbitraries.maps(Arbitraries.of("acled", "ucdp", "wikidata", "gtd", "stix"), text())
            .ofMaxSize(2);
    Arbitrary<Optional<Timestamp>> created = timestamps().optional();
    Arbitrary<Optional<Timestamp>> modified = timestamps().optional();
    Arbitrary<Map<String, ExtensionValue>> extensions = extensions();
    return Combinators.combine(
            description, sources, confidence, tags, externalIds, created, modified, extensions)
        .as(
            (d, s, c, t, e, cr, mo, x) ->
                builder -> {
                  d.ifPresent(builder::description);
                  s.forEach(builder::addSource);
                  c.ifPresent(value -> builder.confidence(Confidence.of(value)));
                  t.forEach(builder::addTag);
                  e.forEach(builder::putExternalId);
                  cr.ifPresent(builder::created);
                  mo.ifPresent(builder::modified);
                  x.forEach(builder::putExtension);
                });
  }

  /** Common fields with at least one source: incidents, operations and claims need one. */
  private static Arbitrary<Consumer<RecordBuilder<?>>> sourced(
      Arbitrary<Consumer<RecordBuilder<?>>> common) {
    return Combinators.combine(common, sources())
        .as(
            (c, first) ->
                builder -> {
                  builder.addSource(first);
                  c.accept(builder);
                });
  }

  static Arbitrary<Source> sources() {
    Arbitrary<Optional<String>> publisher =
        Arbitraries.of("Reuters", "Dawn", "AFP", "Xinhua").optional();
    Arbitrary<Optional<String>> title = text().optional();
    Arbitrary<Optional<String>> url =
        Arbitraries.strings()
            .alpha()
            .ofMinLength(1)
            .ofMaxLength(10)
            .map(s -> "https://example.org/" + s + "?q=1&r=\u00e9")
            .optional();
    Arbitrary<Optional<TimeSpan>> published =
        Arbitraries.oneOf(
                Arbitraries.longs()
                    .between(FIRST_PUBLISHED_DAY.toEpochDay(), AS_OF.toEpochDay())
                    .map(day -> (TimeSpan) FuzzyDate.of(LocalDate.ofEpochDay(day))),
                timestamps(FIRST_PUBLISHED_DAY.plusDays(1), AS_OF.minusDays(1))
                    .map(t -> (TimeSpan) t))
            .optional();
    Arbitrary<Optional<TimeSpan>> accessed = timestamps().map(t -> (TimeSpan) t).optional();
    Arbitrary<Optional<String>> quote = text().optional();
    return Combinators.combine(publisher, title, url, published, accessed, quote, extensions())
        .as(
            (p, t, u, pub, acc, q, x) -> {
              Source.Builder source = Source.builder();
              p.ifPresent(source::publisher);
              t.ifPresent(source::title);
              u.ifPresent(source::url);
              pub.ifPresent(source::published);
              acc.ifPresent(source::accessed);
              q.ifPresent(source::quote);
              source.extensions(x);
              return source.build();
            });
  }

  /** Incident and statement dates: fuzzy dates and timestamps that start before every source. */
  static Arbitrary<TimeSpan> eventDates() {
    Arbitrary<TimeSpan> fuzzy =
        edtfDates(2001, 2024)
            .map(FuzzyDate::parse)
            .filter(d -> !d.earliest().isAfter(LAST_EVENT_DAY))
            .map(d -> (TimeSpan) d);
    Arbitrary<TimeSpan> stamps =
        timestamps(LocalDate.of(2000, 1, 1), LAST_EVENT_DAY.minusDays(1)).map(t -> (TimeSpan) t);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, fuzzy), net.jqwik.api.Tuple.of(1, stamps));
  }

  /** Periods that are certainly in order: the end after the start's latest day, or open. */
  static Arbitrary<Period> orderedPeriods() {
    Arbitrary<FuzzyDate> start = edtfDates(1990, 2030).map(FuzzyDate::parse);
    Arbitrary<Integer> gap = Arbitraries.integers().between(1, 4000);
    Arbitrary<Integer> endForm = Arbitraries.integers().between(0, 5);
    return Combinators.combine(start, gap, endForm, Arbitraries.integers().between(0, 2))
        .as(
            (s, g, form, startForm) -> {
              LocalDate after = s.latest().plusDays(g);
              String end;
              switch (form) {
                case 0 -> end = "..";
                case 1 -> end = "";
                case 2 ->
                    end =
                        after.getYear() > s.latest().getYear()
                            ? pad4(after.getYear())
                            : after.toString();
                case 3 ->
                    end =
                        after.getMonthValue() != s.latest().getMonthValue()
                                || after.getYear() != s.latest().getYear()
                            ? after.toString().substring(0, 7) + "~"
                            : after.toString();
                default -> end = after.toString();
              }
              String startText = startForm == 0 ? s.toString() : startForm == 1 ? ".." : "";
              return Period.parse(startText + "/" + end);
            })
        .filter(p -> !p.isCertainlyInverted() && !p.isPossiblyInverted());
  }

  static Arbitrary<Place> places() {
    Arbitrary<String> name = text();
    Arbitrary<Optional<Place.Kind>> kind = Arbitraries.of(Place.Kind.class).optional();
    Arbitrary<Optional<String>> country = Arbitraries.of(COUNTRIES).optional();
    Arbitrary<Optional<String>> admin = text().optional();
    Arbitrary<Optional<Coordinates>> coordinates =
        Combinators.combine(
                Arbitraries.oneOf(
                    Arbitraries.doubles().between(-90, 90), Arbitraries.of(-90.0, 90.0, 0.0, -0.0)),
                Arbitraries.oneOf(
                    Arbitraries.doubles().between(-180, 180), Arbitraries.of(-180.0, 180.0)))
            .as(Coordinates::of)
            .optional();
    Arbitrary<Optional<Place.GeoPrecision>> precision =
        Arbitraries.of(Place.GeoPrecision.class).optional();
    Arbitrary<Map<String, String>> gazetteer =
        Arbitraries.maps(
                Arbitraries.of("geonames", "osm", "wikidata"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8))
            .ofMaxSize(2);
    return Combinators.combine(
            name, kind, country, admin, coordinates, precision, gazetteer, extensions())
        .as(
            (n, k, c, a, co, pr, g, x) -> {
              Place.Builder place = Place.builder().name(n);
              k.ifPresent(place::kind);
              c.ifPresent(place::country);
              a.ifPresent(text -> place.admin1(text).admin2(text + " district").locality(text));
              co.ifPresent(place::coordinates);
              pr.ifPresent(place::geoPrecision);
              place.gazetteerIds(g).extensions(x);
              return place.build();
            });
  }

  /**
   * Amounts with scales from 0 to 6, ISO 4217 currencies, exact and approximate. No negative scale:
   * amounts are written in plain notation ({@code 6.5E10} as {@code 65000000000}, see
   * docs/wire-format.md), so such an amount reads back with scale 0, not equal.
   */
  static Arbitrary<Money> money() {
    Arbitrary<BigDecimal> amount =
        Combinators.combine(
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(20)),
                Arbitraries.integers().between(0, 6))
            .as(BigDecimal::new);
    return Combinators.combine(amount, Arbitraries.of(CURRENCIES), Arbitraries.of(true, false))
        .as(Money::new);
  }

  /** Ordered, non-negative estimates and breakdowns that add up to no more than the totals. */
  static Arbitrary<Casualties> casualties() {
    Arbitrary<Optional<Estimate>> killed = estimates().optional();
    Arbitrary<Optional<Estimate>> injured = estimates().optional();
    Arbitrary<List<Integer>> shares = Arbitraries.integers().between(0, 100).list().ofMaxSize(2);
    Arbitrary<Optional<Boolean>> perpetrators = Arbitraries.of(true, false).optional();
    return Combinators.combine(killed, injured, shares, perpetrators, extensions())
        .as(
            (k, i, s, p, x) -> {
              Casualties.Builder casualties = Casualties.builder();
              k.ifPresent(casualties::killed);
              i.ifPresent(casualties::injured);
              p.ifPresent(casualties::perpetratorsIncluded);
              int killedLeft = k.map(Estimate::central).orElse(0);
              int injuredLeft = i.map(Estimate::central).orElse(0);
              for (int j = 0; j < s.size(); j++) {
                int share = s.get(j);
                int dead = killedLeft * share / 100;
                int hurt = injuredLeft * share / 100;
                killedLeft -= dead;
                injuredLeft -= hurt;
                Casualties.Breakdown.Builder breakdown =
                    Casualties.Breakdown.builder()
                        .group(j == 0 ? "civilians" : "security forces")
                        .killed(Estimate.of(dead));
                if (j == 1) {
                  breakdown.injured(Estimate.of(hurt));
                }
                casualties.addBreakdown(breakdown.build());
              }
              casualties.extensions(x);
              return casualties.build();
            });
  }

  static Arbitrary<Estimate> estimates() {
    Arbitrary<List<Integer>> sorted =
        Arbitraries.integers()
            .between(0, 100_000)
            .list()
            .ofSize(3)
            .map(list -> list.stream().sorted().toList());
    return Combinators.combine(sorted, Arbitraries.integers().between(1, 7))
        .as(
            (v, present) ->
                Estimate.of(
                    (present & 1) != 0
                        ? java.util.OptionalInt.of(v.get(0))
                        : java.util.OptionalInt.empty(),
                    (present & 2) != 0
                        ? java.util.OptionalInt.of(v.get(1))
                        : java.util.OptionalInt.empty(),
                    (present & 4) != 0
                        ? java.util.OptionalInt.of(v.get(2))
                        : java.util.OptionalInt.empty()));
  }

  static String pad2(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  static String pad4(int n) {
    String s = Integer.toString(n);
    return "0000".substring(s.length()) + s;
  }

  // ------------------------------------------------------------------ inconsistencies

  /** One way to break a valid dataset, and what the validator must then say. */
  enum Breakage {
    REF_UNRESOLVED("ref.unresolved", Severity.ERROR),
    REF_WRONG_TYPE("ref.wrong-type", Severity.ERROR),
    PERIOD_INVERTED("period.inverted", Severity.ERROR),
    PERIOD_POSSIBLY_INVERTED("period.possibly-inverted", Severity.WARNING),
    DATE_AFTER_AS_OF("date.after-as-of", Severity.ERROR),
    DATE_AFTER_SOURCES("date.after-sources", Severity.ERROR),
    EXERCISE_PARTICIPANTS("exercise.participants", Severity.ERROR),
    CASUALTIES_NEGATIVE("casualties.negative", Severity.ERROR),
    CASUALTIES_ORDER("casualties.order", Severity.WARNING),
    CASUALTIES_BREAKDOWN("casualties.breakdown", Severity.ERROR),
    CLAIM_INCONSISTENT("claim.inconsistent", Severity.ERROR),
    ACTOR_PARENT_CYCLE("actor.parent-cycle", Severity.ERROR),
    AFFILIATION_OUTSIDE_PERIOD("affiliation.outside-period", Severity.WARNING),
    MONEY_CURRENCY("money.currency", Severity.ERROR),
    PLACE_COUNTRY("place.country", Severity.ERROR),
    PLACE_COORDINATES("place.coordinates", Severity.ERROR),
    SOURCE_MISSING("source.missing", Severity.WARNING),
    ID_DUPLICATE("id.duplicate", Severity.ERROR);

    final String code;
    final Severity severity;

    Breakage(String code, Severity severity) {
      this.code = code;
      this.severity = severity;
    }

    private static final Source SOURCE =
        Source.builder().publisher("Reuters").published(FuzzyDate.parse("2024-11-20")).build();

    Inconsistency apply(Dataset valid, int n) {
      List<SitrepRecord> records = new ArrayList<>(valid.records());
      Id<Actor> state = valid.actors().get(0).id(); // the state assemble() always puts first
      Id<Actor> group = valid.actors().get(1).id();
      String slug = "broken-" + n;
      List<SitrepRecord> after = new ArrayList<>();
      SitrepRecord at;
      String pointer;
      Incident.Builder incident =
          Incident.builder()
              .id(Id.incident(slug))
              .name("Broken incident")
              .category(IncidentSubCategory.ARMED_CLASH.category())
              .addSource(SOURCE);
      switch (this) {
        case REF_UNRESOLVED -> {
          int i = n % 3;
          for (int k = 0; k < i; k++) {
            incident.addPerpetrator(Involvement.confirmed(group));
          }
          incident.addPerpetrator(Involvement.confirmed(Id.actor("missing-" + n)));
          at = incident.build();
          pointer = "/perpetrators/" + i + "/actor";
        }
        case REF_WRONG_TYPE -> {
          Statement.Builder statement =
              Statement.builder()
                  .id(Id.statement(slug))
                  .name("Broken statement")
                  .kind(Statement.Kind.STATEMENT);
          if (n % 2 == 0) {
            statement.speaker(state);
            pointer = "/speaker";
          } else {
            Actor person =
                Actor.builder()
                    .id(Id.actor("person-" + n))
                    .name("Person")
                    .kind(Actor.Kind.PERSON)
                    .build();
            records.add(person);
            statement.onBehalfOf(person.id());
            pointer = "/onBehalfOf";
          }
          at = statement.build();
        }
        case PERIOD_INVERTED -> {
          LocalDate start = LocalDate.of(2000, 1, 1).plusDays(n % 8000);
          at =
              Operation.builder()
                  .id(Id.operation(slug))
                  .name("Broken operation")
                  .kind(Operation.Kind.MILITARY_OFFENSIVE)
                  .addSource(SOURCE)
                  .period(
                      Period.of(FuzzyDate.of(start), FuzzyDate.of(start.minusDays(1 + n % 500))))
                  .build();
          pointer = "/period";
        }
        case PERIOD_POSSIBLY_INVERTED -> {
          LocalDate start = LocalDate.of(2000, 1, 1).plusDays(n % 8000);
          FuzzyDate month = FuzzyDate.ofMonth(start.getYear(), start.getMonthValue());
          FuzzyDate day = FuzzyDate.of(month.latest().minusDays(1));
          at =
              Exercise.builder()
                  .id(Id.exercise(slug))
                  .name("Broken exercise")
                  .kind(Exercise.Kind.values()[n % Exercise.Kind.values().length])
                  .period(Period.of(month, day))
                  .build();
          pointer = "/period";
        }
        case DATE_AFTER_AS_OF -> {
          LocalDate day = valid.asOf().plusDays(1 + n % 1000);
          at =
              incident
                  .sources(List.of(Source.builder().publisher("Dawn").build()))
                  .date(FuzzyDate.of(day))
                  .build();
          pointer = "/date";
        }
        case DATE_AFTER_SOURCES -> {
          LocalDate published = valid.asOf().minusDays(1 + n % 300);
          at =
              incident
                  .sources(List.of(Source.builder().published(FuzzyDate.of(published)).build()))
                  .date(FuzzyDate.of(published.plusDays(1)))
                  .build();
          pointer = "/date";
        }
        case EXERCISE_PARTICIPANTS -> {
          Exercise.Builder exercise =
              Exercise.builder()
                  .id(Id.exercise(slug))
                  .name("Solo")
                  .kind(Exercise.Kind.values()[n % Exercise.Kind.values().length])
                  .joint(true);
          for (int k = 0; k < n % 3; k++) {
            exercise.addParticipant(Involvement.confirmed(group));
          }
          at = exercise.build();
          pointer = "/participants";
        }
        case CASUALTIES_NEGATIVE -> {
          int negative = -1 - n % 1000;
          String[] fields = {"low", "best", "high"};
          int field = n % 3;
          Estimate estimate =
              field == 0
                  ? Estimate.of(
                      java.util.OptionalInt.of(negative),
                      java.util.OptionalInt.empty(),
                      java.util.OptionalInt.empty())
                  : field == 1
                      ? Estimate.of(negative)
                      : Estimate.of(
                          java.util.OptionalInt.empty(),
                          java.util.OptionalInt.empty(),
                          java.util.OptionalInt.of(negative));
          boolean injured = (n / 3) % 2 == 1;
          Casualties.Builder casualties = Casualties.builder();
          if (injured) {
            casualties.injured(estimate);
          } else {
            casualties.killed(estimate);
          }
          at = incident.casualties(casualties.build()).build();
          pointer = "/casualties/" + (injured ? "injured" : "killed") + "/" + fields[field];
        }
        case CASUALTIES_ORDER -> {
          int low = n % 1000;
          Estimate estimate =
              n % 3 == 0
                  ? Estimate.of(low + 5, low + 2, low + 10)
                  : n % 3 == 1 ? Estimate.of(low, low + 10, low + 3) : Estimate.range(low + 4, low);
          boolean injured = (n / 3) % 2 == 1;
          at =
              incident
                  .casualties(
                      injured
                          ? Casualties.builder().injured(estimate).build()
                          : Casualties.builder().killed(estimate).build())
                  .build();
          pointer = "/casualties/" + (injured ? "injured" : "killed");
        }
        case CASUALTIES_BREAKDOWN -> {
          int total = n % 100;
          boolean injured = n % 2 == 1;
          Casualties.Builder casualties = Casualties.builder();
          if (injured) {
            casualties
                .injured(Estimate.of(total))
                .addBreakdown(
                    Casualties.Breakdown.builder()
                        .group("civilians")
                        .injured(Estimate.of(total + 1))
                        .build());
          } else {
            casualties
                .killed(Estimate.of(total))
                .addBreakdown(Casualties.Breakdown.killed("civilians", total + 1));
          }
          if (n % 4 < 2) {
            casualties.perpetratorsIncluded(true);
          }
          at = incident.casualties(casualties.build()).build();
          pointer = "/casualties/breakdowns";
        }
        case CLAIM_INCONSISTENT -> {
          if (n % 2 == 0) {
            at = incident.claimStatus(Incident.ClaimStatus.CLAIMED).build(); // no claimant
          } else {
            at =
                incident
                    .claimStatus(Incident.ClaimStatus.UNCLAIMED)
                    .addPerpetrator(Involvement.of(group, Certainty.CLAIMED))
                    .addClaimedBy(group)
                    .build();
          }
          pointer = "/claimStatus";
        }
        case ACTOR_PARENT_CYCLE -> {
          // the finding is on the cycle's first actor in the dataset: this one, added last
          Id<Actor> self = Id.actor(slug);
          if (n % 2 == 0) {
            at =
                Actor.builder()
                    .id(self)
                    .name("Self parent")
                    .kind(Actor.Kind.MILITARY)
                    .parent(self)
                    .build();
          } else {
            Id<Actor> other = Id.actor("other-" + n);
            at =
                Actor.builder()
                    .id(self)
                    .name("Cycle A")
                    .kind(Actor.Kind.MILITARY)
                    .parent(other)
                    .build();
            after.add(
                Actor.builder()
                    .id(other)
                    .name("Cycle B")
                    .kind(Actor.Kind.STATE)
                    .parent(self)
                    .build());
          }
          pointer = "/parent";
        }
        case AFFILIATION_OUTSIDE_PERIOD -> {
          Id<Actor> person = Id.actor("person-" + n);
          records.add(
              Actor.builder()
                  .id(person)
                  .name("Spokesperson")
                  .kind(Actor.Kind.PERSON)
                  .addAffiliation(
                      Affiliation.builder()
                          .organisation(state)
                          .role("Spokesperson")
                          .period(Period.parse("2024-01/.."))
                          .build())
                  .build());
          at =
              Statement.builder()
                  .id(Id.statement(slug))
                  .name("Before the post")
                  .kind(Statement.Kind.STATEMENT)
                  .speaker(person)
                  .onBehalfOf(state)
                  .date(FuzzyDate.of(LocalDate.of(2023, 12, 31).minusDays(n % 3000)))
                  .build();
          pointer = "/date";
        }
        case MONEY_CURRENCY -> {
          String[] bad = {"US$", "usd", "XYZ", "EURO", "€"};
          at =
              Investment.builder()
                  .id(Id.investment(slug))
                  .name("Broken investment")
                  .kind(Investment.Kind.values()[n % Investment.Kind.values().length])
                  .value(Money.of(BigDecimal.valueOf(n), bad[n % bad.length]))
                  .build();
          pointer = "/value/currency";
        }
        case PLACE_COUNTRY -> {
          String[] bad = {"PAK", "pk", "XX", "Pakistan", "P"};
          String country = bad[n % bad.length];
          switch (n % 4) {
            case 0 -> {
              at = incident.place(Place.builder().name("Karachi").country(country).build()).build();
              pointer = "/place/country";
            }
            case 1 -> {
              at =
                  Actor.builder()
                      .id(Id.actor(slug))
                      .name("Misplaced")
                      .kind(Actor.Kind.STATE)
                      .country(country)
                      .build();
              pointer = "/country";
            }
            case 2 -> {
              at =
                  Operation.builder()
                      .id(Id.operation(slug))
                      .name("Op")
                      .kind(Operation.Kind.MILITARY_OFFENSIVE)
                      .addSource(SOURCE)
                      .addArea(Place.of("Quetta", Place.Kind.CITY))
                      .addArea(Place.builder().name("Gwadar").country(country).build())
                      .build();
              pointer = "/area/1/country";
            }
            default -> {
              at =
                  Investment.builder()
                      .id(Id.investment(slug))
                      .name("Port")
                      .kind(Investment.Kind.values()[0])
                      .addAsset(Place.builder().name("Gwadar Port").country(country).build())
                      .build();
              pointer = "/assets/0/country";
            }
          }
        }
        case PLACE_COORDINATES -> {
          double off = 0.0001 + (n % 1000) / 10.0;
          boolean latitude = n % 2 == 0;
          double sign = (n / 2) % 2 == 0 ? 1 : -1;
          Coordinates coordinates =
              latitude
                  ? Coordinates.of(sign * (90 + off), 10)
                  : Coordinates.of(10, sign * (180 + off));
          at =
              incident
                  .place(Place.builder().name("Nowhere").coordinates(coordinates).build())
                  .build();
          pointer = "/place/coordinates/" + (latitude ? "latitude" : "longitude");
        }
        case SOURCE_MISSING -> {
          switch (n % 3) {
            case 0 -> at = incident.sources(List.of()).build();
            case 1 ->
                at =
                    Operation.builder()
                        .id(Id.operation(slug))
                        .name("Unsourced")
                        .kind(Operation.Kind.MILITARY_OFFENSIVE)
                        .build();
            default ->
                at =
                    Statement.builder()
                        .id(Id.statement(slug))
                        .name("Unsourced claim")
                        .kind(Statement.Kind.CLAIM_OF_RESPONSIBILITY)
                        .onBehalfOf(group)
                        .build();
          }
          pointer = "/sources";
        }
        case ID_DUPLICATE -> {
          SitrepRecord original = valid.records().get(n % valid.size());
          at = copyWithId(original);
          pointer = "/id";
        }
        default -> throw new IllegalStateException(name());
      }
      records.add(at);
      records.addAll(after);
      return new Inconsistency(
          Dataset.of(valid.title(), valid.asOf(), records), code, severity, at.id(), pointer);
    }

    /** The record with its name changed: a second record under the same id. */
    private static SitrepRecord copyWithId(SitrepRecord original) {
      String name = original.name() + " (again)";
      if (original instanceof Actor a) {
        return a.toBuilder().name(name).build();
      } else if (original instanceof Incident i) {
        return i.toBuilder().name(name).build();
      } else if (original instanceof Operation o) {
        return o.toBuilder().name(name).build();
      } else if (original instanceof Exercise e) {
        return e.toBuilder().name(name).build();
      } else if (original instanceof Investment v) {
        return v.toBuilder().name(name).build();
      }
      return ((Statement) original).toBuilder().name(name).build();
    }
  }
}
