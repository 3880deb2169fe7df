/**
 * Validation of Sitrep datasets: a {@link org.sitrep.validation.Validator} runs the rule catalogue
 * (and any rules of your own) over a {@link org.sitrep.core.Dataset} or a stream of records and
 * returns an immutable {@link org.sitrep.validation.ValidationReport} of {@link
 * org.sitrep.validation.Finding findings}, each with a stable rule code, a severity, the record id
 * and the JSON pointer of the offending field.
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *     .disable("source.missing")
 *     .severity("casualties.order", Severity.ERROR)
 *     .build();
 * ValidationReport report = validator.validate(dataset);
 * if (report.hasErrors()) {
 *   System.err.print(report.toText());
 * }
 * }</pre>
 */
@NullMarked
package org.sitrep.validation;

import org.jspecify.annotations.NullMarked;
