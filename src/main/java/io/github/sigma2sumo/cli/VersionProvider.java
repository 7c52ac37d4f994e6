package io.github.sigma2sumo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The version and git commit Maven wrote into {@code version.properties} at build time: {@code
 * sigma2sumo 0.1.0 (1a2b3c4d5e6f)}, or {@code (unknown)} for a build without git (a source archive).
 */
final class VersionProvider implements CommandLine.IVersionProvider {
  private static final Properties BUILD = load();

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/io/github/sigma2sumo/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException ignored) {
      // fall through to "unknown"
    }
    return p;
  }

  static String version() {
    return known(BUILD.getProperty("version"));
  }

  /** The short commit the build was made from, or {@code unknown}. */
  static String commit() {
    return known(BUILD.getProperty("commit"));
  }

  /** A value the build did not fill in (no git: the placeholder stays) is unknown. */
  private static String known(String value) {
    return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"sigma2sumo " + version() + " (" + commit() + ")"};
  }
}
