package org.sitrep.validation.internal;

import java.util.Currency;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.sitrep.core.Investment;
import org.sitrep.core.Money;
import org.sitrep.core.PropertyNames;
import org.sitrep.validation.Pointer;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RecordRule;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * {@code money.currency}: an investment's {@code value} whose currency is not an ISO 4217 code
 * {@link Currency} knows, upper case: {@code USD}, not {@code usd} or {@code $}.
 */
final class MoneyCurrencyRule implements RecordRule {

  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("money.currency", Severity.ERROR, "not an ISO 4217 code");

  private static final Set<String> CODES = codes();

  private static Set<String> codes() {
    Set<String> codes = new HashSet<>();
    for (Currency currency : Currency.getAvailableCurrencies()) {
      codes.add(currency.getCurrencyCode());
    }
    return Set.copyOf(codes);
  }

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RecordContext context) {
    if (!(context.record() instanceof Investment)) {
      return;
    }
    check(context, (Investment) context.record());
  }

  /** The check of an investment. */
  static void check(RecordContext context, Investment investment) {
    Optional<Money> value = investment.value();
    if (value.isPresent() && !CODES.contains(value.get().currencyCode())) {
      String code = value.get().currencyCode();
      context
          .report(
              Pointer.of(PropertyNames.VALUE, PropertyNames.CURRENCY),
              "'" + code + "' is not an ISO 4217 currency code: use a code such as USD or PKR")
          .argument("currency", code);
    }
  }
}
