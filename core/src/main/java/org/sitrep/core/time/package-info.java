/**
 * Dates as sources give them: fuzzy dates, periods and exact timestamps, written on the wire as
 * EDTF and ISO 8601 strings.
 *
 * <p><b>EDTF support.</b> {@link org.sitrep.core.time.FuzzyDate} and {@link
 * org.sitrep.core.time.Period} implement the Extended Date/Time Format (Library of Congress EDTF,
 * ISO 8601-2:2019) at level 1 for calendar dates and intervals, with these limits and additions:
 *
 * <ul>
 *   <li>supported: years 0000 to 9999 with year, month or day precision; the qualifiers {@code ~}
 *       (approximate), {@code ?} (uncertain) and {@code %} (both) at the end of a date; digits
 *       unspecified from the right ({@code 202X}, {@code 20XX}, {@code 2024-XX}, {@code
 *       2024-10-XX}, {@code 2024-XX-XX}); seasons {@code 21} to {@code 24}; intervals with open
 *       ({@code ..}) and unknown (empty) ends;
 *   <li>not supported, and refused with a message that says so: times of day (see {@link
 *       org.sitrep.core.time.Timestamp}), negative years, years beyond 9999 ({@code Y170000002}),
 *       two-digit centuries ({@code 19}), years unspecified beyond their last two digits ({@code
 *       1XXX}, {@code XXXX}), qualified seasons and qualified dates with unspecified digits, and
 *       every level 2 form;
 *   <li>beyond level 1, so that real data loads whole: an interval's ends may be seasons or have
 *       unspecified digits ({@code 2024-24/2025-21}, {@code 2024-11-XX/2024-12}), and an inverted
 *       interval ({@code 2024-12-15/2024-11-21}) parses; validation reports it.
 * </ul>
 *
 * <p>Parsing is exact: every accepted string prints back unchanged, and every refused one raises a
 * {@link java.time.format.DateTimeParseException} that names the zero-based position and what was
 * expected there.
 *
 * <p><b>Seasons.</b> EDTF does not say which days a season covers. Sitrep uses Northern-hemisphere
 * meteorological seasons: spring ({@code 21}) is 1 March to 31 May, summer ({@code 22}) 1 June to
 * 31 August, autumn ({@code 23}) 1 September to 30 November, winter ({@code 24}) 1 December to the
 * end of February of the next year. (EDTF.js, the reference implementation, uses calendar quarters
 * instead.)
 *
 * <p><b>Possible days.</b> Every span knows the earliest and the latest day it can be; questions
 * such as "can these overlap" and "is this certainly before that" are answered on those days.
 * Qualifiers say how far a source can be trusted and do not widen them.
 */
@NullMarked
package org.sitrep.core.time;

import org.jspecify.annotations.NullMarked;
