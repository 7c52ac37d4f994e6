package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code -o} does to whatever is at its path: regular files are replaced whole with the mode an
 * ordinary write gives (or the mode they had); links are followed, never replaced; devices and FIFOs
 * are written through, never replaced; {@code -} is standard output.
 */
class OutputFileTest {

  @TempDir Path dir;

  private static final OutputFile.Body HELLO = out -> out.write("hello\n");

  @Test
  void aNewFileGetsTheModeAnOrdinaryWriteGives() throws IOException {
    Path ordinary = Files.writeString(dir.resolve("ordinary.txt"), "x"); // the umask applied by the kernel
    Path file = dir.resolve("pack.json");
    OutputFile.write(file, HELLO, new StringWriter());
    assertThat(Files.readString(file)).isEqualTo("hello\n");
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    Path small = dir.resolve("rule.sumo");
    OutputFile.write(small, "query\n");
    assertThat(Files.getPosixFilePermissions(small)).isEqualTo(Files.getPosixFilePermissions(ordinary));
  }

  @Test
  void aReplacedFileKeepsItsMode() throws IOException {
    for (String mode : new String[] {"rw-r--r--", "rw-r-----", "rwxr-xr-x", "rw-rw-rw-"}) {
      Path file = Files.writeString(dir.resolve("pack-" + mode + ".json"), "old");
      Set<PosixFilePermission> permissions = PosixFilePermissions.fromString(mode);
      Files.setPosixFilePermissions(file, permissions);
      OutputFile.write(file, HELLO, new StringWriter());
      assertThat(Files.readString(file)).isEqualTo("hello\n");
      assertThat(Files.getPosixFilePermissions(file)).as(mode).isEqualTo(permissions);
      OutputFile.write(file, "other\n");
      assertThat(Files.getPosixFilePermissions(file)).as(mode).isEqualTo(permissions);
    }
  }

  @Test
  void aSymbolicLinkIsFollowedAndItsTargetReplaced() throws IOException {
    Path target = Files.writeString(dir.resolve("target.json"), "old");
    Path middle = Files.createSymbolicLink(dir.resolve("middle"), target.getFileName());
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), middle);
    OutputFile.write(link, HELLO, new StringWriter());
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.isSymbolicLink(middle)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("hello\n");
    OutputFile.write(link, "query\n");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("query\n");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("target.json", "middle",
          "link.json");
    }
  }

  @Test
  void aDanglingLinkGetsItsTargetCreated() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), dir.resolve("sub/../new.json"));
    Files.createDirectories(dir.resolve("sub"));
    OutputFile.write(link, HELLO, new StringWriter());
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(dir.resolve("new.json"))).isEqualTo("hello\n");
  }

  @Test
  void aLoopOfLinksIsAnErrorNotAHang() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    assertThatThrownBy(() -> OutputFile.write(a, HELLO, new StringWriter()))
        .isInstanceOf(FileSystemException.class).satisfies(e ->
            assertThat(OutputFile.reason((IOException) e)).isEqualTo("too many levels of symbolic links"));
    assertThat(Files.isSymbolicLink(a)).isTrue();
  }

  @Test
  void aLinkToACharacterDeviceIsWrittenThroughAndTheDeviceStays() throws IOException {
    Path devNull = Path.of("/dev/null");
    assumeThat(Files.exists(devNull)).isTrue();
    Path link = Files.createSymbolicLink(dir.resolve("null.json"), devNull);
    OutputFile.write(link, HELLO, new StringWriter());
    OutputFile.write(link, "query\n");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    BasicFileAttributes attributes = Files.readAttributes(devNull, BasicFileAttributes.class);
    assertThat(attributes.isOther()).as("/dev/null is still a device").isTrue();
    assertThat(Files.size(devNull)).isZero();
  }

  @Test
  void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
    Path fifo = dir.resolve("pack.fifo");
    assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
      try {
        return new String(Files.readAllBytes(fifo), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    OutputFile.write(fifo, HELLO, new StringWriter());
    assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("hello\n");
    assertThat(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()).isTrue();
  }

  @Test
  void dashAndDevStdoutAreStandardOutput() throws IOException {
    for (String name : new String[] {"-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"}) {
      StringWriter stdout = new StringWriter();
      OutputFile.write(Path.of(name), HELLO, stdout);
      assertThat(stdout).as(name).hasToString("hello\n");
    }
    assertThat(Path.of("-")).doesNotExist();
  }

  @Test
  void aDirectoryIsRefusedAndKept() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("sub"));
    assertThatThrownBy(() -> OutputFile.write(sub, HELLO, new StringWriter())).isInstanceOf(FileSystemException.class)
        .satisfies(e -> assertThat(OutputFile.reason((IOException) e)).isEqualTo("it is a directory"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), sub);
    assertThatThrownBy(() -> OutputFile.write(link, "x")).isInstanceOf(FileSystemException.class);
    assertThat(Files.isDirectory(sub, LinkOption.NOFOLLOW_LINKS)).isTrue();
  }

  @Test
  void aFailedWriteLeavesTheFileAndNoTemporaryFile() throws IOException {
    Path file = Files.writeString(dir.resolve("pack.json"), "old");
    assertThatThrownBy(() -> OutputFile.write(file, out -> {
      out.write("partial");
      throw new IOException("disk full");
    }, new StringWriter())).hasMessage("disk full");
    assertThat(Files.readString(file)).isEqualTo("old");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("pack.json");
    }
  }
}
