package io.github.sigma2sumo.cli;

import io.github.sigma2sumo.compile.CompiledRule;
import io.github.sigma2sumo.compile.Target;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code compile -o DIR}: one file per compiled rule, named after the Sigma file it comes from so
 * that a person can browse the folder ({@code proc_creation_win_rclone_exfiltration.sumo}; a file
 * of several rules gives {@code <file>.<rule id>.sumo}), either all in {@code DIR}
 * ({@link Layout#flat}) or in the folders the rules are in below the directory they were found
 * under ({@link Layout#tree}). Each file starts with a comment naming the rule's title, id and
 * Sigma file. A file that already holds its text is left as it is.
 *
 * <p>A manifest in {@code DIR} ({@code .sigma2sumo-manifest-search} or {@code -cse}) lists the
 * files a run wrote. The next run removes those it no longer writes (a deleted or renamed rule),
 * so that a job that syncs the folder does not deploy a deleted rule again; it never removes a file
 * the manifest does not list, and {@code --no-prune} keeps them all.
 */
final class QueryFiles {

  enum Layout { flat, tree }

  private final Path directory;
  private final Target target;
  private final Layout layout;
  private final boolean prune;
  private final PrintWriter err;

  QueryFiles(Path directory, Target target, Layout layout, boolean prune, PrintWriter err) {
    this.directory = directory;
    this.target = target;
    this.layout = layout;
    this.prune = prune;
    this.err = err;
  }

  /** Writes the files; false when one could not be written (each is reported on {@code err}). */
  boolean write(List<CompiledRule> results, Map<String, java.nio.file.Path> relativeSources) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      err.println(directory + ": error: cannot create the directory: " + OutputFile.reason(e));
      return false;
    }
    Map<String, String> files = plan(results, relativeSources);
    boolean ok = true;
    TreeSet<String> written = new TreeSet<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = directory.resolve(file.getKey());
      try {
        if (path.getParent() != null) {
          Files.createDirectories(path.getParent());
        }
        OutputFile.write(path, file.getValue());
        written.add(file.getKey());
      } catch (IOException e) {
        err.println(path + ": error: cannot write: " + OutputFile.reason(e));
        ok = false;
      }
    }
    return updateManifest(written) && ok;
  }

  /** Each output file's path below the directory ('/' separated) and its text, in rule order. */
  private Map<String, String> plan(List<CompiledRule> results, Map<String, Path> relativeSources) {
    Map<String, Integer> perFile = new HashMap<>();
    for (CompiledRule r : results) {
      if (r.query().isPresent()) {
        perFile.merge(r.file(), 1, Integer::sum);
      }
    }
    String extension = target == Target.CSE ? ".cse" : ".sumo";
    Map<String, String> files = new LinkedHashMap<>();
    Map<String, Integer> used = new HashMap<>();
    for (CompiledRule r : results) {
      if (r.query().isEmpty()) {
        continue;
      }
      Path source = relativeSources.getOrDefault(r.file(), Path.of(r.file()));
      String handle = r.id().or(r::title).orElse("rule");
      String stem = r.file().equals("-") ? safeName(handle) : safeName(stem(source.getFileName().toString()));
      if (perFile.get(r.file()) > 1 && !r.file().equals("-")) {
        stem += "." + safeName(handle);
      }
      String folder = layout == Layout.tree && source.getParent() != null ? slashes(source.getParent()) + "/" : "";
      String name = folder + stem;
      int n = used.merge(name, 1, Integer::sum);
      name = n == 1 ? name : name + "-" + n;
      List<String> parts = r.queryParts(); // a chain rule's links go to files of their own, each one expression
      for (int i = 0; i < parts.size(); i++) {
        files.put(name + (parts.size() == 1 ? "" : "." + r.partName() + "-" + (i + 1)) + extension,
            heading(r) + parts.get(i) + "\n");
      }
    }
    return files;
  }

  /** The comment a file starts with: the rule's title and id, and the Sigma file it comes from. */
  private String heading(CompiledRule r) {
    String text = r.title().orElse("") + r.id().map(id -> " (" + id + ")").orElse("") + ", from " + r.file();
    text = text.replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
    return target == Target.CSE ? "/* " + text.replace("*/", "* /") + " */\n" : "// " + text + "\n";
  }

  /** The manifest's name: one per target, so that both targets may share a directory. */
  private String manifestName() {
    return ".sigma2sumo-manifest-" + target.id();
  }

  /**
   * Removes the files the last run wrote and this one did not (unless {@code --no-prune}, which
   * keeps listing them so that a later run may remove them), then lists this run's files.
   */
  private boolean updateManifest(TreeSet<String> written) {
    Path manifest = directory.resolve(manifestName());
    TreeSet<String> listed = new TreeSet<>(written);
    boolean ok = true;
    List<String> previous = previous(manifest);
    if (written.isEmpty() && previous.isEmpty() && !Files.exists(manifest, LinkOption.NOFOLLOW_LINKS)) {
      return true; // nothing written, nothing to remove: no file at all
    }
    for (String old : previous) {
      if (written.contains(old)) {
        continue;
      }
      Path file = directory.resolve(old);
      if (!prune) {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          listed.add(old);
        }
        continue;
      }
      try {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          Files.delete(file);
          removeEmptyFolders(file.getParent());
        }
      } catch (IOException e) {
        err.println(file + ": error: cannot remove the output of a rule no longer compiled: " + OutputFile.reason(e));
        listed.add(old);
        ok = false;
      }
    }
    StringBuilder text = new StringBuilder("# Files sigma2sumo compile wrote here for --target " + target.id()
        + "; the next run removes those it no longer writes (--no-prune keeps them).\n");
    listed.forEach(f -> text.append(f).append('\n'));
    try {
      OutputFile.write(manifest, text.toString());
    } catch (IOException e) {
      err.println(manifest + ": error: cannot write: " + OutputFile.reason(e));
      ok = false;
    }
    return ok;
  }

  /**
   * The files an earlier run listed; a line that is not a plain path below the directory (absolute,
   * or climbing out with {@code ..}) is ignored, so that an edited manifest cannot name a file
   * elsewhere.
   */
  private List<String> previous(Path manifest) {
    List<String> files = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(manifest);
    } catch (NoSuchFileException e) {
      return files;
    } catch (IOException e) {
      err.println(manifest + ": warning: cannot read the list of files the last run wrote, so none is removed: "
          + OutputFile.reason(e));
      return files;
    }
    for (String line : lines) {
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("/") || line.contains("\\")
          || line.equals(manifestName())) {
        continue;
      }
      Path path = Path.of(line).normalize();
      if (path.isAbsolute() || path.startsWith("..") || !slashes(path).equals(line)) {
        continue;
      }
      files.add(line);
    }
    return files;
  }

  /** Removes the folders left empty by pruning, up to the output directory. */
  private void removeEmptyFolders(Path folder) {
    Path top = directory.toAbsolutePath().normalize();
    for (Path f = folder.toAbsolutePath().normalize(); f != null && f.startsWith(top) && !f.equals(top);
        f = f.getParent()) {
      try {
        Files.delete(f);
      } catch (DirectoryNotEmptyException e) {
        return;
      } catch (IOException e) {
        return; // not ours to report: the file itself was removed
      }
    }
  }

  private static String slashes(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path part : path) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(part);
    }
    return out.toString();
  }

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** A name safe on every file system: letters, digits, '.', '_' and '-', not hidden, at most 120 characters. */
  static String safeName(String handle) {
    String name = handle.replaceAll("[^A-Za-z0-9._-]+", "_");
    name = name.replaceAll("^[._]+", "");
    return name.isEmpty() ? "rule" : name.length() > 120 ? name.substring(0, 120) : name;
  }
}
