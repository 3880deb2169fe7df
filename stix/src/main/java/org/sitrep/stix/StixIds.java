package org.sitrep.stix;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * How Sitrep names STIX objects: a STIX id is {@code <stix-type>--<UUIDv5>}, the UUID derived (RFC
 * 9562, SHA-1) from a name in the fixed namespace {@link #NAMESPACE}. A record's name is its Sitrep
 * id, so {@code actor:bla} is always {@code threat-actor--<uuid5(NAMESPACE, "actor:bla")>}.
 *
 * <pre>{@code
 * String id = StixIds.of("threat-actor", "actor:bla");
 * // threat-actor--7238f50e-8ce8-5c17-8367-a6e7201e8aee
 * }</pre>
 *
 * <p>The namespace is itself a version 5 UUID: the name {@code https://sitrep.org/stix/2.1} in RFC
 * 9562's URL namespace ({@code 6ba7b811-9dad-11d1-80b4-00c04fd430c8}).
 */
public final class StixIds {

  /** The namespace of every Sitrep STIX id: {@value #NAMESPACE_TEXT}. */
  public static final UUID NAMESPACE;

  /** {@link #NAMESPACE} as text. */
  public static final String NAMESPACE_TEXT = "fe3b6b0c-005c-5fc3-9484-0d46e6f9d9a7";

  /** The id of the extension definition that declares Sitrep's STIX extension. */
  public static final String EXTENSION_DEFINITION;

  /** The id of the identity that created the extension definition ({@code Sitrep}, a system). */
  public static final String PRODUCER;

  private static final Pattern IDENTIFIER =
      Pattern.compile(
          "[a-z][a-z0-9-]+[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}"
              + "-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}");

  static {
    NAMESPACE = UUID.fromString(NAMESPACE_TEXT);
    EXTENSION_DEFINITION = of("extension-definition", "extension-definition");
    PRODUCER = of("identity", "identity:sitrep");
  }

  private StixIds() {}

  /**
   * {@return the version 5 UUID of a name in {@link #NAMESPACE}}
   *
   * <pre>{@code
   * UUID uuid = StixIds.uuid("actor:bla");
   * }</pre>
   *
   * @param name the name, e.g. a Sitrep id
   */
  public static UUID uuid(String name) {
    return uuid5(NAMESPACE, name);
  }

  /**
   * The STIX id {@code <stixType>--<uuid(name)>}.
   *
   * @param stixType the STIX type, e.g. {@code identity}
   * @param name what the UUID is derived from, e.g. a Sitrep id {@code actor:pakistan}
   * @return the STIX identifier
   */
  public static String of(String stixType, String name) {
    return stixType + "--" + uuid(name);
  }

  /**
   * {@return whether a text is a well-formed STIX identifier ({@code type--uuid})}
   *
   * @param text the text
   */
  public static boolean isIdentifier(String text) {
    return text != null && IDENTIFIER.matcher(text).matches();
  }

  /** The STIX type named by an identifier: the part before {@code --}. */
  static String typeOf(String identifier) {
    int dashes = identifier.indexOf("--");
    return dashes < 0 ? identifier : identifier.substring(0, dashes);
  }

  /** RFC 9562 section 5.5: SHA-1 of namespace and name, version 5, variant 10. */
  static UUID uuid5(UUID namespace, String name) {
    Objects.requireNonNull(name, "name");
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
    ByteBuffer prefix = ByteBuffer.allocate(16);
    prefix.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    sha1.update(prefix.array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bits.getLong(), bits.getLong());
  }
}
