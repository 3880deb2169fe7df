package org.sitrep.core;

/**
 * The property names of the Sitrep wire format, kept here so that the readers and writers of {@code
 * sitrep-io} and the JSON pointers of {@code sitrep-validation} use the same strings. Each equals
 * the name of the Java accessor it stands for.
 *
 * <pre>{@code
 * String pointer = "/" + PropertyNames.PERIOD + "/end"; // "/period/end"
 * }</pre>
 */
public final class PropertyNames {

  private PropertyNames() {}

  // The document.
  /** The format version of a document: {@code "sitrep": "1.0"}. */
  public static final String SITREP = "sitrep";

  /** {@link Dataset#title()}. */
  public static final String TITLE = "title";

  /** {@link Dataset#asOf()}. */
  public static final String AS_OF = "asOf";

  /** {@link Dataset#records()}. */
  public static final String RECORDS = "records";

  // Every record.
  /** {@link SitrepRecord#type()}: always the first property of a record. */
  public static final String TYPE = "type";

  /** {@link SitrepRecord#id()}: always the second property of a record. */
  public static final String ID = "id";

  /** {@link SitrepRecord#name()}. */
  public static final String NAME = "name";

  /** {@link SitrepRecord#description()}. */
  public static final String DESCRIPTION = "description";

  /** {@link SitrepRecord#sources()}. */
  public static final String SOURCES = "sources";

  /** {@link SitrepRecord#confidence()}. */
  public static final String CONFIDENCE = "confidence";

  /** {@link SitrepRecord#tags()}. */
  public static final String TAGS = "tags";

  /** {@link SitrepRecord#externalIds()}. */
  public static final String EXTERNAL_IDS = "externalIds";

  /** {@link SitrepRecord#created()}. */
  public static final String CREATED = "created";

  /** {@link SitrepRecord#modified()}. */
  public static final String MODIFIED = "modified";

  // Shared by several types.
  /** {@code kind} of actors, operations, exercises, investments, statements, places. */
  public static final String KIND = "kind";

  /** {@code country} of actors and places. */
  public static final String COUNTRY = "country";

  /** {@code period} of operations, exercises, investments and affiliations. */
  public static final String PERIOD = "period";

  /** {@code date} of incidents and statements. */
  public static final String DATE = "date";

  /** {@code place} of incidents and exercises. */
  public static final String PLACE = "place";

  /** {@code host} of exercises and investments. */
  public static final String HOST = "host";

  /** {@code announced} of operations and exercises. */
  public static final String ANNOUNCED = "announced";

  /** {@link Operation#approved()}. */
  public static final String APPROVED = "approved";

  // Actor.
  /** {@link Actor#aliases()}. */
  public static final String ALIASES = "aliases";

  /** {@link Actor#parent()}. */
  public static final String PARENT = "parent";

  /** {@link Actor#affiliations()}. */
  public static final String AFFILIATIONS = "affiliations";

  // Incident.
  /** {@link Incident#category()}. */
  public static final String CATEGORY = "category";

  /** {@link Incident#subCategory()}. */
  public static final String SUB_CATEGORY = "subCategory";

  /** {@link Incident#perpetrators()}. */
  public static final String PERPETRATORS = "perpetrators";

  /** {@link Incident#targets()}. */
  public static final String TARGETS = "targets";

  /** {@link Incident#casualties()}. */
  public static final String CASUALTIES = "casualties";

  /** {@link Incident#weapons()}. */
  public static final String WEAPONS = "weapons";

  /** {@link Incident#suicide()}. */
  public static final String SUICIDE = "suicide";

  /** {@link Incident#claimedBy()}. */
  public static final String CLAIMED_BY = "claimedBy";

  /** {@link Incident#claimStatus()}. */
  public static final String CLAIM_STATUS = "claimStatus";

  /** {@link Incident#affects()}, {@link Operation#affects()}. */
  public static final String AFFECTS = "affects";

  // Operation.
  /** {@link Operation#status()}. */
  public static final String STATUS = "status";

  /** {@link Operation#conductedBy()}. */
  public static final String CONDUCTED_BY = "conductedBy";

  /** {@link Operation#against()}. */
  public static final String AGAINST = "against";

  /** {@link Operation#area()}. */
  public static final String AREA = "area";

  /** {@link Operation#approvedBy()}. */
  public static final String APPROVED_BY = "approvedBy";

  /** {@link Operation#domains()}. */
  public static final String DOMAINS = "domains";

