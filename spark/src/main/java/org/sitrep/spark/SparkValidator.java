package org.sitrep.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.shiftright;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Actor;
import org.sitrep.core.Id;
import org.sitrep.core.SitrepRecord;
import org.sitrep.spark.internal.RowCodec;
import org.sitrep.validation.Finding;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;
import org.sitrep.validation.Validator;
import org.sitrep.validation.ValidatorConfig;

/**
 * Sitrep's rule catalogue on a DataFrame of records ({@link SitrepSparkSchema#records()}, as the
 * {@code sitrep} data source reads them): the findings come back as a DataFrame, and equal, on the
 * same records in the same order, the findings of sitrep-validation's {@link Validator} (same
 * codes, severities, record ids, positions, pointers, messages and arguments).
 *
 * <pre>{@code
 * Dataset<Row> records = spark.read().format("sitrep").load("events.jsonl");
 * SparkValidation result = SparkValidator.builder()
 *     .asOf(LocalDate.of(2024, 11, 20))
 *     .config(ValidatorConfig.parse(List.of("!source.missing")))
 *     .build()
 *     .validate(records);
 * System.out.println(result.summary());
 * result.findings().groupBy("code").count().show();
 * }</pre>
 *
 * <p>How the rules run:
 *
 * <ul>
 *   <li>rules that look at one record at a time run in {@code mapPartitions}, through the
 *       single-machine {@code Validator} (a streaming session per partition, the cross-record rules
 *       switched off);
 *   <li>{@code id.duplicate} is an aggregation (the first position of each id) and a join;
 *   <li>{@code ref.unresolved}, {@code ref.wrong-type} and {@code affiliation.outside-period}: the
 *       references of each record are exploded and joined with the first record of each id; each
 *       referencing record then meets the records it names, and the single-machine rules run on
 *       that small set, so the messages are theirs;
 *   <li>{@code actor.parent-cycle}: the parent edges are pruned by joins (an actor whose parent has
 *       no parent, or that no actor names as parent, is on no cycle); what remains holds every
 *       cycle (inner nodes of the hierarchies only), and the single-machine rule reports them on
 *       the driver.
 * </ul>
 *
 * <p>Positions are the DataFrame's row order (from {@code monotonically_increasing_id} and a count
 * per partition): read a file with the data source and validate it directly to get the file's
 * order. Rows holding a corrupt record (a {@code PERMISSIVE} read) are left out. Rules of your own
 * ({@code Validator.Builder.addRule}) are not run: the validator here is the built-in catalogue,
 * configured by a {@link ValidatorConfig}. The validation is eager: {@code validate} runs the jobs
 * and caches the findings.
 */
public final class SparkValidator {

