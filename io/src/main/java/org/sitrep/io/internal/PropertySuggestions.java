package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.io.SitrepSchema;

/**
 * The property a misspelt name most likely meant, from the property names of the shipped JSON
 * Schema's definitions: {@code casualities} gives {@code casualties}, {@code sub_category} gives
 * {@code subCategory}. Read once, on the first unknown property (an error path only).
 */
final class PropertySuggestions {

  /** The definitions whose objects take {@code x_} extensions. */
  static final Set<String> EXTENSIBLE =
      Set.of(
          "actor",
          "incident",
          "operation",
          "exercise",
          "investment",
          "statement",
          "involvement",
          "affiliation",
          "source",
          "casualties",
          "place");

  private PropertySuggestions() {}

  private static final class Holder {
    static final Map<String, List<String>> PROPERTIES = read();
  }

  /**
   * The property of the definition the name most likely meant: the same name but for case, {@code
   * _} and {@code -}; else the closest within two edits (one for names up to five characters); null
   * when none is that close.
   */
  static @Nullable String closest(String definition, String name) {
    List<String> properties = Holder.PROPERTIES.getOrDefault(definition, List.of());
    String plain = plain(name);
    for (String property : properties) {
      if (plain(property).equals(plain)) {
        return property;
      }
    }
    int limit = name.length() <= 5 ? 1 : 2;
    String best = null;
    int bestDistance = limit + 1;
    for (String property : properties) {
      int distance = distance(name.toLowerCase(Locale.ROOT), property.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = property;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static String plain(String name) {
    return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
  }

  /** The optimal string alignment distance: insertions, deletions, substitutions, swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** The {@code properties} names of every {@code $defs} entry of the shipped schema. */
  private static Map<String, List<String>> read() {
    Map<String, List<String>> properties = new HashMap<>();
    try (InputStream in = SitrepSchema.open();
        JsonParser p = new JsonFactory().createParser(in)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String top = p.currentName();
        p.nextToken();
        if (!top.equals("$defs")) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String definition = p.currentName();
          p.nextToken();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            if (key.equals("properties") && p.currentToken() == JsonToken.START_OBJECT) {
              List<String> names = new ArrayList<>();
              while (p.nextToken() == JsonToken.FIELD_NAME) {
                names.add(p.currentName());
                p.nextToken();
                p.skipChildren();
              }
              properties.put(definition, List.copyOf(names));
            } else {
              p.skipChildren();
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the shipped JSON Schema cannot be read", e);
    }
    return properties;
  }
}