  /** {@link Operation#jointWith()}. */
  public static final String JOINT_WITH = "jointWith";

  /** {@link Operation#triggeredBy()}. */
  public static final String TRIGGERED_BY = "triggeredBy";

  // Exercise.
  /** {@link Exercise#joint()}. */
  public static final String JOINT = "joint";

  /** {@link Exercise#participants()}. */
  public static final String PARTICIPANTS = "participants";

  /** {@link Exercise#announcedBy()}. */
  public static final String ANNOUNCED_BY = "announcedBy";

  /** {@link Exercise#series()}. */
  public static final String SERIES = "series";

  /** {@link Exercise#edition()}. */
  public static final String EDITION = "edition";

  // Investment.
  /** {@link Investment#investors()}. */
  public static final String INVESTORS = "investors";

  /** {@link Investment#value()}. */
  public static final String VALUE = "value";

  /** {@link Investment#partOf()}. */
  public static final String PART_OF = "partOf";

  /** {@link Investment#assets()}. */
  public static final String ASSETS = "assets";

  /** {@link Investment#sectors()}. */
  public static final String SECTORS = "sectors";

  // Statement.
  /** {@link Statement#speaker()}. */
  public static final String SPEAKER = "speaker";

  /** {@link Statement#onBehalfOf()}. */
  public static final String ON_BEHALF_OF = "onBehalfOf";

  /** {@link Statement#text()}. */
  public static final String TEXT = "text";

  /** {@link Statement#quoted()}. */
  public static final String QUOTED = "quoted";

  /** {@link Statement#about()}. */
  public static final String ABOUT = "about";

  // Values.
  /** {@link Involvement#actor()}. */
  public static final String ACTOR = "actor";

  /** {@link Involvement#role()} and {@link Affiliation#role()}. */
  public static final String ROLE = "role";

  /** {@link Involvement#certainty()} and {@link Link#certainty()}. */
  public static final String CERTAINTY = "certainty";

  /** {@link Involvement#attributedBy()}. */
  public static final String ATTRIBUTED_BY = "attributedBy";

  /** {@link Link#target()}. */
  public static final String TARGET = "target";

  /** {@link Affiliation#organisation()}. */
  public static final String ORGANISATION = "organisation";

  /** {@link Money#amount()}. */
  public static final String AMOUNT = "amount";

  /** {@link Money#currencyCode()}, written {@code currency}. */
  public static final String CURRENCY = "currency";

  /** {@link Money#approximate()}. */
  public static final String APPROXIMATE = "approximate";

  /** {@link Casualties#killed()}. */
  public static final String KILLED = "killed";

  /** {@link Casualties#injured()}. */
  public static final String INJURED = "injured";

  /** {@link Casualties#breakdowns()}. */
  public static final String BREAKDOWNS = "breakdowns";

  /** {@link Casualties#perpetratorsIncluded()}. */
  public static final String PERPETRATORS_INCLUDED = "perpetratorsIncluded";

  /** {@link Casualties.Breakdown#group()}. */
  public static final String GROUP = "group";

  /** {@link Estimate#low()}. */
  public static final String LOW = "low";

  /** {@link Estimate#best()}. */
  public static final String BEST = "best";

  /** {@link Estimate#high()}. */
  public static final String HIGH = "high";

  /** {@link Source#publisher()}. */
  public static final String PUBLISHER = "publisher";

  /** {@link Source#url()}. */
  public static final String URL = "url";

  /** {@link Source#published()}. */
  public static final String PUBLISHED = "published";

  /** {@link Source#accessed()}. */
  public static final String ACCESSED = "accessed";

  /** {@link Source#quote()}. */
  public static final String QUOTE = "quote";

  /** {@code admin1} of places. */
  public static final String ADMIN1 = "admin1";

  /** {@code admin2} of places. */
  public static final String ADMIN2 = "admin2";

  /** {@code locality} of places. */
  public static final String LOCALITY = "locality";

  /** {@code coordinates} of places. */
  public static final String COORDINATES = "coordinates";

  /** {@code latitude} of coordinates. */
  public static final String LATITUDE = "latitude";

  /** {@code longitude} of coordinates. */
  public static final String LONGITUDE = "longitude";

  /** {@code geoPrecision} of places. */
  public static final String GEO_PRECISION = "geoPrecision";

  /** {@code gazetteerIds} of places. */
  public static final String GAZETTEER_IDS = "gazetteerIds";
}
