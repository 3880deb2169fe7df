/**
 * Core's internals for Sitrep's own modules ({@link org.sitrep.core.internal.access.EpochDays} and
 * a dataset's {@link org.sitrep.core.internal.access.IdTable} for the validator, {@link
 * org.sitrep.core.internal.access.ModelFields} for the encoder and the validator): exported, so
 * that it works however the jars are placed (module path or class path), but not API — no
 * compatibility promise, no Javadoc.
 */
@NullMarked
package org.sitrep.core.internal.access;

import org.jspecify.annotations.NullMarked;
