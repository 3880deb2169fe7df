/**
 * The Sitrep test kit: assertions, fixtures, arbitraries and contract checks for tests of code that
 * produces or consumes Sitrep data. Start from {@link org.sitrep.testkit.SitrepAssertions}.
 */
@NullMarked
package org.sitrep.testkit;

import org.jspecify.annotations.NullMarked;
