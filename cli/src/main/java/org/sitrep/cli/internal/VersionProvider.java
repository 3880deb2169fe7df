package org.sitrep.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code sitrep --version}: the project version, filtered into {@code version.properties}. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    Properties properties = new Properties();
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/org/sitrep/cli/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new String[] {
      "sitrep " + properties.getProperty("version", "unknown"),
      "Sitrep wire format 1.0; Java " + Runtime.version()
    };
  }
}
