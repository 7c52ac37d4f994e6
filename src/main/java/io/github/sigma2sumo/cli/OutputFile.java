package io.github.sigma2sumo.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Writes a file whole or not at all: the text goes, as UTF-8, into a temporary file beside it,
 * which is then moved into place; when writing fails the temporary file is removed and the file
 * keeps what it held. A long text is streamed, so a pack of thousands of rules is never held in
 * memory as one string; a short one is encoded at once.
 */
final class AtomicFile {
  private AtomicFile() {}

  /** Writes the text of a file to a writer. */
  @FunctionalInterface
  interface Body {
    void writeTo(Writer out) throws IOException;
  }

  /** Writes the bytes of a file to a stream. */
  @FunctionalInterface
  private interface Bytes {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * A short text, encoded at once: no buffers to fill, as a rule's query is a few hundred bytes. A
   * file that already holds exactly this text is left as it is, time included: compiling again
   * into the same directory then writes only what changed (replacing a file by renaming another
   * over it costs the file system more than reading it).
   */
  static void write(Path file, String text) throws IOException {
    // an encoder reports malformed text (a lone surrogate) rather than writing '?'
    ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
    Optional<BasicFileAttributes> now = attributes(file); // one look: a directory, a file to compare, or none
    if (now.isPresent() && now.get().isDirectory()) {
      throw isADirectory(file);
    }
    boolean same = now.filter(a -> a.isRegularFile() && a.size() == bytes.remaining()).isPresent() && holds(file, bytes);
    if (!same) {
      moveIntoPlace(file, out -> out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining()));
    }
  }

  /** The file's attributes; none when it is absent or cannot be read (writing it anew reports what is wrong). */
  private static Optional<BasicFileAttributes> attributes(Path file) {
    try {
      return Optional.of(Files.readAttributes(file, BasicFileAttributes.class));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** True when {@code file}, a regular file of the right size, holds exactly {@code bytes}. */
  private static boolean holds(Path file, ByteBuffer bytes) {
    try (SeekableByteChannel in = Files.newByteChannel(file)) {
      ByteBuffer held = ByteBuffer.allocate(bytes.remaining() + 1); // one more: a file that grew
      while (in.read(held) > 0) {
        if (!held.hasRemaining()) {
          return false;
        }
      }
      return held.flip().equals(bytes);
    } catch (IOException e) {
      return false; // written anew, which reports what is wrong
    }
  }

  /** A text streamed: a pack of thousands of rules is never held in memory as one string. */
  static void write(Path file, Body body) throws IOException {
    replace(file, out -> {
      // the encoder hands on 8 KB at a time, which the stream below it gathers into larger writes;
      // closing it reports a lone surrogate left at the end
      try (Writer text = new BufferedWriter(new OutputStreamWriter(new BufferedOutputStream(out, 1 << 16),
          StandardCharsets.UTF_8.newEncoder()), 1 << 16)) {
        body.writeTo(text);
      }
    });
  }

  private static void replace(Path file, Bytes bytes) throws IOException {
    if (Files.isDirectory(file)) {
      throw isADirectory(file);
    }
    moveIntoPlace(file, bytes);
  }

  private static FileSystemException isADirectory(Path file) {
    return new FileSystemException(file.toString(), null, "it is a directory");
  }

  /** Writes a temporary file beside {@code file} and renames it over {@code file}. */
  private static void moveIntoPlace(Path file, Bytes bytes) throws IOException {
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
    boolean moved = false;
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        bytes.writeTo(out);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
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
    } else if (e instanceof CharacterCodingException) {
      return "the text is not valid Unicode (a lone surrogate), so it has no UTF-8 form";
    } else if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage();
  }
}
