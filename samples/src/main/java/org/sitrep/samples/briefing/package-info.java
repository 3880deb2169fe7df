/**
 * A readable briefing of a dataset: timeline, actors and open questions, with fuzzy dates in words.
 *
 * <pre>{@code
 * new Briefing(BalochistanScenario.dataset()).printTo(System.out);
 * }</pre>
 */
@NullMarked
package org.sitrep.samples.briefing;

import org.jspecify.annotations.NullMarked;
