package io.github.sigma2sumo.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip as a user gets it: its layout, modes and fixed times, and, unpacked elsewhere and
 * run with nothing but {@code java} on the PATH, the same output as the build's own launcher.
 */
class ReleaseZipIT {
  private static final Path ZIP = Path.of(System.getProperty("release.zip", "target/none.zip"));
  private static final String NAME = System.getProperty("release.name", "sigma2sumo");

  @TempDir Path dir;

  @Test
  void theZipHoldsTheLaunchersTheJarTheLicenceAndTheReadme() throws Exception {
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      List<String> names = zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).toList();
      assertThat(names).startsWith(NAME + "/bin/sigma2sumo", NAME + "/bin/sigma2sumo.cmd", NAME + "/lib/sigma2sumo.jar")
          .contains(NAME + "/LICENSE", NAME + "/README.md");
      assertThat(zip.stream().map(ZipEntry::getLastModifiedTime).distinct()).hasSize(1);
      String cmd = new String(zip.getInputStream(zip.getEntry(NAME + "/bin/sigma2sumo.cmd")).readAllBytes(),
          StandardCharsets.UTF_8);
      assertThat(cmd).contains("\r\n").doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
    }
  }

  @Test
  void unpackedElsewhereItRunsWithOnlyJavaOnThePath() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/unzip")), "needs unzip, which keeps the launcher's mode");
    run(List.of("/usr/bin/unzip", "-q", ZIP.toString(), "-d", dir.toString()), System.getenv("PATH"));
    Path launcher = dir.resolve(NAME + "/bin/sigma2sumo");
    Set<PosixFilePermission> mode = Files.getPosixFilePermissions(launcher);
    assertThat(PosixFilePermissions.toString(mode)).isEqualTo("rwxr-xr-x");
    Path javaOnly = Files.createDirectories(dir.resolve("path"));
    Files.createSymbolicLink(javaOnly.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    // the launcher's cache goes to a fresh HOME, as on a new machine
    String version = run(List.of(launcher.toString(), "--version"), javaOnly + ":/usr/bin:/bin");
    assertThat(version).matches("sigma2sumo \\S+ \\((unknown|[0-9a-f]{12})\\)\\n");
    Path root = Path.of(System.getProperty("project.root", "."));
    String unpacked = run(List.of(launcher.toString(), "compile", "rules"), javaOnly + ":/usr/bin:/bin");
    String built = run(List.of(Path.of(System.getProperty("launcher", "target/sigma2sumo")).toString(), "compile",
        "rules"), System.getenv("PATH"));
    assertThat(unpacked).isEqualTo(built).contains("_sourceCategory=");
    assertThat(root.resolve("rules")).isDirectory();
  }

  private String run(List<String> command, String path) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(Path.of(System.getProperty("project.root", ".")).toFile());
    builder.environment().put("PATH", path);
    builder.environment().remove("JAVA_HOME");
    builder.environment().put("HOME", dir.resolve("home").toString());
    builder.environment().remove("XDG_CACHE_HOME");
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = builder.start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
    return out;
  }
}
