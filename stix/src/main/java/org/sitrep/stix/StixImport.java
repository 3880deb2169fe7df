package org.sitrep.stix;

import java.util.List;
import java.util.Objects;
import org.sitrep.core.Dataset;

/**
 * What importing a STIX bundle gave: the dataset, how many objects the bundle held, and each object
 * that was not mapped, with the reason. An object is <em>mapped</em> when it became a record or
 * part of one (a location, a relationship, the Sitrep report and extension definition), and
 * <em>unmapped</em> otherwise; {@code objectsRead() == mapped() + unmapped().size()}.
 *
 * <pre>{@code
 * StixImport result = SitrepStix.defaults().read(Path.of("bundle.json"));
 * Dataset dataset = result.dataset();
 * System.out.println(result.summary()); // read 12 objects: 9 mapped, 3 not mapped
 * }</pre>
 *
 * @param dataset the records the bundle held, in bundle order
 * @param objectsRead how many entries the bundle's {@code objects} array held
 * @param unmapped the objects that were not mapped, in bundle order
 */
public record StixImport(Dataset dataset, int objectsRead, List<UnmappedObject> unmapped) {

  /**
   * Checks the components and copies the list.
   *
   * @param dataset the records the bundle held, in bundle order
   * @param objectsRead how many entries the bundle's {@code objects} array held
   * @param unmapped the objects that were not mapped, in bundle order
   */
  public StixImport {
    Objects.requireNonNull(dataset, "dataset");
    unmapped = List.copyOf(unmapped);
    if (objectsRead < unmapped.size()) {
      throw new IllegalArgumentException("more unmapped objects than objects read");
    }
  }

  /** {@return how many objects became records or parts of records} */
  public int mapped() {
    return objectsRead - unmapped.size();
  }

  /** {@return one line: {@code read 12 objects: 9 mapped, 3 not mapped}} */
  public String summary() {
    return "read "
        + objectsRead
        + " objects: "
        + mapped()
        + " mapped, "
        + unmapped.size()
        + " not mapped";
  }
}
