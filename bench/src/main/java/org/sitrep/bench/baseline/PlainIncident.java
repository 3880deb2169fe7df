package org.sitrep.bench.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * An incident as a plain Java record for Jackson databind: ids, enumeration values and dates are
 * the strings of the wire format, absent values are {@code null}, and the properties are in the
 * wire format's order, so that databind writes the same bytes as Sitrep's codec.
 *
 * <pre>{@code
 * PlainIncident incident = PlainCodec.MAPPER.readValue(line, PlainIncident.class);
 * }</pre>
 *
 * @param type always {@code incident}
 * @param id the id, {@code incident:...}
 * @param name the name
 * @param description the description
 * @param category the ACLED event type's wire name
 * @param subCategory the ACLED sub-event type's wire name
 * @param date the EDTF date, interval or timestamp
 * @param place where it happened
 * @param perpetrators who did it
 * @param targets whom it was aimed at
 * @param casualties the killed and injured
 * @param weapons weapons used
 * @param suicide whether it was a suicide attack
 * @param claimedBy the actors that claimed it
 * @param sources where the facts come from
 * @param confidence 0 to 100
 * @param tags free-form tags
 * @param externalIds ids in other schemes
 * @param created when the record was created
 * @param modified when the record was last modified
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
  "type",
  "id",
  "name",
  "description",
  "category",
  "subCategory",
  "date",
  "place",
  "perpetrators",
  "targets",
  "casualties",
  "weapons",
  "suicide",
  "claimedBy",
  "sources",
  "confidence",
  "tags",
  "externalIds",
  "created",
  "modified"
})
public record PlainIncident(
    String type,
    String id,
    String name,
    String description,
    String category,
    String subCategory,
    String date,
    PlainPlace place,
    List<PlainInvolvement> perpetrators,
    List<PlainInvolvement> targets,
    PlainCasualties casualties,
    List<String> weapons,
    Boolean suicide,
    List<String> claimedBy,
    List<PlainSource> sources,
    Integer confidence,
    List<String> tags,
    Map<String, String> externalIds,
    String created,
    String modified) {}
