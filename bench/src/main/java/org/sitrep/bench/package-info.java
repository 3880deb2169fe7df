/**
 * JMH benchmarks of Sitrep's codec and validator, each measured beside a plain Jackson databind
 * baseline in the same run, on deterministic synthetic data; and of the ACLED CSV import beside the
 * bare CSV libraries (FastCSV, Jackson's CSV dataformat) reading the same text.
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar -f 1 -wi 3 -w 2s -i 3 -r 3s -prof gc CodecBenchmark
 * }</pre>
 */
@NullMarked
package org.sitrep.bench;

import org.jspecify.annotations.NullMarked;
