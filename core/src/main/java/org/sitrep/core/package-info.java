/**
 * The Sitrep model: the six record types ({@link org.sitrep.core.Actor}, {@link
 * org.sitrep.core.Incident}, {@link org.sitrep.core.Operation}, {@link org.sitrep.core.Exercise},
 * {@link org.sitrep.core.Investment}, {@link org.sitrep.core.Statement}), their typed {@link
 * org.sitrep.core.Id ids}, the values they hold, and the {@link org.sitrep.core.Dataset}.
 *
 * <p>Every type here is immutable and refuses nulls; optional values are {@code Optional}, and
 * collections are never null (empty means absent). Build records with {@code builder()}:
 *
 * <pre>{@code
 * Actor bla = Actor.builder()
 *     .id(Id.actor("bla"))
 *     .name("Baloch Liberation Army")
 *     .kind(Actor.Kind.ARMED_GROUP)
 *     .build();
 * }</pre>
 */
@NullMarked
@ModelStyle
package org.sitrep.core;

import org.jspecify.annotations.NullMarked;
import org.sitrep.core.internal.ModelStyle;
