/**
 * A runnable sample: {@link org.sitrep.spark.samples.ValidateMillion} generates a million-record
 * JSON Lines file ({@link org.sitrep.spark.samples.SyntheticJsonLines}) and validates it on Spark.
 *
 * <pre>{@code
 * ValidateMillion.main(new String[] {"target/million.jsonl", "1000000"});
 * }</pre>
 */
@NullMarked
package org.sitrep.spark.samples;

import org.jspecify.annotations.NullMarked;
