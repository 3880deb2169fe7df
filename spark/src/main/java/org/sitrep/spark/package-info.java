/**
 * Sitrep on Apache Spark: the {@code sitrep} data source ({@link
 * org.sitrep.spark.SitrepDataSource}) reads Sitrep JSON Lines into a DataFrame of {@link
 * org.sitrep.spark.SitrepSparkSchema#records()} and writes such a DataFrame back, and {@link
 * org.sitrep.spark.SparkValidator} runs the rule catalogue of sitrep-validation on it, with the
 * single-machine findings.
 *
 * <pre>{@code
 * Dataset<Row> records = spark.read().format("sitrep").load("events.jsonl");
 * SparkValidation result =
 *     SparkValidator.builder().asOf(LocalDate.of(2024, 11, 20)).build().validate(records);
 * System.out.println(result.summary());
 * records.where("type = 'incident'").write().format("sitrep").save("incidents");
 * }</pre>
 *
 * <p>Not a JPMS module (Spark is not modular): see the module README.
 */
@NullMarked
package org.sitrep.spark;

import org.jspecify.annotations.NullMarked;
