package io.github.sigma2sumo.cli;

import io.github.sigma2sumo.diag.render.TextRenderer;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --color auto|always|never} and {@code --quiet}, shared by the commands that print findings
 * as text. {@code auto} colours when the process talks to a terminal, {@code NO_COLOR} is not set
 * (no-color.org) and {@code TERM} is not {@code dumb}; {@code --quiet} prints each finding on one
 * line, with no source lines and no summary.
 */
final class ConsoleOptions {
  private ConsoleOptions() {}

  enum Color { auto, always, never }

  static void addTo(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("--color").paramLabel("WHEN").type(Color.class).defaultValue("auto")
        .description("Colour the findings: auto (on a terminal, unless NO_COLOR is set), always or never "
            + "(default: ${DEFAULT-VALUE}).").build());
    spec.addOption(CommandModels.flag("--quiet",
        "Print each finding on one line, without its source line, fix or the summary."));
  }

  static boolean quiet(CommandSpec spec) {
    return CommandModels.given(spec, "--quiet");
  }

  /** The style of text findings for this run. */
  static TextRenderer.Style style(CommandSpec spec) {
    return new TextRenderer.Style(colored(CommandModels.value(spec, "--color"), System.getenv(),
        System.console() != null), quiet(spec));
  }

  static boolean colored(Color color, Map<String, String> environment, boolean terminal) {
    return switch (color) {
      case always -> true;
      case never -> false;
      case auto -> terminal && environment.getOrDefault("NO_COLOR", "").isEmpty()
          && !"dumb".equals(environment.get("TERM"));
    };
  }
}
