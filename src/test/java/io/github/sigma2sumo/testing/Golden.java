package io.github.sigma2sumo.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: generated text compared with a file committed under src/test/resources/golden/.
 * Run with {@code -Dgolden.update=true} to rewrite them from the current output, then review the
 * change in {@code git diff}.
 */
public final class Golden {
  public static final Path ROOT =
      Path.of(System.getProperty("project.root", "."), "src", "test", "resources", "golden");

  private Golden() {}

  public static void assertMatches(Path expectedFile, String actual) {
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(expectedFile.getParent());
        Files.writeString(expectedFile, actual);
        return;
      }
      assertThat(expectedFile).as("golden file (create it with -Dgolden.update=true)").exists();
      assertThat(actual).as("output against %s (update with -Dgolden.update=true)", expectedFile)
          .isEqualTo(Files.readString(expectedFile));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
