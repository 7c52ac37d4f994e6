package io.github.sigma2sumo.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The commands' picocli models, built with picocli's programmatic API
 * (https://picocli.info/#_programmatic_api) rather than read from annotations. Reading them took
 * about 100 ms of every run, a third of compiling one rule: reflection over every field and
 * method, annotation parsing, and a proxy class generated per annotation type, all interpreted
 * at start-up. The help, the parsing and the error messages are picocli's either way.
 *
 * <p>A command is its own user object (picocli calls it once the arguments parse) and reads the
 * parsed values back from its model with {@link #value}, {@link #values} and {@link #paths}.
 */
final class CommandModels {
  private static final VersionProvider VERSION = new VersionProvider();

  private CommandModels() {}

  /**
   * A command run by {@code command}, with {@code -h/--help}, {@code -V/--version} and its exit
   * codes ({@code "0:meaning"}) in the help, followed by the internal-error code every command has.
   */
  static CommandSpec command(Object command, String name, String description, String... exitCodes) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name).versionProvider(VERSION);
    Map<String, String> codes = new LinkedHashMap<>();
    for (String code : exitCodes) {
      int colon = code.indexOf(':');
      codes.put(code.substring(0, colon), code.substring(colon + 1));
    }
    codes.put(Integer.toString(ExitCodes.INTERNAL), "internal error (a bug: please report it), or out of memory");
    spec.usageMessage().description(description).exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
    return spec;
  }

  /** The {@code PATH} arguments of the commands that read Sigma rules. */
  static PositionalParamSpec sigmaPaths() {
    return paths("Sigma files, directories (searched for *.yml and *.yaml) or - for standard input.");
  }

  /** The one or more {@code PATH} arguments. */
  static PositionalParamSpec paths(String description) {
    return PositionalParamSpec.builder().arity("1..*").required(true).paramLabel("PATH").type(List.class)
        .auxiliaryTypes(String.class).description(description).build();
  }

  /** A repeatable option taking {@code label}. */
  static OptionSpec repeatable(String label, String description, String... names) {
    return OptionSpec.builder(names).paramLabel(label).type(List.class).auxiliaryTypes(String.class)
        .description(description).build();
  }

  /** A flag: an option that takes no value. */
  static OptionSpec flag(String name, String description) {
    return OptionSpec.builder(name).arity("0").type(boolean.class).description(description).build();
  }

  /** The value of option {@code name} as parsed (or its default; null when neither). */
  static <T> T value(CommandSpec spec, String name) {
    return spec.findOption(name).getValue();
  }

  /** The values of a repeatable option, in the order given; empty when it was not given. */
  static List<String> values(CommandSpec spec, String name) {
    List<String> values = value(spec, name);
    return values == null ? List.of() : values;
  }

  /** True when the flag was given. */
  static boolean given(CommandSpec spec, String name) {
    return Boolean.TRUE.equals(value(spec, name));
  }

  /** The {@code PATH} arguments. */
  static List<String> paths(CommandSpec spec) {
    return spec.positionalParameters().get(0).getValue();
  }
}
