/**
 * Sitrep's runnable programs, each a short {@code main} that shows one use of the SDK: {@link
 * org.sitrep.samples.BuildAndBrief} (the main job: build the founding scenario, brief on it,
 * validate it, write its JSON), {@link org.sitrep.samples.Quickstart}, {@link
 * org.sitrep.samples.ValidateFile}, {@link org.sitrep.samples.StreamLargeFile}, {@link
 * org.sitrep.samples.CustomRule} and {@link org.sitrep.samples.QueryDataset}. Each also has a
 * {@code run(String[] args, PrintStream out)} that prints to the stream it is given.
 *
 * <pre>{@code
 * java -cp ... org.sitrep.samples.BuildAndBrief                    # target/balochistan-2024.json
 * java -cp ... org.sitrep.samples.BuildAndBrief out/scenario.json  # JSON to that file
 * java -cp ... org.sitrep.samples.ValidateFile samples/data/balochistan-2024-broken.json
 * }</pre>
 */
@NullMarked
package org.sitrep.samples;

import org.jspecify.annotations.NullMarked;
