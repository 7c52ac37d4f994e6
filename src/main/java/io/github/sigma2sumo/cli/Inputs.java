package io.github.sigma2sumo.cli;

import io.github.sigma2sumo.parallel.ParallelMap;
import io.github.sigma2sumo.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the files a command names: files as given, directories searched recursively for one
 * extension (sorted, so output order is stable), {@code -} for standard input. Text must be UTF-8
 * without NUL bytes; anything else is an unreadable input with a reason, never an exception.
 */
final class Inputs {

  /** A file that could not be read, and why. */
  record Unreadable(String name, String reason) {}

  /** Larger inputs are refused before reading: no query or rule is anywhere near this size. */
  static final long MAX_BYTES = 64L << 20;

  final List<SourceFile> sources = new ArrayList<>();
  final List<Unreadable> unreadable = new ArrayList<>();
  /** Things worth telling that are not errors, such as a directory without inputs. */
  final List<String> notices = new ArrayList<>();

  static Inputs read(List<String> paths, List<String> extensions, InputStream stdin) {
    Inputs inputs = new Inputs();
    for (String p : paths) {
      if (p.equals("-")) {
        try {
          Optional<byte[]> bytes = readAll(Channels.newChannel(stdin), 0, MAX_BYTES);
          if (bytes.isEmpty()) {
            inputs.unreadable.add(new Unreadable("-",
                "standard input holds more than " + MAX_BYTES + " bytes, the limit"));
          } else {
            inputs.add("-", bytes.get());
          }
        } catch (IOException e) {
          inputs.unreadable.add(new Unreadable("-", e.getMessage()));
        }
        continue;
      }
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        try {
          List<Path> found = DirectoryWalk.find(path, extensions);
          if (found.isEmpty()) {
            inputs.notices.add(p + ": no " + String.join(", ", extensions.stream().map(e -> "*" + e).toList())
                + " files in this directory");
          }
          // read in parallel (a corpus is thousands of small files), kept in the sorted order
          ParallelMap.map(found, Inputs::readFile).forEach(inputs::keep);
        } catch (IOException e) {
          inputs.unreadable.add(new Unreadable(p, "cannot list directory: " + e.getMessage()));
        }
      } else if (Files.exists(path)) {
        inputs.addFile(path); // regular files, and pipes such as /dev/stdin or <(command)
      } else {
        inputs.unreadable.add(new Unreadable(p, "no such file or directory"));
      }
    }
    return inputs;
  }

  private void addFile(Path file) {
    keep(readFile(file));
  }

  private void add(String name, byte[] bytes) {
    keep(decode(name, bytes));
  }

  /** One input read: its text, or why it has none. */
  private record Read(SourceFile source, Unreadable problem) {
    Read(Unreadable problem) {
      this(null, problem);
    }

    Read(SourceFile source) {
      this(source, null);
    }
  }

  private void keep(Read read) {
    if (read.source() != null) {
      sources.add(read.source());
    } else {
      unreadable.add(read.problem());
    }
  }

  /** A file's bytes, read through one open file: its size comes from that file, not another lookup. */
  private static Read readFile(Path file) {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long size = channel.size(); // 0 for a pipe
      Optional<byte[]> bytes = size > MAX_BYTES ? Optional.empty() : readAll(channel, (int) size, MAX_BYTES);
      if (bytes.isEmpty()) {
        return new Read(new Unreadable(file.toString(), "file holds more than " + MAX_BYTES + " bytes, the limit"));
      }
      return decode(file.toString(), bytes.get());
    } catch (IOException | OutOfMemoryError e) {
      return new Read(new Unreadable(file.toString(), "cannot read: " + e.getMessage()));
    }
  }

  /**
   * Everything up to the end: {@code size} bytes, in one array without a copy, from a file that
   * does not change while it is read; or nothing past {@code limit} bytes (a pipe, or a file that grows).
   */
  static Optional<byte[]> readAll(ReadableByteChannel channel, int size, long limit) throws IOException {
    byte[] bytes = new byte[size > 0 ? size : (int) Math.min(8192, limit)];
    int n = 0;
    while (true) {
      if (n == bytes.length) {
        ByteBuffer probe = ByteBuffer.allocate(1);
        int more = channel.read(probe);
        if (more < 0) {
          return Optional.of(bytes);
        }
        if (n >= limit) {
          return Optional.empty();
        }
        bytes = Arrays.copyOf(bytes, (int) Math.min(2L * n + 1, limit));
        if (more > 0) {
          bytes[n++] = probe.get(0);
        }
      }
      int read = channel.read(ByteBuffer.wrap(bytes, n, bytes.length - n));
      if (read < 0) {
        return Optional.of(Arrays.copyOf(bytes, n));
      }
      n += read;
    }
  }

  private static Read decode(String name, byte[] bytes) {
    boolean ascii = true;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return new Read(new Unreadable(name, "binary file (NUL byte at offset " + i + ")"));
      }
      ascii &= bytes[i] > 0;
    }
    if (ascii) { // most rules: no decoder needed
      return new Read(SourceFile.of(name, new String(bytes, StandardCharsets.US_ASCII)));
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return new Read(SourceFile.of(name, text));
    } catch (CharacterCodingException e) {
      return new Read(new Unreadable(name, "not valid UTF-8"));
    }
  }
}
