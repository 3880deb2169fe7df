package org.sitrep.io.internal;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.PropertyNames;

/**
 * The property names of the wire format ({@link PropertyNames}) as the constants the decoder
 * switches on: the tokenizer finds a name's constant by its bytes ({@link
 * FastLineParser#nextPropertyName()}), the names other parsers give are looked up by their text
 * ({@link #of(String)}). A {@code switch} on them is one jump through a table, where one on a
 * {@code String} hashes the name, searches the hashes and compares the text; C2 also compiles the
 * smaller graph faster. {@link #OTHER} stands for every other name (an extension, a map key, an
 * unknown property), whose text the parser gives.
 */
enum PropertyName {
  SITREP(PropertyNames.SITREP),
  TITLE(PropertyNames.TITLE),
  AS_OF(PropertyNames.AS_OF),
  RECORDS(PropertyNames.RECORDS),
  TYPE(PropertyNames.TYPE),
  ID(PropertyNames.ID),
  NAME(PropertyNames.NAME),
  DESCRIPTION(PropertyNames.DESCRIPTION),
  SOURCES(PropertyNames.SOURCES),
  CONFIDENCE(PropertyNames.CONFIDENCE),
  TAGS(PropertyNames.TAGS),
  EXTERNAL_IDS(PropertyNames.EXTERNAL_IDS),
  CREATED(PropertyNames.CREATED),
  MODIFIED(PropertyNames.MODIFIED),
  KIND(PropertyNames.KIND),
  COUNTRY(PropertyNames.COUNTRY),
  PERIOD(PropertyNames.PERIOD),
  DATE(PropertyNames.DATE),
  PLACE(PropertyNames.PLACE),
  HOST(PropertyNames.HOST),
  ANNOUNCED(PropertyNames.ANNOUNCED),
  APPROVED(PropertyNames.APPROVED),
  ALIASES(PropertyNames.ALIASES),
  PARENT(PropertyNames.PARENT),
  AFFILIATIONS(PropertyNames.AFFILIATIONS),
  CATEGORY(PropertyNames.CATEGORY),
  SUB_CATEGORY(PropertyNames.SUB_CATEGORY),
  PERPETRATORS(PropertyNames.PERPETRATORS),
  TARGETS(PropertyNames.TARGETS),
  CASUALTIES(PropertyNames.CASUALTIES),
  WEAPONS(PropertyNames.WEAPONS),
  SUICIDE(PropertyNames.SUICIDE),
  CLAIMED_BY(PropertyNames.CLAIMED_BY),
  CLAIM_STATUS(PropertyNames.CLAIM_STATUS),
  AFFECTS(PropertyNames.AFFECTS),
  STATUS(PropertyNames.STATUS),
  CONDUCTED_BY(PropertyNames.CONDUCTED_BY),
  AGAINST(PropertyNames.AGAINST),
  AREA(PropertyNames.AREA),
  APPROVED_BY(PropertyNames.APPROVED_BY),
  DOMAINS(PropertyNames.DOMAINS),
  JOINT_WITH(PropertyNames.JOINT_WITH),
  TRIGGERED_BY(PropertyNames.TRIGGERED_BY),
  JOINT(PropertyNames.JOINT),
  PARTICIPANTS(PropertyNames.PARTICIPANTS),
  ANNOUNCED_BY(PropertyNames.ANNOUNCED_BY),
  SERIES(PropertyNames.SERIES),
  EDITION(PropertyNames.EDITION),
  INVESTORS(PropertyNames.INVESTORS),
  VALUE(PropertyNames.VALUE),
  PART_OF(PropertyNames.PART_OF),
  ASSETS(PropertyNames.ASSETS),
  SECTORS(PropertyNames.SECTORS),
  SPEAKER(PropertyNames.SPEAKER),
  ON_BEHALF_OF(PropertyNames.ON_BEHALF_OF),
  TEXT(PropertyNames.TEXT),
  QUOTED(PropertyNames.QUOTED),
  ABOUT(PropertyNames.ABOUT),
  ACTOR(PropertyNames.ACTOR),
  ROLE(PropertyNames.ROLE),
  CERTAINTY(PropertyNames.CERTAINTY),
  ATTRIBUTED_BY(PropertyNames.ATTRIBUTED_BY),
  TARGET(PropertyNames.TARGET),
  ORGANISATION(PropertyNames.ORGANISATION),
  AMOUNT(PropertyNames.AMOUNT),
  CURRENCY(PropertyNames.CURRENCY),
  APPROXIMATE(PropertyNames.APPROXIMATE),
  KILLED(PropertyNames.KILLED),
  INJURED(PropertyNames.INJURED),
  BREAKDOWNS(PropertyNames.BREAKDOWNS),
  PERPETRATORS_INCLUDED(PropertyNames.PERPETRATORS_INCLUDED),
  GROUP(PropertyNames.GROUP),
  LOW(PropertyNames.LOW),
  BEST(PropertyNames.BEST),
  HIGH(PropertyNames.HIGH),
  PUBLISHER(PropertyNames.PUBLISHER),
  URL(PropertyNames.URL),
  PUBLISHED(PropertyNames.PUBLISHED),
  ACCESSED(PropertyNames.ACCESSED),
  QUOTE(PropertyNames.QUOTE),
  ADMIN1(PropertyNames.ADMIN1),
  ADMIN2(PropertyNames.ADMIN2),
  LOCALITY(PropertyNames.LOCALITY),
  COORDINATES(PropertyNames.COORDINATES),
  LATITUDE(PropertyNames.LATITUDE),
  LONGITUDE(PropertyNames.LONGITUDE),
  GEO_PRECISION(PropertyNames.GEO_PRECISION),
  GAZETTEER_IDS(PropertyNames.GAZETTEER_IDS),
  /** Any name the wire format does not define. */
  OTHER(null);

  private static final Map<String, PropertyName> BY_TEXT = new HashMap<>();

  static {
    for (PropertyName name : values()) {
      String text = name.text;
      if (text != null) {
        BY_TEXT.putIfAbsent(text, name);
      }
    }
  }

  private final @Nullable String text;

  PropertyName(@Nullable String text) {
    this.text = text;
  }

  /** The name as written, the constant of {@link PropertyNames}; null for {@link #OTHER}. */
  @Nullable String text() {
    return text;
  }

  /** The constant of this name; {@link #OTHER} for a name the wire format does not define. */
  static PropertyName of(String text) {
    return BY_TEXT.getOrDefault(text, OTHER);
  }
}
