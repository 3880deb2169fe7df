/** Implementation details of sitrep-core; not exported, not API. */
package org.sitrep.core.internal;
