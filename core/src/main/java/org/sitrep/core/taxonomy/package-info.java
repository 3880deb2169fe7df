/**
 * The incident taxonomy: what kind of event an incident is.
 *
 * <p>The taxonomy maps one-to-one onto ACLED's event classification (<a
 * href="https://acleddata.com/">Armed Conflict Location &amp; Event Data</a>, codebook "Event Types
 * and Sub-Event Types"):
 *
 * <ul>
 *   <li>{@link org.sitrep.core.taxonomy.IncidentCategory} has one constant per ACLED {@code
 *       event_type} (6 of them);
 *   <li>{@link org.sitrep.core.taxonomy.IncidentSubCategory} has one constant per ACLED {@code
 *       sub_event_type} (25 of them), and each knows the category it belongs to.
 * </ul>
 *
 * <p>Each constant carries two names:
 *
 * <ul>
 *   <li>{@code acledLabel()} is ACLED's label, character for character (for example {@code
 *       "Explosions/Remote violence"}, {@code "Remote explosive/landmine/IED"});
 *   <li>{@code wireName()} is the value written to Sitrep JSON, in lower-kebab-case (for example
 *       {@code "explosions-remote-violence"}, {@code "remote-explosive-landmine-ied"}). Wire names
 *       are part of the format contract and never change once published. Each is the constant's
 *       Java name in lower case with {@code '_'} replaced by {@code '-'}. They follow ACLED's label
 *       (lower case, each run of other characters replaced by one {@code '-'}) with one exception:
 *       ACLED's sub-event type {@code "Other"}, which exists only under {@code "Strategic
 *       developments"}, is {@code "strategic-developments-other"}, so that it cannot be mistaken
 *       for a generic "unknown" value.
 * </ul>
 *
 * <p>Both enums offer the same lookups: {@code findByAcledLabel} and {@code findByWireName} return
 * an {@link java.util.Optional} that is empty for a name they do not know, while {@code
 * ofAcledLabel} and {@code ofWireName} throw an {@link java.lang.IllegalArgumentException} whose
 * message lists the valid names. Matching is exact and case-sensitive.
 *
 * <p><b>Unknown ACLED labels.</b> The taxonomy has no catch-all constant: a label it does not know
 * (a spelling variant such as {@code "Strategic Developments"} or {@code "Excessive force against
 * protestors"}, or a type ACLED adds in the future) makes {@code findByAcledLabel} return empty.
 * What happens next is the importer's decision, for example rejecting the row or reporting it and
 * keeping the raw label. An importer should also check that a row's sub-event type belongs to its
 * event type ({@link org.sitrep.core.taxonomy.IncidentSubCategory#category()}).
 *
 * <pre>{@code
 * IncidentSubCategory sub = IncidentSubCategory.findByAcledLabel("Suicide bomb").orElseThrow();
 * sub.category();                        // IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE
 * sub.wireName();                        // "suicide-bomb"
 * IncidentCategory.findByAcledLabel("Looting"); // Optional.empty()
 * }</pre>
 */
@NullMarked
package org.sitrep.core.taxonomy;

import org.jspecify.annotations.NullMarked;
