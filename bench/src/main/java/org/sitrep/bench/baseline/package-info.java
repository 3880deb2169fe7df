/**
 * The baseline the benchmarks compare Sitrep with: plain Java records bound by Jackson databind,
 * writing the same JSON as Sitrep's codec.
 *
 * <pre>{@code
 * PlainCodec.readLines(bytes, incident -> count++);
 * }</pre>
 */
@NullMarked
package org.sitrep.bench.baseline;

import org.jspecify.annotations.NullMarked;
