package io.github.sigma2sumo.sigma;

import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.source.SourceFile;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a YAML file that is plainly no Sigma document (a CI workflow, a pipeline, a tool's
 * configuration) from a Sigma rule, broken or not: a file none of whose documents has any of the
 * keys that begin every Sigma rule, correlation or filter ({@code title}, {@code detection},
 * {@code correlation}, {@code filter}, {@code logsource}, {@code action}). Such a file found by
 * walking a folder of rules is skipped; named on its own, it is an error that says what it is.
 */
public final class ForeignYaml {
  private ForeignYaml() {}

  private static final Set<String> SIGMA_KEYS = Set.of("title", "detection", "correlation", "filter", "logsource",
      "action");

  /** A Sigma key at the start of a line: every rule written in block style has one, so the YAML need not be read. */
  private static final Pattern SIGMA_KEY_LINE = Pattern.compile("(?m)^(?:title|detection|correlation|filter|logsource"
      + "|action)[ \\t]*:");

  /** Why {@code file} is plainly not a Sigma file; empty when it may be one (or its YAML is broken). */
  public static Optional<String> reason(SourceFile file) {
    if (SIGMA_KEY_LINE.matcher(file.text()).find()) {
      return Optional.empty();
    }
    try {
      return reason(YamlTree.documents(file.text()));
    } catch (YamlTree.YamlException e) {
      return Optional.empty(); // the loader reports the broken YAML
    }
  }

  /** Why these documents are plainly not Sigma documents; empty when any of them may be one. */
  static Optional<String> reason(List<YNode> documents) {
    YMap first = null;
    boolean any = false;
    for (YNode doc : documents) {
      if (doc instanceof YScalar s && s.value() == null) {
        continue;
      }
      any = true;
      if (doc instanceof YamlTree.YList list && !list.items().isEmpty()
          && list.items().get(0) instanceof YMap hook && hook.entries().containsKey("entry")) {
        return Optional.of("it is a list of pre-commit hooks");
      }
      if (doc instanceof YMap map) {
        for (String key : map.entries().keySet()) {
          if (SIGMA_KEYS.contains(key)) {
            return Optional.empty();
          }
        }
        first = first == null ? map : first;
      }
    }
    if (!any) {
      return Optional.empty(); // an empty file: the loader says so
    }
    if (first == null) {
      return Optional.of("its documents are not mappings of attributes");
    }
    if (first.entries().containsKey("transformations")) {
      return Optional.of("it is a processing pipeline ('transformations'); give it with -p/--pipeline");
    }
    if (first.entries().containsKey("jobs") && first.entries().containsKey("on")) {
      return Optional.of("it is a GitHub Actions workflow ('on' and 'jobs')");
    }
    if (first.entries().containsKey("runs") && first.entries().containsKey("name")) {
      return Optional.of("it is a GitHub Actions action ('runs')");
    }
    if (first.entries().containsKey("repos")) {
      return Optional.of("it is a pre-commit configuration ('repos')");
    }
    return Optional.of("none of its documents has title, detection, correlation or filter");
  }
}
