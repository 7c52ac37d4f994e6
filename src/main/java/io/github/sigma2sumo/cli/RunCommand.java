package io.github.sigma2sumo.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.render.TextRenderer;
import io.github.sigma2sumo.run.events.JsonTree;
import io.github.sigma2sumo.run.events.Outcome;
import io.github.sigma2sumo.run.sumo.LogMessage;
import io.github.sigma2sumo.run.sumo.LookupTable;
import io.github.sigma2sumo.run.sumo.Lookups;
import io.github.sigma2sumo.run.sumo.Output;
import io.github.sigma2sumo.run.sumo.Preparation;
import io.github.sigma2sumo.run.sumo.Row;
import io.github.sigma2sumo.run.sumo.SumoInterpreter;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.sumo.parser.QueryParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code sigma2sumo run QUERY LOGS...}: a Sumo log search run locally by the interpreter that
 * {@code test} uses, over log messages from files: a line per message, or JSON lines
 * ({@code *.jsonl}: {@code {"raw": ..., "_sourceCategory": ..., "_messagetime": ...}}, any other key
 * being metadata or an indexed field). Lookup tables are CSV files given by the path the query
 * names them with. What the interpreter does not evaluate is named, never passed over.
 */
final class RunCommand implements Callable<Integer> {

  enum Format { text, json }

  private CommandSpec spec;

  static CommandSpec model() {
    RunCommand command = new RunCommand();
    CommandSpec spec = CommandModels.command(command, "run",
        "Run a Sumo Logic log search locally over log messages from files (a line each, or JSON lines) and "
            + "print the rows it gives.",
        "0:the query ran", "1:the query cannot be run locally (a construct not evaluated, or an error while running)",
        "2:usage error, or unreadable input");
    spec.addPositional(CommandModels.paths("The query file (*.sumo) first, then files of log messages: one message "
        + "per line, or JSON lines (*.jsonl) with raw and metadata keys; - for standard input."));
    spec.addOption(CommandModels.repeatable("PATH=FILE", "A lookup table: the path the query's lookup names "
        + "(/Library/Users/me/Bad Domains) and a CSV file with a header line; repeatable.", "--lookup"));
    spec.addOption(CommandModels.repeatable("NAME=VALUE", "Metadata every plain-text message gets "
        + "(_sourceCategory=prod/proxy); repeatable.", "--metadata"));
    spec.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(Format.class).defaultValue("text")
        .description("text (a table) or json (default: ${DEFAULT-VALUE}).").build());
    command.spec = spec;
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> paths = CommandModels.paths(spec);
    Inputs query = Inputs.read(paths.subList(0, 1), List.of(".sumo"), System.in);
    Inputs logs = Inputs.read(paths.subList(1, paths.size()), List.of(".log", ".txt", ".jsonl"), System.in);
    query.unreadable.forEach(u -> err.println(u.name() + ": error: " + u.reason()));
    logs.unreadable.forEach(u -> err.println(u.name() + ": error: " + u.reason()));
    if (!query.unreadable.isEmpty() || !logs.unreadable.isEmpty() || query.sources.size() != 1) {
      return ExitCodes.USAGE;
    }
    Optional<Lookups> lookups = lookups(err);
    Map<String, String> metadata = pairs(CommandModels.values(spec, "--metadata"), err);
    if (lookups.isEmpty() || metadata == null) {
      return ExitCodes.USAGE;
    }
    SourceFile text = query.sources.get(0);
    QueryParser.Result parsed = QueryParser.parse(text);
    Map<String, SourceFile> sources = Map.of(text.name(), text);
    if (parsed.query().isEmpty()) {
      err.print(TextRenderer.render(parsed.diagnostics(), sources));
      return ExitCodes.FINDINGS;
    }
    Preparation prepared = SumoInterpreter.prepare(parsed.query().get(), lookups.get());
    if (prepared.query().isEmpty()) {
      List<Diagnostic> problems = prepared.problems().stream().map(p -> p.toDiagnostic(text)).toList();
      err.print(TextRenderer.render(problems, sources));
      if (problems.stream().anyMatch(d -> d.message().contains("no table was given"))) {
        err.println("note: give a lookup table as --lookup 'PATH=FILE.csv', PATH as the query names it");
      }
      return ExitCodes.FINDINGS;
    }
    List<LogMessage> messages = new ArrayList<>();
    for (SourceFile log : logs.sources) {
      Optional<String> problem = messages(log, metadata, messages);
      if (problem.isPresent()) {
        err.println(problem.get());
        return ExitCodes.USAGE;
      }
    }
    Output result = prepared.query().get().run(messages);
    result.notes().forEach(n -> err.println("note: " + n));
    result.errors().forEach(e -> err.println("error: " + e));
    if (CommandModels.<Format>value(spec, "--format") == Format.json) {
      json(result, out);
    } else {
      table(result, out);
    }
    out.flush();
    return result.failed() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private Optional<Lookups> lookups(PrintWriter err) {
    Map<String, LookupTable> tables = new LinkedHashMap<>();
    Map<String, String> given = pairs(CommandModels.values(spec, "--lookup"), err);
    if (given == null) {
      return Optional.empty();
    }
    for (Map.Entry<String, String> e : given.entrySet()) {
      Inputs file = Inputs.read(List.of(e.getValue()), List.of(".csv"), System.in);
      if (!file.unreadable.isEmpty()) {
        err.println(e.getValue() + ": error: " + file.unreadable.get(0).reason());
        return Optional.empty();
      }
      try {
        tables.put(e.getKey(), LookupTable.fromCsv(file.sources.get(0).text()));
      } catch (IllegalArgumentException bad) {
        err.println(e.getValue() + ": error: " + bad.getMessage());
        return Optional.empty();
      }
    }
    return Optional.of(Lookups.of(tables));
  }

