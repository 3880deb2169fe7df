package org.sitrep.core;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount of money: an exact decimal amount (never a double), an ISO 4217 currency code, and
 * whether the amount is approximate ("a $65-billion investment").
 *
 * <p>The code is kept as written so that a file with a bad code still loads; validation reports
 * {@code money.currency} for codes that {@link java.util.Currency} does not know.
 *
 * <pre>{@code
 * Money cpec = Money.approximately(new BigDecimal("65000000000"), "USD");
 * Optional<Currency> usd = cpec.currency(); // US Dollar
 * }</pre>
 *
 * @param amount the exact amount
 * @param currencyCode the ISO 4217 code as written, e.g. {@code USD}
 * @param approximate whether the amount is a rounded or estimated figure
 */
public record Money(BigDecimal amount, String currencyCode, boolean approximate) {

  /**
   * Refuses nulls.
   *
   * @param amount the amount
   * @param currencyCode the ISO 4217 currency code, e.g. {@code USD}
   * @param approximate whether the amount is approximate
   */
  public Money {
    Objects.requireNonNull(amount, "Money.amount");
    Objects.requireNonNull(currencyCode, "Money.currencyCode");
  }

  /**
   * {@return an exact amount}
   *
   * @param amount the amount
   * @param currencyCode the ISO 4217 currency code, e.g. {@code USD}
   */
  public static Money of(BigDecimal amount, String currencyCode) {
    return new Money(amount, currencyCode, false);
  }

  /**
   * {@return an approximate amount}
   *
   * @param amount the amount
   * @param currencyCode the ISO 4217 currency code, e.g. {@code USD}
   */
  public static Money approximately(BigDecimal amount, String currencyCode) {
    return new Money(amount, currencyCode, true);
  }

  /** {@return the currency, or empty when the code is not an ISO 4217 code the JDK knows} */
  public Optional<Currency> currency() {
    try {
      return Optional.of(Currency.getInstance(currencyCode));
    } catch (IllegalArgumentException unknownCode) {
      return Optional.empty();
    }
  }
}
