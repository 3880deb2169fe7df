/**
 * Sitrep's JSON contract: {@link org.sitrep.io.SitrepJson} reads and writes documents and JSON
 * Lines, {@link org.sitrep.io.SitrepModule} plugs the same codec into a user's {@code
 * ObjectMapper}, and {@link org.sitrep.io.SitrepReadException} and {@link
 * org.sitrep.io.ReadProblem} say what could not be read, where.
 *
 * <pre>{@code
 * Dataset dataset = SitrepJson.strict().readDataset(Path.of("scenario.json"));
 * }</pre>
 */
@NullMarked
package org.sitrep.io;

import org.jspecify.annotations.NullMarked;
