package org.sitrep.bench.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Casualties as a plain Java record for Jackson databind.
 *
 * <pre>{@code
 * PlainCasualties two = new PlainCasualties(new PlainEstimate(null, 2, null), null, null, null);
 * }</pre>
 *
 * @param killed people killed
 * @param injured people injured
 * @param breakdowns counts by group
 * @param perpetratorsIncluded whether the perpetrators are counted
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"killed", "injured", "breakdowns", "perpetratorsIncluded"})
public record PlainCasualties(
    PlainEstimate killed,
    PlainEstimate injured,
    List<PlainBreakdown> breakdowns,
    Boolean perpetratorsIncluded) {}
