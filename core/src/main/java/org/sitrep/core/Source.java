package org.sitrep.core;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.core.internal.ExtensionKeys;
import org.sitrep.core.time.TimeSpan;

/**
 * Where a record's facts come from: a news report, an official statement, a dataset row.
 *
 * <pre>{@code
 * Source reuters = Source.builder()
 *     .publisher("Reuters")
 *     .title("Pakistan plans new military offensive in Balochistan")
 *     .published(FuzzyDate.parse("2024-11-20"))
 *     .quote("the BLA claimed a suicide bombing last month")
 *     .build();
 * }</pre>
 */
@Value.Immutable
// exports: Immutables' annotations stay in the class file; users never need Immutables.
@SuppressWarnings("exports")
public abstract class Source implements Extensible {

  Source() {}

  /** {@return who published it, e.g. "Reuters"} */
  public abstract Optional<String> publisher();

  /** {@return the title or headline} */
  public abstract Optional<String> title();

  /** {@return where it can be read, as written (not checked: real data holds broken URLs)} */
  public abstract Optional<String> url();

  /** {@return when it was published: a fuzzy date or an exact timestamp} */
  public abstract Optional<TimeSpan> published();

  /** {@return when it was read or retrieved} */
  public abstract Optional<TimeSpan> accessed();

  /** {@return the passage that supports the record} */
  public abstract Optional<String> quote();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this source's values, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    ExtensionKeys.check(extensions(), () -> "Source");
  }

  /**
   * Builds a {@link Source}; every field is optional.
   *
   * <pre>{@code
   * Source dawn = Source.builder()
   *     .publisher("Dawn")
   *     .url("https://example.org/dawn/karachi-airport")
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
