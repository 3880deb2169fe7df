/**
 * The built-in rules and the compact record index behind {@link org.sitrep.validation.Validator};
 * not exported.
 *
 * <pre>{@code
 * List<Rule> builtIns = BuiltInRules.all();
 * }</pre>
 */
@NullMarked
package org.sitrep.validation.internal;

import org.jspecify.annotations.NullMarked;
