package org.sitrep.io;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.sitrep.core.Actor;
import org.sitrep.core.Dataset;
import org.sitrep.core.Exercise;
import org.sitrep.core.Incident;
import org.sitrep.core.Investment;
import org.sitrep.core.Operation;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Statement;
import org.sitrep.io.internal.JsonCodec;
import org.sitrep.io.internal.ModuleCodecs;

/**
 * A Jackson module that teaches a user's own {@code ObjectMapper} the Sitrep wire format for
 * records ({@link SitrepRecord} and each record type) and documents ({@link Dataset}), through the
 * same hand-written codec as {@link SitrepJson}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new SitrepModule());
 * Incident incident = mapper.readValue(json, Incident.class);
 * String text = mapper.writeValueAsString(incident);
 * }</pre>
 *
 * <p>Read problems reach the caller as a {@code JsonMappingException} whose message is the {@link
 * SitrepReadException}'s one line and whose cause is that exception. The mapper's own parser
 * settings (limits, pretty printing) apply.
 *
 * <p>This is the one class of io that needs jackson-databind, which io declares optional: a program
 * that uses it has databind already, as it has an {@code ObjectMapper}.
 */
// exports: SimpleModule's module is required static, not transitive: a module that reads
// org.sitrep.io must compile without databind, and one that uses SitrepModule requires databind.
@SuppressWarnings("exports")
public final class SitrepModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** A strict module. */
  public SitrepModule() {
    this(
        new JsonCodec(
            true,
            false,
            false,
            StreamReadConstraints.defaults(),
            SitrepJson.DEFAULT_MAX_LINE_LENGTH));
  }

  SitrepModule(JsonCodec codec) {
    super("SitrepModule", Version.unknownVersion());
    addDeserializer(
        SitrepRecord.class, new ModuleCodecs.RecordDeserializer<>(codec, SitrepRecord.class));
    addDeserializer(Actor.class, new ModuleCodecs.RecordDeserializer<>(codec, Actor.class));
    addDeserializer(Incident.class, new ModuleCodecs.RecordDeserializer<>(codec, Incident.class));
    addDeserializer(Operation.class, new ModuleCodecs.RecordDeserializer<>(codec, Operation.class));
    addDeserializer(Exercise.class, new ModuleCodecs.RecordDeserializer<>(codec, Exercise.class));
    addDeserializer(
        Investment.class, new ModuleCodecs.RecordDeserializer<>(codec, Investment.class));
    addDeserializer(Statement.class, new ModuleCodecs.RecordDeserializer<>(codec, Statement.class));
    addDeserializer(Dataset.class, new ModuleCodecs.DatasetDeserializer(codec));
    addSerializer(SitrepRecord.class, new ModuleCodecs.RecordSerializer(codec));
    addSerializer(Dataset.class, new ModuleCodecs.DatasetSerializer(codec));
  }
}
