/**
 * The hand-written streaming codec behind {@link org.sitrep.io.SitrepJson}: a decoder that drives a
 * jackson-core {@code JsonParser} and fills the model's builders, an encoder that drives a {@code
 * JsonGenerator} (documents) or writes JSON Lines straight into a byte buffer ({@code
 * JsonLinesOutput}, the same bytes), and the per-reader caches that keep allocation low. Not
 * exported.
 */
@NullMarked
package org.sitrep.io.internal;

import org.jspecify.annotations.NullMarked;
