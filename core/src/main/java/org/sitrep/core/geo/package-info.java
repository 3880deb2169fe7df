/**
 * Places: from countries to sites, with administrative units, WGS84 {@link
 * org.sitrep.core.geo.Coordinates} and ACLED-style geo-precision.
 *
 * <pre>{@code
 * Place balochistan = Place.of("Balochistan", Place.Kind.ADMIN1);
 * }</pre>
 */
@NullMarked
@ModelStyle
package org.sitrep.core.geo;

import org.jspecify.annotations.NullMarked;
import org.sitrep.core.internal.ModelStyle;
