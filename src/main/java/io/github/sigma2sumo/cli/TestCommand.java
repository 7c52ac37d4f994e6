package io.github.sigma2sumo.cli;

import io.github.sigma2sumo.cases.TestCase;
import io.github.sigma2sumo.cases.TestCases;
import io.github.sigma2sumo.compile.Pipeline;
import io.github.sigma2sumo.compile.Target;
import io.github.sigma2sumo.parallel.ParallelMap;
import io.github.sigma2sumo.sigma.ForeignYaml;
import io.github.sigma2sumo.sigma.YamlTree;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import io.github.sigma2sumo.testrun.CaseResult;
import io.github.sigma2sumo.testrun.CaseRunner;
import io.github.sigma2sumo.testrun.TestReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code sigma2sumo test PATH...}: runs the test cases found among the inputs (docs/testing.md)
 * three ways, on the Sigma rule itself, on its compiled log search and on its compiled Cloud SIEM
 * rule, and reports where they disagree with what each case expects. The rules are read from the
 * same inputs.
 */
final class TestCommand implements Callable<Integer> {

  enum TargetChoice { search, cse, all }

  private CommandSpec spec;

  static CommandSpec model() {
    TestCommand command = new TestCommand();
    CommandSpec spec = CommandModels.command(command, "test",
        "Run test cases (testcases: in rules, SigmaHQ regression_data, sigma2sumo test files) on each rule, "
            + "its compiled log search and its compiled Cloud SIEM rule.",
        "0:every case passed",
        "1:a case failed or could not run",
        "2:usage error, unreadable input, a broken pipeline, or no test case found");
    spec.addPositional(CommandModels.paths("Files and directories holding the rules and their test cases "
        + "(*.yml, *.yaml; the events of a regression test are read from the .json beside its info.yml)."));
    spec.addOption(OptionSpec.builder("--target").paramLabel("TARGET").type(TargetChoice.class).defaultValue("all")
        .description("Which compiled rules to run besides the Sigma rule: search, cse or all (default: "
            + "${DEFAULT-VALUE}).").build());
    spec.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(TestReport.Format.class)
        .defaultValue("text").description("text, json or junit (JUnit XML for CI test reports; default: "
            + "${DEFAULT-VALUE}).").build());
    spec.addOption(OptionSpec.builder("-o", "--output").paramLabel("FILE").type(String.class)
        .description("Write the report to FILE (replaced whole) instead of standard output; - for standard output.")
        .build());
    spec.addOption(CommandModels.flag("--explain",
        "Say for every case which detection items, query stages and expression parts decided."));
    PipelineOptions.addTo(spec);
    InputOptions.addTo(spec);
    command.spec = spec;
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TargetChoice target = CommandModels.value(spec, "--target");
    TestReport.Format format = CommandModels.value(spec, "--format");
    String output = CommandModels.value(spec, "--output");
    Map<String, SourceFile> sources = new LinkedHashMap<>();
    // the log-search pipelines say how events are rendered, so they load whatever the target
    // (a built-in pipeline of one target is left out of the other's run without a word: both run here)
    Optional<List<Pipeline>> search = PipelineOptions.load(spec, Target.SEARCH, err, sources, List.of(), true);
    Optional<List<Pipeline>> cse = target == TargetChoice.search ? Optional.of(List.of())
        : PipelineOptions.load(spec, Target.CSE, err, sources, List.of(), true);
    if (search.isEmpty() || cse.isEmpty()) {
      return ExitCodes.USAGE;
    }
    Inputs inputs = InputOptions.read(spec, CommandModels.paths(spec), List.of(".yml", ".yaml"), err,
        TestCommand::mayHoldCases);
    List<SourceFile> rules = new ArrayList<>();
    List<TestCase> cases = new ArrayList<>();
    List<TestReport.Problem> problems = new ArrayList<>();
    for (SourceFile source : inputs.sources) {
      if (ForeignYaml.reason(source).isEmpty()) {
        rules.add(source); // the loader reports what is wrong with it, and a case naming it says so
      }
      if (!mayHoldCases(source)) {
        continue;
      }
      List<YamlTree.YNode> documents;
      try {
        documents = YamlTree.documents(source.text());
      } catch (YamlTree.YamlException e) {
        problems.add(problem(source, e.span(), e.getMessage()));
        continue;
      }
      if (TestCases.holdsCases(documents)) {
        TestCases.Loaded loaded = TestCases.load(source, documents, name -> sibling(source, name));
        cases.addAll(loaded.cases());
        loaded.problems().forEach(p -> problems.add(problem(p.file(), p.span(), p.message())));
      }
    }
    if (cases.isEmpty() && problems.isEmpty() && inputs.unreadable.isEmpty()
        && InputOptions.refuseEmpty(spec, CommandModels.paths(spec), "no test case found", err)) {
      return ExitCodes.USAGE;
    }
    CaseRunner runner = new CaseRunner(rules, cases, search.get(), cse.get(), new CaseRunner.Options(
        target != TargetChoice.cse, target != TargetChoice.search, CommandModels.given(spec, "--explain")));
    List<CaseResult> results = ParallelMap.map(cases, runner::run);
    if (!CompileCommand.writeOutput(output == null ? "-" : output, w -> TestReport.write(format, results, problems, w),
        out, err)) {
      return ExitCodes.USAGE;
    }
    if (output != null && !OutputFile.isStandardOutput(Path.of(output))) {
      err.println(TestReport.summary(results, problems));
    }
    if (!inputs.unreadable.isEmpty()) {
      return ExitCodes.USAGE;
    }
    boolean failed = !problems.isEmpty() || results.stream().anyMatch(r -> !r.passed());
    return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** Test files and regression data are no Sigma files, and stay among the inputs: a quick look at their keys. */
  /** A quick look before the YAML is read: a key of the three forms, plain or quoted (JSON is YAML too). */
  private static boolean mayHoldCases(SourceFile source) {
    return CASE_KEY.matcher(source.text()).find();
  }

  private static final java.util.regex.Pattern CASE_KEY =
      java.util.regex.Pattern.compile("(?:testcases|regression_tests_info|tests)[\"']?\\s*:");

  private static TestReport.Problem problem(SourceFile file, Span span, String message) {
    int at = Math.max(0, span.start());
    return new TestReport.Problem(file.name(), file.lineMap().line(at), file.lineMap().column(at), message);
  }

  /** A file beside {@code source}, read as the inputs are; none for standard input or a file that is not there. */
  private static Optional<SourceFile> sibling(SourceFile source, String name) {
    if (source.name().equals("-")) {
      return Optional.empty();
    }
    Path path = Path.of(source.name()).resolveSibling(name);
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    Inputs read = Inputs.read(List.of(path.toString()), List.of(".json"), System.in);
    return read.sources.isEmpty() ? Optional.empty() : Optional.of(read.sources.get(0));
  }
}
