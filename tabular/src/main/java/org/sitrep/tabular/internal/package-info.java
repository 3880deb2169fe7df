/** The row mappers, the CSV cursor and the lookups behind {@code org.sitrep.tabular}; not API. */
package org.sitrep.tabular.internal;
