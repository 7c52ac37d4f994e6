package io.github.sigma2sumo.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: the text goes, as UTF-8, into a temporary file beside it,
 * which is then moved into place; when writing fails the temporary file is removed and the file
 * keeps what it held. The text is streamed, so a pack of thousands of rules is never held in
 * memory as one string.
 */
final class AtomicFile {
  private AtomicFile() {}

  /** Writes the text of a file to a writer. */
  @FunctionalInterface
  interface Body {
    void writeTo(Writer out) throws IOException;
  }

  static void write(Path file, String text) throws IOException {
    write(file, out -> out.write(text));
  }

  static void write(Path file, Body body) throws IOException {
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, "it is a directory");
    }
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
    try {
      // an encoder that reports malformed text (a lone surrogate) rather than writing '?'; the
      // encoder hands on 8 KB at a time, which the stream below gathers into fewer, larger writes
      try (Writer out = new BufferedWriter(new OutputStreamWriter(new BufferedOutputStream(
          Files.newOutputStream(tmp), 1 << 16), StandardCharsets.UTF_8.newEncoder()), 1 << 16)) {
        body.writeTo(out);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Why a file could not be written, in words: the JDK's messages are often only a path, and here
   * that of the temporary file.
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "the directory does not exist";
    } else if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage();
  }
}
