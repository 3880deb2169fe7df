package org.sitrep.bench.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A low, best and high count as a plain Java record for Jackson databind.
 *
 * <pre>{@code
 * PlainEstimate range = new PlainEstimate(10, 12, 15);
 * }</pre>
 *
 * @param low the low estimate
 * @param best the best estimate
 * @param high the high estimate
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"low", "best", "high"})
public record PlainEstimate(Integer low, Integer best, Integer high) {}