  /** The columns of the findings DataFrame. */
  public static final StructType FINDINGS =
      DataTypes.createStructType(
          new StructField[] {
            DataTypes.createStructField("position", DataTypes.LongType, false),
            DataTypes.createStructField("code", DataTypes.StringType, false),
            DataTypes.createStructField("severity", DataTypes.StringType, false),
            DataTypes.createStructField("recordId", DataTypes.StringType, false),
            DataTypes.createStructField("pointer", DataTypes.StringType, false),
            DataTypes.createStructField("message", DataTypes.StringType, false),
            DataTypes.createStructField("related", DataTypes.StringType, true),
            DataTypes.createStructField(
                "arguments",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false),
                false)
          });

  static final String ID_DUPLICATE = "id.duplicate";
  static final String PARENT_CYCLE = "actor.parent-cycle";
  static final Set<String> REFERENCE_RULES =
      Set.of("ref.unresolved", "ref.wrong-type", "affiliation.outside-period");
  static final Set<String> CROSS_RECORD_RULES =
      Set.of(
          ID_DUPLICATE,
          PARENT_CYCLE,
          "ref.unresolved",
          "ref.wrong-type",
          "affiliation.outside-period");

  private static final String POSITION = "_position";

  private final LocalDate asOf;
  private final HashMap<String, String> active;

  private SparkValidator(LocalDate asOf, Map<String, Severity> rules) {
    this.asOf = asOf;
    this.active = new HashMap<>();
    rules.forEach((code, severity) -> active.put(code, severity.wireName()));
  }

  /**
   * A builder: every built-in rule at its default severity, until configured.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The day the records are current as of, standing for "today" in {@code date.after-as-of}.
   *
   * @return the day
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Validates records.
   *
   * @param records rows of {@link SitrepSparkSchema#records()} (more columns are ignored); their
   *     order is the dataset's order
   * @return the findings and their counts
   * @throws IllegalArgumentException when a wire column is missing, or a row is not a valid record
   *     (with the codec's message)
   */
  public SparkValidation validate(Dataset<Row> records) {
    Objects.requireNonNull(records, "records");
    for (String column : SitrepSparkSchema.wire().fieldNames()) {
      if (!Arrays.asList(records.columns()).contains(column)) {
        throw new IllegalArgumentException(
            "The DataFrame has no column "
                + column
                + ": validate rows of SitrepSparkSchema.records()");
      }
    }
    SparkSession spark = records.sparkSession();
    Dataset<Row> input = records;
    for (String column : records.columns()) {
      if (column.equals(SitrepSparkSchema.CORRUPT_RECORD)) {
        input = input.where(col(column).isNull()).drop(column);
      }
    }
    String[] wire = SitrepSparkSchema.wire().fieldNames();
    Column[] columns = new Column[wire.length];
    for (int i = 0; i < wire.length; i++) {
      columns[i] = col(wire[i]);
    }
    Dataset<Row> indexed = withPositions(spark, facts(input.select(columns), active, asOf));
    try {
      long recordCount = indexed.count();
      Dataset<Row> findings =
          indexed
              .select(col(POSITION), col("id"), explode(col("_local")).as("_f"))
              .select(
                  col(POSITION).as("position"),
                  col("_f.code").as("code"),
                  col("_f.severity").as("severity"),
                  col("id").as("recordId"),
                  col("_f.pointer").as("pointer"),
                  col("_f.message").as("message"),
                  col("_f.related").as("related"),
                  col("_f.arguments").as("arguments"));
      Dataset<Row> firsts = indexed.groupBy("id").agg(min(POSITION).as("_first"));
      if (active.containsKey(ID_DUPLICATE)) {
        findings = findings.union(duplicates(indexed, firsts));
      }
      if (REFERENCE_RULES.stream().anyMatch(active::containsKey)) {
        findings = findings.union(referenceFindings(indexed, firsts));
      }
      if (active.containsKey(PARENT_CYCLE)) {
        findings = findings.union(parentCycles(spark, indexed, firsts));
      }
      Dataset<Row> sorted =
          findings
              .orderBy(col("position"), col("pointer"), col("code"), col("message"))
              .persist(StorageLevel.MEMORY_AND_DISK());
      Map<Severity, Long> counts = new EnumMap<>(Severity.class);
      for (Row row : sorted.groupBy("severity").count().collectAsList()) {
        counts.put(Severity.parse(row.getString(0)), row.getLong(1));
      }
      return new SparkValidation(sorted, recordCount, counts);
    } finally {
      indexed.unpersist();
    }
  }

  /** What the rules need of each record, narrow: after the first pass no wide row moves again. */
  static final StructType FACTS =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("type", DataTypes.StringType, false)
          .add("parent", DataTypes.StringType, true)
          .add("json", DataTypes.StringType, false)
          .add("_refs", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add(
              "_local",
              DataTypes.createArrayType(
                  new StructType()
                      .add("code", DataTypes.StringType, false)
                      .add("severity", DataTypes.StringType, false)
                      .add("pointer", DataTypes.StringType, false)
                      .add("message", DataTypes.StringType, false)
                      .add("related", DataTypes.StringType, true)
                      .add(
                          "arguments",
                          DataTypes.createMapType(
                              DataTypes.StringType, DataTypes.StringType, false),
                          false),
                  false),
              false);

  /**
   * The per-record pass, in {@code mapPartitions}: each row becomes a record (through the strict
   * codec), the record-local rules of the single-machine validator run on it, and what the
   * cross-record rules need is kept: id, type, parent, the canonical JSON line, the references.
   */
  // a HashMap, not a Map: the lambda captures it, and Spark serialises what a lambda captures
  @SuppressWarnings("NonApiType")
  private static Dataset<Row> facts(
      Dataset<Row> rows, HashMap<String, String> rules, LocalDate day) {
    return rows.mapPartitions(
        (MapPartitionsFunction<Row, Row>)
            in -> {
              Validator validator = validator(rules, code -> !CROSS_RECORD_RULES.contains(code));
              boolean any = !validator.activeRules().isEmpty();
              RowCodec codec = new RowCodec();
              return new Iterator<Row>() {
                @Override
                public boolean hasNext() {
                  return in.hasNext();
                }

                @Override
                public Row next() {
                  Row row = in.next();
                  SitrepRecord record = codec.toRecord(row);
                  List<Row> local = new ArrayList<>();
                  if (any) {
                    for (Finding f : validator.validate(List.of(record), day).findings()) {
                      local.add(
                          RowFactory.create(
                              f.code(),
                              f.severity().wireName(),
                              f.pointer(),
                              f.message(),
                              f.related().map(Object::toString).orElse(null),
                              scala.jdk.javaapi.CollectionConverters.asScala(
                                  new LinkedHashMap<>(f.arguments()))));
                    }
                  }
                  String parent =
                      record instanceof Actor actor
                          ? actor.parent().map(Object::toString).orElse(null)
                          : null;
                  String json = codec.encode(record);
                  String id = record.id().toString();
                  // every id-like string of the line: its references whatever fields hold them
                  // (a superset is harmless: the rules look only at reference fields), and its
                  // own id, which resolves to an earlier record when this one is a duplicate
                  List<String> references = codec.idStrings(json);
                  return RowFactory.create(
                      id,
                      record.type().wireName(),
                      parent,
                      json,
                      references.toArray(),
                      local.toArray());
                }
              };
            },
        Encoders.row(FACTS));
  }

  /**
   * The rows with their position in the DataFrame's order: {@code monotonically_increasing_id} (the
   * partition index in the upper bits, the row's index in its partition below) and one job that
   * counts the rows of each partition, from which each partition's first position follows.
   */
  private static Dataset<Row> withPositions(SparkSession spark, Dataset<Row> rows) {
    Dataset<Row> tagged =
        rows.withColumn("_mid", monotonically_increasing_id())
            .persist(StorageLevel.MEMORY_AND_DISK());
    List<Row> counts =
        tagged
            .groupBy(shiftright(col("_mid"), 33).as("_pid"))
            .agg(count(lit(1)).as("_n"))
            .orderBy("_pid")
            .collectAsList();
    List<Row> deltas = new ArrayList<>();
    long offset = 0;
    for (Row partition : counts) {
      long pid = partition.getLong(0);
      deltas.add(RowFactory.create(pid, offset - (pid << 33)));
      offset += partition.getLong(1);
    }
    StructType deltaSchema =
        new StructType()
            .add("_pid", DataTypes.LongType, false)
            .add("_delta", DataTypes.LongType, false);
    Dataset<Row> delta = spark.createDataFrame(deltas, deltaSchema);
    Column[] columns = new Column[rows.columns().length + 1];
    for (int i = 0; i < rows.columns().length; i++) {
      columns[i] = col(rows.columns()[i]);
    }
    columns[columns.length - 1] = col("_mid").plus(col("_delta")).as(POSITION);
    Dataset<Row> indexed =
        tagged
            .withColumn("_pid", shiftright(col("_mid"), 33))
            .join(broadcast(delta), "_pid")
            .select(columns)
            .persist(StorageLevel.MEMORY_AND_DISK());
    indexed.count();
    tagged.unpersist();
    return indexed;
  }

  private Dataset<Row> duplicates(Dataset<Row> indexed, Dataset<Row> firsts) {
    return indexed
        .select(col(POSITION), col("id"))
        .join(firsts, "id")
        .where(col(POSITION).notEqual(col("_first")))
        .select(
            col(POSITION).as("position"),
            lit(ID_DUPLICATE).as("code"),
            lit(active.get(ID_DUPLICATE)).as("severity"),
            col("id").as("recordId"),
            lit("/id").as("pointer"),
            concat(
                    lit("Id "),
                    col("id"),
                    lit(" is already the id of record "),
                    col("_first").cast("string"),
                    lit(": give each record its own id (references resolve to the first)"))
                .as("message"),
            lit(null).cast("string").as("related"),
            map(lit("id"), col("id"), lit("firstPosition"), col("_first").cast("string"))
                .as("arguments"));
  }

  /**
   * Each record with references meets the first record of every id it names; the reference rules of
   * the single-machine validator run on that small set (the named records first, then the record),
   * and only the findings on the record are kept.
   */
  private Dataset<Row> referenceFindings(Dataset<Row> indexed, Dataset<Row> firsts) {
    Dataset<Row> edges = indexed.select(col(POSITION), explode(col("_refs")).as("_ref"));
    Dataset<Row> resolved =
        edges
            .join(firsts, edges.col("_ref").equalTo(firsts.col("id")))
            .select(col(POSITION), col("_first").as("_target"))
            .where(col("_target").notEqual(col(POSITION)));
    Dataset<Row> named =
        resolved
            .join(
                indexed.select(col(POSITION).as("_target"), col("json").as("_targetJson")),
                "_target")
            .groupBy(POSITION)
            .agg(collect_list(struct(col("_target"), col("_targetJson"))).as("_targets"));
    Dataset<Row> referencing =
        indexed
            .where(size(col("_refs")).gt(0))
            .select(col(POSITION), col("json"))
            .join(
                named,
                scala.jdk.javaapi.CollectionConverters.asScala(List.of(POSITION)).toSeq(),
                "left");
    HashMap<String, String> rules = active;
    LocalDate day = asOf;
    return referencing.mapPartitions(
        (MapPartitionsFunction<Row, Row>)
            rows -> {
              Validator validator = validator(rules, REFERENCE_RULES::contains);
              RowCodec codec = new RowCodec();
              List<Row> out = new ArrayList<>();
              while (rows.hasNext()) {
                Row row = rows.next();
                long position = row.getLong(0);
                List<SitrepRecord> small = new ArrayList<>();
                if (!row.isNullAt(2)) {
                  List<Row> targets = new ArrayList<>(row.getList(2));
                  targets.sort((a, b) -> Long.compare(a.getLong(0), b.getLong(0)));
                  for (Row target : targets) {
                    small.add(codec.decodeUnchecked(target.getString(1)));
                  }
                }
                small.add(codec.decodeUnchecked(row.getString(1)));
                int last = small.size() - 1;
                for (Finding finding : validator.validate(small, day).findings()) {
                  if (finding.position() == last) {
                    out.add(row(finding, position));
                  }
                }
              }
              return out.iterator();
            },
        Encoders.row(FINDINGS));
  }

  /**
   * The actors on parent cycles: the parent edges (the first record of an actor id, with a parent)
   * pruned by joins, then the rest through the single-machine rule on the driver.
   */
  private Dataset<Row> parentCycles(SparkSession spark, Dataset<Row> indexed, Dataset<Row> firsts) {
    Dataset<Row> nodes =
        indexed
            .where(col("type").equalTo("actor").and(col("parent").isNotNull()))
            .select(col(POSITION), col("id"), col("parent"))
            .join(firsts, "id")
            .where(col(POSITION).equalTo(col("_first")))
            .select(col("id"), col("parent"), col(POSITION));
    // One round of pruning: an actor whose parent has no parent, or that no actor names as
    // parent, is on no cycle. What is left holds every cycle whole (and maybe chains into them,
    // which the single-machine rule does not report), and is small: the inner nodes of the
    // actor hierarchies.
    nodes =
        nodes
            .join(
                nodes.select(col("id").as("_pid")), col("parent").equalTo(col("_pid")), "left_semi")
            .join(
                nodes.select(col("parent").as("_named")).distinct(),
                col("id").equalTo(col("_named")),
                "left_semi");
    List<Row> cycle = nodes.orderBy(POSITION).collectAsList();
    List<Row> out = new ArrayList<>();
    if (!cycle.isEmpty()) {
      RowCodec codec = new RowCodec();
      List<SitrepRecord> actors = new ArrayList<>();
      for (Row node : cycle) {
        actors.add(
            codec.decodeUnchecked(
                "{\"type\":\"actor\",\"id\":\""
                    + node.getString(0)
                    + "\",\"name\":\"-\",\"kind\":\"other\",\"parent\":\""
                    + node.getString(1)
                    + "\"}"));
      }
      Validator validator = validator(active, PARENT_CYCLE::equals);
      for (Finding finding : validator.validate(actors, asOf).findings()) {
        out.add(row(finding, cycle.get(finding.position()).getLong(2)));
      }
    }
    return spark.createDataFrame(out, FINDINGS);
  }

  static Validator validator(Map<String, String> active, Predicate<String> include) {
    Validator.Builder builder = Validator.builder();
    for (RuleDescriptor rule : Validator.catalogue()) {
      String code = rule.code();
      if (active.containsKey(code) && include.test(code)) {
        builder.severity(code, Severity.parse(active.get(code)));
      } else {
        builder.disable(code);
      }
    }
    return builder.build();
  }

  static Row row(Finding finding, long position) {
    Map<String, String> arguments = new LinkedHashMap<>(finding.arguments());
    Id<?> recordId = finding.recordId();
    return RowFactory.create(
        position,
        finding.code(),
        finding.severity().wireName(),
        recordId == null ? null : recordId.toString(),
        finding.pointer(),
        finding.message(),
        finding.related().map(Object::toString).orElse(null),
        scala.jdk.javaapi.CollectionConverters.asScala(arguments));
  }

  /**
   * Builds a {@link SparkValidator}.
   *
   * <pre>{@code
   * SparkValidator validator = SparkValidator.builder()
   *     .asOf(LocalDate.of(2024, 11, 20))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private @Nullable LocalDate asOf;
    private @Nullable ValidatorConfig config;

    private Builder() {}

    /**
     * The day the records are current as of (required): a JSON Lines header's {@code asOf}, or the
     * day you choose, as {@code sitrep validate --as-of}.
     *
     * @param day the day
     * @return this builder
     */
    public Builder asOf(LocalDate day) {
      this.asOf = Objects.requireNonNull(day, "day");
      return this;
    }

    /**
     * Switches rules off and re-grades them, as {@code Validator.Builder.config}.
     *
     * @param config the configuration
     * @return this builder
     */
    public Builder config(ValidatorConfig config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     * @throws IllegalStateException without {@link #asOf(LocalDate)}
     * @throws IllegalArgumentException when the configuration names an unknown code
     */
    public SparkValidator build() {
      if (asOf == null) {
        throw new IllegalStateException(
            "Give the day the records are current as of: SparkValidator.builder().asOf(day)");
      }
      Validator.Builder validator = Validator.builder();
      if (config != null) {
        validator.config(config);
      }
      return new SparkValidator(asOf, validator.build().activeRules());
    }
  }
}
