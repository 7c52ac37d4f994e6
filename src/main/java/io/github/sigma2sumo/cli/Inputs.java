package io.github.sigma2sumo.cli;

import io.github.sigma2sumo.parallel.ParallelMap;
import io.github.sigma2sumo.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the files a command names: files as given, directories searched recursively for some
 * extensions (sorted, so output order is stable; hidden folders and {@code --exclude} globs left
 * out, see {@link DirectoryWalk}), {@code -} for standard input. A file named twice, directly or
 * through a folder, a link or another spelling of its path, is read once. Text must be UTF-8 or
 * UTF-16 (see {@link TextDecoding}); anything else is an unreadable input with a reason, never an
 * exception.
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
  /** The names of the sources found by walking a directory, rather than named on the command line. */
  final Set<String> walked = new HashSet<>();
  /** Each source's path relative to the directory it was found under; a named file's is its name. */
  final Map<String, Path> relative = new HashMap<>();

  /** The files already read, by file-system identity (device and inode where there are such). */
  private final Set<Object> seen = new HashSet<>();

  static Inputs read(List<String> paths, List<String> extensions, InputStream stdin) {
    return read(paths, extensions, stdin, List.of());
  }

  static Inputs read(List<String> paths, List<String> extensions, InputStream stdin, List<String> excludes) {
    Inputs inputs = new Inputs();
    DirectoryWalk walk = new DirectoryWalk(extensions, excludes);
    for (String p : paths) {
      if (p.equals("-")) {
        inputs.readStandardInput(stdin);
        continue;
      }
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        try {
          List<Path> found = walk.find(path);
          if (found.isEmpty()) {
            inputs.notices.add(p + ": no " + String.join(", ", extensions.stream().map(e -> "*" + e).toList())
                + " files in this directory");
          }
          // read in parallel (a corpus is thousands of small files), kept in the sorted order
          List<Read> reads = ParallelMap.map(found, Inputs::readFile);
          for (int i = 0; i < found.size(); i++) {
            inputs.keep(reads.get(i), path.relativize(found.get(i)), true);
          }
        } catch (IOException e) {
          inputs.unreadable.add(new Unreadable(p, "cannot list directory: " + e.getMessage()));
        }
      } else if (Files.exists(path)) {
        // regular files, and pipes such as /dev/stdin or <(command)
        inputs.keep(readFile(path), path.getFileName() == null ? path : path.getFileName(), false);
      } else {
        inputs.unreadable.add(new Unreadable(p, "no such file or directory"));
      }
    }
    return inputs;
  }

  private void readStandardInput(InputStream stdin) {
    try {
      Optional<byte[]> bytes = readAll(Channels.newChannel(stdin), 0, MAX_BYTES);
      if (bytes.isEmpty()) {
        unreadable.add(new Unreadable("-", "standard input holds more than " + MAX_BYTES + " bytes, the limit"));
      } else {
        keep(decode("-", bytes.get(), null), Path.of("stdin"), false);
      }
    } catch (IOException e) {
      unreadable.add(new Unreadable("-", e.getMessage()));
    }
  }

  /** One input read: its text, or why it has none, and the file's identity when it has one. */
  private record Read(SourceFile source, Unreadable problem, Object identity) {}

  private void keep(Read read, Path relativePath, boolean fromWalk) {
    if (read.identity() != null && !seen.add(read.identity())) {
      return; // named twice: rules/ and rules/t1567.002/, or a link and its target
    }
    if (read.source() != null) {
      sources.add(read.source());
      relative.put(read.source().name(), relativePath);
      if (fromWalk) {
        walked.add(read.source().name());
      }
    } else {
      unreadable.add(read.problem());
    }
  }

  /** A file's bytes, read through one open file: its size comes from that file, not another lookup. */
  private static Read readFile(Path file) {
    Object identity = identity(file);
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long size = channel.size(); // 0 for a pipe
      Optional<byte[]> bytes = size > MAX_BYTES ? Optional.empty() : readAll(channel, (int) size, MAX_BYTES);
      if (bytes.isEmpty()) {
        return new Read(null, new Unreadable(file.toString(), "file holds more than " + MAX_BYTES
            + " bytes, the limit"), identity);
      }
      return decode(file.toString(), bytes.get(), identity);
    } catch (IOException | OutOfMemoryError e) {
      return new Read(null, new Unreadable(file.toString(), "cannot read: " + e.getMessage()), identity);
    }
  }

  /**
   * What tells one file from another whatever path names it: the device and inode on POSIX file
   * systems, else the real path; none for a pipe, which is read each time it is named.
   */
  private static Object identity(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        return null;
      }
      Object key = attributes.fileKey();
      return key != null ? key : file.toRealPath();
    } catch (IOException e) {
      return null; // reading it reports what is wrong
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

  private static Read decode(String name, byte[] bytes, Object identity) {
    TextDecoding.Decoded text = TextDecoding.decode(bytes);
    return text.ok() ? new Read(SourceFile.of(name, text.text()), null, identity)
        : new Read(null, new Unreadable(name, text.problem()), identity);
  }
}
