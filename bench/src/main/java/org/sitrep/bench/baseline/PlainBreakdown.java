package org.sitrep.bench.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The casualties of one group as a plain Java record for Jackson databind.
 *
 * <pre>{@code
 * PlainBreakdown chinese = new PlainBreakdown("Chinese nationals", new PlainEstimate(null, 2, null), null);
 * }</pre>
 *
 * @param group the group
 * @param killed how many of the group were killed
 * @param injured how many of the group were injured
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"group", "killed", "injured"})
public record PlainBreakdown(String group, PlainEstimate killed, PlainEstimate injured) {}
