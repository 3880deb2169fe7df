/**
 * The commands of the {@code sitrep} tool and what they share: input detection, atomic output,
 * progress on the terminal and one-line error reports. Not exported.
 */
@NullMarked
package org.sitrep.cli.internal;

import org.jspecify.annotations.NullMarked;
