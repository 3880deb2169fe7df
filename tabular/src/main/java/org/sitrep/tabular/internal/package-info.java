/** The row mappers, the CSV cursor and the lookups behind {@code org.sitrep.tabular}; not API. */
@NullMarked
package org.sitrep.tabular.internal;

import org.jspecify.annotations.NullMarked;
