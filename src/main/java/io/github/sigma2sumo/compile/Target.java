package io.github.sigma2sumo.compile;

import java.util.Optional;

/** What the compiler writes: a Sumo log search, or a Cloud SIEM rule expression. */
public enum Target {
  SEARCH("search", "default.list"),
  CSE("cse", "cse.list");

  private final String id;
  private final String defaultPipelines;

  Target(String id, String defaultPipelines) {
    this.id = id;
    this.defaultPipelines = defaultPipelines;
  }

  /** The name on the command line and in JSON output. */
  public String id() {
    return id;
  }

  /** The resource listing the built-in pipelines applied by default for this target. */
  String defaultPipelineList() {
    return defaultPipelines;
  }

  public static Optional<Target> of(String id) {
    for (Target t : values()) {
      if (t.id.equals(id)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
