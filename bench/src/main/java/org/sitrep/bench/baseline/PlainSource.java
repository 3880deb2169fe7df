package org.sitrep.bench.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A source as a plain Java record for Jackson databind.
 *
 * <pre>{@code
 * PlainSource reuters = new PlainSource("Reuters", null, null, "2024-11-20", null, null);
 * }</pre>
 *
 * @param publisher who published it
 * @param title the headline
 * @param url where it can be read
 * @param published when it was published
 * @param accessed when it was read
 * @param quote the passage that supports the record
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"publisher", "title", "url", "published", "accessed", "quote"})
public record PlainSource(
    String publisher, String title, String url, String published, String accessed, String quote) {}
