package org.sitrep.tabular.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.sitrep.core.Id;

/**
 * Id slugs derived from names: lower case, accents dropped, every run of other characters a single
 * {@code -}. A slug longer than {@link Id#MAX_SLUG_LENGTH} is cut and ends with eight hex digits of
 * the CRC-32 of the whole text, so that two long names sharing a beginning stay apart.
 */
public final class Slugs {

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGES = Pattern.compile("^-+|-+$");

  private Slugs() {}

  /**
   * The slug of a text, e.g. {@code "BLA: Baloch Liberation Army"} gives {@code
   * bla-baloch-liberation-army}.
   */
  public static String of(String text) {
    String slug =
        EDGES
            .matcher(
                OTHERS
                    .matcher(
                        MARKS
                            .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                            .replaceAll("")
                            .toLowerCase(Locale.ROOT))
                    .replaceAll("-"))
            .replaceAll("");
    if (slug.isEmpty()) {
      slug = "x" + hash(text);
    }
    if (slug.length() > Id.MAX_SLUG_LENGTH) {
      slug = slug.substring(0, Id.MAX_SLUG_LENGTH - 9) + "-" + hash(text);
    }
    return slug;
  }

  /** {@code prefix-slug-<crc32 of the text>}, for a text whose plain slug another text has. */
  public static String withHash(String prefix, String text) {
    String slug = of(prefix, text);
    String hash = hash(prefix + " " + text);
    return slug.endsWith(hash)
        ? slug
        : slug.substring(0, Math.min(slug.length(), Id.MAX_SLUG_LENGTH - 9)) + "-" + hash;
  }

  /** {@code prefix-slug}, kept within the length limit. */
  public static String of(String prefix, String text) {
    return of(prefix + " " + text);
  }

  private static String hash(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return String.format("%08x", crc.getValue());
  }
}
