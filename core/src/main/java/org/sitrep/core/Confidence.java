package org.sitrep.core;

/**
 * How confident a record's author is in it, on the STIX 2.1 scale from 0 (none) to 100 (certain).
 *
 * <pre>{@code
 * Confidence high = Confidence.of(85);
 * assert high.stixLabel().equals("High");
 * }</pre>
 *
 * @param value 0 to 100
 */
public record Confidence(int value) implements Comparable<Confidence> {

  /**
   * Checks the range.
   *
   * @param value the confidence, 0-100
   * @throws IllegalArgumentException when the value is outside 0-100
   */
  public Confidence {
    if (value < 0 || value > 100) {
      throw new IllegalArgumentException("confidence must be 0-100, was " + value);
    }
  }

  /**
   * {@return the confidence with this value, 0-100}
   *
   * @param value the confidence, 0-100
   */
  public static Confidence of(int value) {
    return new Confidence(value);
  }

  /**
   * {@return the label of the STIX 2.1 "None, Low, Med, High" scale (appendix A): 0 None, 1-29 Low,
   * 30-69 Med, 70-100 High}
   */
  public String stixLabel() {
    if (value == 0) {
      return "None";
    }
    return value < 30 ? "Low" : value < 70 ? "Med" : "High";
  }

  @Override
  public int compareTo(Confidence other) {
    return Integer.compare(value, other.value);
  }
}
