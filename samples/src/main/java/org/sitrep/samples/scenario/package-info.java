/**
 * The founding scenario, built with the public API of {@code sitrep-core}: {@link
 * org.sitrep.samples.scenario.BalochistanScenario} carries every fact of the article in {@code
 * shared/seed/article.txt}, and {@link org.sitrep.samples.scenario.BrokenScenario} is a copy broken
 * on purpose so that every validation rule fires. {@link
 * org.sitrep.samples.scenario.WriteScenarioFiles} writes both as the JSON documents checked in
 * under {@code samples/data}.
 *
 * <pre>{@code
 * Dataset good = BalochistanScenario.dataset();
 * Dataset broken = BrokenScenario.dataset();
 * }</pre>
 */
@NullMarked
package org.sitrep.samples.scenario;

import org.jspecify.annotations.NullMarked;
