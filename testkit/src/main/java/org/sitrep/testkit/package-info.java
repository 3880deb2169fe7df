/**
 * The Sitrep test kit: assertions, fixtures, arbitraries and contract checks for tests of code that
 * produces or consumes Sitrep data. Start from {@link org.sitrep.testkit.SitrepAssertions}.
 */
package org.sitrep.testkit;
