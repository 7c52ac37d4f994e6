package io.github.sigma2sumo.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes what a command's {@code -o} names, losing nothing whatever is at that path:
 *
 * <ul>
 *   <li>{@code -} (and {@code /dev/stdout}, {@code /dev/fd/1}, {@code /proc/self/fd/1}) is the
 *       command's standard output;
 *   <li>a regular file, or nothing yet, is written whole or not at all: the text goes into a
 *       temporary file beside it, which is moved into place. A new file gets the mode an ordinary
 *       write would give ({@code 0666 & ~umask}: the temporary file is created without a mode of
 *       our own, so the kernel applies the umask); a file replaced keeps its mode and, where the
 *       process may set them, its owner and group;
 *   <li>a symbolic link is followed (to any depth, as {@code open(2)} does) and its final target is
 *       what gets replaced, never the link;
 *   <li>anything else (a character device such as {@code /dev/null}, a FIFO, a terminal, or a
 *       {@code /proc} magic link) is written through, since replacing it would destroy it.
 * </ul>
 *
 * A long text is streamed, so a pack of thousands of rules is never held in memory as one string;
 * a short one is encoded at once, and a regular file that already holds it is left as it is.
 */
final class OutputFile {
  private OutputFile() {}

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

  /** How {@code open(2)} resolves symbolic links: at most this many in a row. */
  private static final int MAX_LINKS = 40;

  /** Names that mean the command's own standard output. */
  private static final Set<String> STANDARD_OUTPUT = Set.of("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1");

  /** True when {@code name} means the command's standard output rather than a file. */
  static boolean isStandardOutput(Path name) {
    return STANDARD_OUTPUT.contains(name.toString());
  }

  /**
   * Writes {@code body} to {@code output}; to {@code stdout} (left open and flushed) when the name
   * means standard output.
   */
  static void write(Path output, Body body, Writer stdout) throws IOException {
    if (isStandardOutput(output)) {
      body.writeTo(stdout);
      stdout.flush();
      return;
    }
    Destination destination = Destination.of(output);
    Bytes bytes = out -> {
      // the encoder hands on 8 KB at a time, which the stream below it gathers into larger writes;
      // closing it reports a lone surrogate left at the end
      try (Writer text = new BufferedWriter(new OutputStreamWriter(new BufferedOutputStream(out, 1 << 16),
          StandardCharsets.UTF_8.newEncoder()), 1 << 16)) {
        body.writeTo(text);
      }
    };
    destination.write(bytes);
  }

  /**
   * A short text, encoded at once: no buffers to fill, as a rule's query is a few hundred bytes. A
   * regular file that already holds exactly this text is left as it is, time included: compiling
   * again into the same directory then writes only what changed (replacing a file by renaming
   * another over it costs the file system more than reading it). True when the file was written.
   */
  static boolean write(Path file, String text) throws IOException {
    // an encoder reports malformed text (a lone surrogate) rather than writing '?'
    ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
    Destination destination = Destination.of(file);
    if (destination.kind == Kind.REGULAR && destination.size == bytes.remaining() && holds(destination.path, bytes)) {
      return false;
    }
    destination.write(out -> out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining()));
    return true;
  }

  /** What is at the end of a path's chain of links. */
  private enum Kind { ABSENT, REGULAR, DIRECTORY, OTHER }

  /** The path to write (a link's final target), what it is, and the attributes to keep. */
  private record Destination(Path path, Kind kind, long size, Optional<PosixFileAttributes> keep) {

    static Destination of(Path given) throws IOException {
      Path path = given;
      for (int links = 0; ; links++) {
        Optional<PosixFileAttributes> posix = Optional.empty();
        java.nio.file.attribute.BasicFileAttributes attributes;
        try {
          PosixFileAttributeView view =
              Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
          if (view != null) {
            posix = Optional.of(view.readAttributes());
            attributes = posix.get();
          } else {
            attributes = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
          }
        } catch (NoSuchFileException e) {
          return new Destination(path, Kind.ABSENT, 0, Optional.empty());
        }
        if (attributes.isSymbolicLink()) {
          if (links == MAX_LINKS) {
            throw new FileSystemException(given.toString(), null, "too many levels of symbolic links");
          }
          Path absolute = path.toAbsolutePath();
          if (absolute.startsWith("/proc")) {
            // a magic link (/proc/self/fd/N): its target text ("pipe:[123]") names no file;
            // opening the link is the only way to reach what it stands for
            return new Destination(path, Kind.OTHER, 0, Optional.empty());
          }
          path = absolute.resolveSibling(Files.readSymbolicLink(path));
          continue;
        }
        Kind kind = attributes.isRegularFile() ? Kind.REGULAR : attributes.isDirectory() ? Kind.DIRECTORY : Kind.OTHER;
        return new Destination(path, kind, attributes.size(), kind == Kind.REGULAR ? posix : Optional.empty());
      }
    }

    void write(Bytes bytes) throws IOException {
      switch (kind) {
        case DIRECTORY -> throw new FileSystemException(path.toString(), null, "it is a directory");
        case OTHER -> writeThrough(bytes);
        case ABSENT, REGULAR -> moveIntoPlace(bytes);
      }
    }

    /** A device, FIFO or terminal: written as it is, since replacing it would destroy it. */
    private void writeThrough(Bytes bytes) throws IOException {
      try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        bytes.writeTo(out);
      }
    }

    /** Writes a temporary file beside {@code path} and renames it over {@code path}. */
    private void moveIntoPlace(Bytes bytes) throws IOException {
      Path tmp = createTemporary();
      boolean moved = false;
      try {
        try (OutputStream out = Channels.newOutputStream(
            Files.newByteChannel(tmp, StandardOpenOption.WRITE))) {
          bytes.writeTo(out);
        }
        keepAttributes(tmp);
        try {
          Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
        }
        moved = true;
      } finally {
        if (!moved) {
          Files.deleteIfExists(tmp);
        }
      }
    }

    /**
     * A new empty file beside {@code path}. Created with no mode of ours, so that the process's
     * umask applies as for any file it writes ({@code Files.createTempFile} would make it 0600).
     */
    private Path createTemporary() throws IOException {
      Path directory = path.toAbsolutePath().getParent();
      for (int attempt = 0; ; attempt++) {
        Path tmp = directory.resolve("." + path.getFileName() + "."
            + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
        try {
          Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
          return tmp;
        } catch (FileAlreadyExistsException e) {
          if (attempt == 100) {
            throw e;
          }
        }
      }
    }

    /** The replaced file's mode, and its owner and group where the process may set them. */
    private void keepAttributes(Path tmp) throws IOException {
      if (keep.isEmpty()) {
        return;
      }
      PosixFileAttributes old = keep.get();
      PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
      view.setPermissions(old.permissions());
      try {
        PosixFileAttributes now = view.readAttributes();
        if (!now.group().equals(old.group())) {
          view.setGroup(old.group());
        }
        if (!now.owner().equals(old.owner())) {
          view.setOwner(old.owner());
        }
      } catch (IOException e) {
        // only a privileged process may give a file away; the file is still the user's to read
      }
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
