package org.sitrep.bench.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An actor's involvement as a plain Java record for Jackson databind.
 *
 * <pre>{@code
 * PlainInvolvement bla = new PlainInvolvement("actor:bla", null, "claimed");
 * }</pre>
 *
 * @param actor the actor's id
 * @param role the role, in words
 * @param certainty the certainty's wire name
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"actor", "role", "certainty"})
public record PlainInvolvement(String actor, String role, String certainty) {}
