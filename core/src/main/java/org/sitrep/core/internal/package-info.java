/** Implementation details of sitrep-core; not exported, not API. */
@NullMarked
package org.sitrep.core.internal;

import org.jspecify.annotations.NullMarked;
