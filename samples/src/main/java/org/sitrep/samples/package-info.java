/**
 * Sitrep's runnable programs. {@link org.sitrep.samples.BuildAndBrief} builds the founding
 * scenario and prints a briefing of it.
 *
 * <pre>{@code
 * java -cp ... org.sitrep.samples.BuildAndBrief                      # briefing on standard out
 * java -cp ... org.sitrep.samples.BuildAndBrief target/briefing.txt  # briefing to a file
 * }</pre>
 */
package org.sitrep.samples;
