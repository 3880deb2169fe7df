/**
 * STIX 2.1 bundles from and to Sitrep datasets: {@link org.sitrep.stix.SitrepStix} writes a
 * deterministic bundle and reads one back, {@link org.sitrep.stix.StixImport} says what an import
 * gave and {@link org.sitrep.stix.UnmappedObject} what it could not map, and {@link
 * org.sitrep.stix.StixIds} names objects by UUIDv5 of their Sitrep ids.
 *
 * <pre>{@code
 * String bundle = SitrepStix.defaults().writeString(dataset);
 * StixImport back = SitrepStix.defaults().read(bundle);
 * }</pre>
 */
@NullMarked
package org.sitrep.stix;

import org.jspecify.annotations.NullMarked;
