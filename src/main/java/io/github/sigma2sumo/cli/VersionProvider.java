package io.github.sigma2sumo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven wrote into {@code version.properties} at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {
  static String version() {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/io/github/sigma2sumo/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException ignored) {
      // fall through to "unknown"
    }
    return p.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"sigma2sumo " + version()};
  }
}
