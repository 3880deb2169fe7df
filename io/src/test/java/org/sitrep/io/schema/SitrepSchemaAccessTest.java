package org.sitrep.io.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.io.SitrepSchema;

class SitrepSchemaAccessTest {

  @Test
  void thePublicAccessorGivesTheSchemaTheTestsValidateWith() {
    assertThat(SitrepSchema.text()).isEqualTo(SchemaValidation.text());
    assertThat(SitrepSchema.text()).contains("\"$id\": \"" + SitrepSchema.ID + "\"");
    assertThat(SchemaValidation.RESOURCE).isEqualTo("/" + SitrepSchema.RESOURCE);
  }
}