  /** NAME=VALUE pairs (split at the last '='), or null after saying which one is malformed. */
  private static Map<String, String> pairs(List<String> given, PrintWriter err) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : given) {
      int eq = pair.lastIndexOf('=');
      if (eq <= 0) {
        err.println("error: '" + pair + "' is not NAME=VALUE");
        return null;
      }
      out.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return out;
  }

  /** The messages of one file, added to {@code into}; or what is wrong with the file. */
  private static Optional<String> messages(SourceFile log, Map<String, String> metadata, List<LogMessage> into) {
    if (!log.name().endsWith(".jsonl")) {
      long time = 0;
      for (String line : log.text().split("\r?\n", -1)) {
        if (!line.isEmpty()) {
          into.add(LogMessage.of(line, metadata, time++));
        }
      }
      return Optional.empty();
    }
    Outcome<List<YNode>> values = JsonTree.read(log);
    if (values instanceof Outcome.Failed<List<YNode>> failed) {
      return Optional.of(log.name() + ":" + log.lineMap().line(Math.max(0, failed.span().start())) + ": error: "
          + failed.message());
    }
    for (YNode value : values.value()) {
      if (!(value instanceof YMap map) || !(map.get("raw").or(() -> map.get("_raw")).orElse(null) instanceof YScalar raw)) {
        return Optional.of(log.name() + ":" + log.lineMap().line(value.span().start())
            + ": error: a message is an object with raw (or _raw)");
      }
      Map<String, String> meta = new LinkedHashMap<>(metadata);
      long time = 0;
      for (var e : map.entries().values()) {
        String key = e.key();
        if (key.equals("raw") || key.equals("_raw") || !(e.value() instanceof YScalar s) || s.value() == null) {
          continue;
        }
        if (key.equals("_messagetime") || key.equals("time")) {
          time = time(s);
        } else if (!key.equals("_receipttime")) {
          meta.put(key, s.text());
        }
      }
      into.add(LogMessage.of(raw.text(), meta, time));
    }
    return Optional.empty();
  }

  private static long time(YScalar s) {
    if (s.value() instanceof BigDecimal n) {
      return n.longValue();
    }
    try {
      return OffsetDateTime.parse(s.text()).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      return 0;
    }
  }

  private static void table(Output result, Writer out) throws IOException {
    Set<String> columns = new LinkedHashSet<>();
    result.rows().forEach(r -> columns.addAll(r.fields().keySet()));
    if (!result.aggregated()) {
      columns.remove("_raw");
      columns.add("_raw"); // the message last: it is the longest
    }
    List<String> names = new ArrayList<>(columns);
    List<Integer> widths = new ArrayList<>();
    for (String c : names) {
      int w = c.length();
      for (Row r : result.rows()) {
        w = Math.max(w, Math.min(60, cell(r, c).length()));
      }
      widths.add(w);
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      line.append(i > 0 ? "  " : "").append(pad(names.get(i), widths.get(i), i == names.size() - 1));
    }
    out.write(line.toString().stripTrailing() + "\n");
    for (Row r : result.rows()) {
      line.setLength(0);
      for (int i = 0; i < names.size(); i++) {
        String v = cell(r, names.get(i));
        v = v.length() > 60 && i < names.size() - 1 ? v.substring(0, 57) + "..." : v;
        line.append(i > 0 ? "  " : "").append(pad(v, widths.get(i), i == names.size() - 1));
      }
      out.write(line.toString().stripTrailing() + "\n");
    }
    out.write(result.rows().size() + " row" + (result.rows().size() == 1 ? "" : "s") + "\n");
  }

  private static String cell(Row r, String column) {
    return r.get(column).map(v -> v.text().replace("\n", "\\n").replace("\t", " ")).orElse("");
  }

  private static String pad(String s, int width, boolean last) {
    return last ? s : s + " ".repeat(Math.max(0, width - s.length()));
  }

  private static void json(Output result, Writer out) throws IOException {
    try (JsonGenerator json = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build()
        .createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeBooleanField("aggregated", result.aggregated());
      json.writeArrayFieldStart("rows");
      for (Row r : result.rows()) {
        json.writeStartObject();
        for (Map.Entry<String, String> e : r.texts().entrySet()) {
          json.writeStringField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("notes");
      for (String n : result.notes()) {
        json.writeString(n);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("errors");
      for (String e : result.errors()) {
        json.writeString(e);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }
}
