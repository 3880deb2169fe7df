package org.sitrep.tabular.internal;

import java.util.List;
import java.util.Locale;
import org.sitrep.core.Actor;

/**
 * ACLED's actor types ("inter codes"): 1 State forces, 2 Rebel group, 3 Political militia, 4
 * Identity militia, 5 Rioters, 6 Protesters, 7 Civilians, 8 External/Other forces; 0 or empty for
 * no actor. Older exports write the number, current ones the label.
 */
public final class AcledActorTypes {

  /** The current codebook's labels, by code (index 0 unused). */
  private static final List<String> LABELS =
      List.of(
          "",
          "State forces",
          "Rebel group",
          "Political militia",
          "Identity militia",
          "Rioters",
          "Protesters",
          "Civilians",
          "External/Other forces");

  private AcledActorTypes() {}

  /**
   * The code of a cell: a number 0 to 8 or a label (any case).
   *
   * @return the code, 0 for an empty cell
   * @throws IllegalArgumentException for anything else
   */
  public static int parse(String cell) {
    if (cell.isEmpty()) {
      return 0;
    }
    if (cell.length() == 1 && cell.charAt(0) >= '0' && cell.charAt(0) <= '8') {
      return cell.charAt(0) - '0';
    }
    for (int code = 1; code < LABELS.size(); code++) {
      if (LABELS.get(code).equalsIgnoreCase(cell)) {
        return code;
      }
    }
    throw new IllegalArgumentException(
        "not an ACLED actor type: expected 0 to 8 or one of " + LABELS.subList(1, LABELS.size()));
  }

  /** Whether a cell is written as a label rather than a number. */
  public static boolean isLabel(String cell) {
    return !cell.isEmpty() && !Character.isDigit(cell.charAt(0));
  }

  /** The label of a code, {@code ""} for 0. */
  public static String label(int code) {
    return LABELS.get(code);
  }

  /**
   * The interaction of two actor types: {@code 10 * first + second} with the smaller first, or
   * {@code 10 * type} for a single actor, as a number or in labels ({@code "State forces-Rebel
   * group"}, {@code "Protesters only"}).
   */
  public static String interaction(int inter1, int inter2, boolean labels) {
    if (inter1 == 0 && inter2 == 0) {
      return "";
    }
    int low = inter2 == 0 ? inter1 : inter1 == 0 ? inter2 : Math.min(inter1, inter2);
    int high = inter2 == 0 || inter1 == 0 ? 0 : Math.max(inter1, inter2);
    if (labels) {
      return high == 0 ? label(low) + " only" : label(low) + "-" + label(high);
    }
    return Integer.toString(low * 10 + high);
  }

  /**
   * The kind of an actor ACLED names, from its name where the name says it and from its type
   * otherwise (type 0 for an associated actor, which has none).
   */
  public static Actor.Kind kindOf(String name, int type) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith("military forces of")) {
      return Actor.Kind.MILITARY;
    }
    if (lower.startsWith("police forces of")) {
      return Actor.Kind.SECURITY_FORCE;
    }
    if (lower.startsWith("government of")) {
      return Actor.Kind.GOVERNMENT_BODY;
    }
    return switch (type) {
      case 1 -> Actor.Kind.SECURITY_FORCE;
      case 2, 3, 4 -> Actor.Kind.ARMED_GROUP;
      case 5, 6, 7 -> Actor.Kind.CIVILIAN_GROUP;
      default ->
          lower.startsWith("protesters")
                  || lower.startsWith("rioters")
                  || lower.startsWith("civilians")
              ? Actor.Kind.CIVILIAN_GROUP
              : Actor.Kind.OTHER;
    };
  }

  /** The type written for an actor whose row gave none: from its kind. */
  public static int typeOf(Actor.Kind kind) {
    return switch (kind) {
      case STATE, GOVERNMENT_BODY, MILITARY, SECURITY_FORCE -> 1;
      case ARMED_GROUP -> 2;
      case CIVILIAN_GROUP -> 7;
      default -> 8;
    };
  }
}
