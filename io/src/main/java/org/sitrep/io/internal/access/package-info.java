/**
 * io's internals for Sitrep's own modules ({@link org.sitrep.io.internal.access.Problems}, so that
 * a STIX bundle that is not JSON is a {@code SitrepReadException} like any other): exported, but
 * not API — no compatibility promise, no Javadoc.
 */
@NullMarked
package org.sitrep.io.internal.access;

import org.jspecify.annotations.NullMarked;
