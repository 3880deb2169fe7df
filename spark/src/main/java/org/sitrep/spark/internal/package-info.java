/**
 * The data source's scan, split reader and file writer, and the row codec. Not an API: may change
 * in any release.
 *
 * <pre>{@code
 * // use org.sitrep.spark instead
 * spark.read().format("sitrep").load(path);
 * }</pre>
 */
@NullMarked
package org.sitrep.spark.internal;

import org.jspecify.annotations.NullMarked;
