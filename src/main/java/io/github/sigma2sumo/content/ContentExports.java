package io.github.sigma2sumo.content;

import io.github.sigma2sumo.content.JsonNodes.Arr;
import io.github.sigma2sumo.content.JsonNodes.Node;
import io.github.sigma2sumo.content.JsonNodes.Obj;
import io.github.sigma2sumo.content.JsonNodes.Str;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The log queries of Sumo Logic content exported as JSON (SumoLogic/sumologic-documentation,
 * docs/manage/content-sharing and the Content Management API's sync definitions; docs/alerts/monitors
 * for monitor exports), found by their {@code type}, wherever they are nested:
 * <ul>
 *   <li>{@code FolderSyncDefinition} and {@code MonitorsLibraryFolderExport}: their {@code children};
 *   <li>{@code DashboardV2SyncDefinition}: each panel's {@code queries[].queryString}, read as log
 *       search when its {@code queryType} is {@code Logs} (metrics, traces and other queries are
 *       skipped and counted), and each variable whose values come from a log query
 *       ({@code LogQueryVariableSourceDefinition}'s {@code query});
 *   <li>{@code DashboardSyncDefinition} (the older dashboards): each panel's {@code queryString},
 *       unless the panel or query says it is a metrics query;
 *   <li>{@code SavedSearchWithScheduleSyncDefinition}: {@code search.queryText};
 *   <li>{@code MonitorsLibraryMonitorExport}, and the Monitor API's objects (a {@code monitorType}
 *       and {@code queries}): each {@code queries[].query} of a {@code Logs} monitor; other monitor
 *       types are skipped and counted.
 * </ul>
 * and Cloud SIEM rules as JSON ({@link CseRuleJson}).
 * A document holding none of these is no content export ({@link #read} says so, and callers skip it).
 */
public final class ContentExports {
  private ContentExports() {}

  /** What a JSON file holds: its queries and how many queries of other languages were skipped. */
  public record Found(List<ContentQuery> queries, int skipped, boolean recognized) {}

  /** The queries of {@code text}, a JSON document; {@code recognized} is false when it holds no content. */
  static Found read(JsonNodes.Node root) {
    Walk walk = new Walk();
    walk.visit(root, "");
    return walk.found();
  }

  /** Parses {@code text} and reads it; a malformed document is reported by the caller. */
  public static Optional<Found> read(String text) {
    return JsonNodes.parse(text).root().map(ContentExports::read);
  }

  static final class Walk {
    final List<ContentQuery> queries = new ArrayList<>();
    int skipped;
    boolean recognized;
    /** The sigma2sumo-ignore values of the objects being read, outermost first. */
    private final java.util.ArrayDeque<List<ContentQuery.Ignore>> ignores = new java.util.ArrayDeque<>();

    Found found() {
      return new Found(List.copyOf(queries), skipped, recognized);
    }

    /** Runs {@code read} with {@code o}'s sigma2sumo-ignore values applying to what it finds. */
    void within(Obj o, Runnable read) {
      within(ContentQuery.Ignore.of(o), read);
    }

    /** Runs {@code read} with {@code values} applying to what it finds. */
    void within(List<ContentQuery.Ignore> values, Runnable read) {
      ignores.push(values);
      try {
        read.run();
      } finally {
        ignores.pop();
      }
    }

    private List<ContentQuery.Ignore> ignoring() {
      List<ContentQuery.Ignore> all = new ArrayList<>();
      ignores.descendingIterator().forEachRemaining(all::addAll);
      return all;
    }

    void visit(Node node, String path) {
      if (node instanceof Arr a) {
        a.items().forEach(i -> visit(i, path));
      } else if (node instanceof Obj o) {
        within(o, () -> visitObject(o, path));
      }
    }

    private void visitObject(Obj o, String path) {
      String type = o.text("type").orElse("");
      switch (type) {
        case "FolderSyncDefinition", "MonitorsLibraryFolderExport" -> {
          recognized = true;
          String inner = item(path, "folder", o.text("name"));
          o.list("children").forEach(c -> visit(c, inner));
        }
        case "DashboardV2SyncDefinition" -> dashboard(o, item(path, "dashboard",
            o.text("title").or(() -> o.text("name"))));
        case "DashboardSyncDefinition" -> oldDashboard(o, item(path, "dashboard", o.text("name")));
        case "SavedSearchWithScheduleSyncDefinition" -> {
          recognized = true;
          o.obj("search").ifPresent(s -> within(s, () -> add(s.get("queryText"), item(path, "search",
              o.text("name")))));
        }
        default -> {
          if (type.equals("MonitorsLibraryMonitorExport") || (o.get("monitorType").isPresent()
              && o.get("queries").isPresent())) {
            monitor(o, item(path, "monitor", o.text("name")));
          } else if (CseRuleJson.isRule(o)) {
            recognized = true;
            CseRuleJson.read(o, path, (value, role, name, names) -> addCse(value, role, name, names));
          } else {
            o.members().values().forEach(v -> visit(v, path));
          }
        }
      }
    }

    private void dashboard(Obj d, String path) {
      recognized = true;
      for (Node p : d.list("panels")) {
        if (!(p instanceof Obj panel)) {
          continue;
        }
        String panelPath = item(path, "panel", panel.text("title").or(() -> panel.text("key")));
        within(panel, () -> {
          for (Node q : panel.list("queries")) {
            if (q instanceof Obj query) {
              String kind = query.text("queryType").orElse("");
              String name = item(panelPath, "query", query.text("queryKey"));
              if (kind.equalsIgnoreCase("Logs")) {
                within(query, () -> add(query.get("queryString"), name));
              } else if (query.get("queryString").isPresent()) {
                skipped++;
              }
            }
          }
        });
      }
      for (Node v : d.list("variables")) {
        if (v instanceof Obj variable) {
          variable.obj("sourceDefinition").filter(s -> s.text("variableSourceType").orElse("")
              .equals("LogQueryVariableSourceDefinition"))
              .ifPresent(s -> within(variable, () -> add(s.get("query"), item(path, "variable",
                  variable.text("name")))));
        }
      }
    }

    private void oldDashboard(Obj d, String path) {
      recognized = true;
      for (Node p : d.list("panels")) {
        if (p instanceof Obj panel && panel.get("queryString").isPresent()) {
          String kind = panel.text("queryType").or(() -> panel.text("panelType")).orElse("Logs")
              .toLowerCase(Locale.ROOT);
          if (kind.contains("metric") || kind.contains("trace")) {
            skipped++;
          } else {
            add(panel.get("queryString"), item(path, "panel", panel.text("name")));
          }
        }
      }
    }

    void monitor(Obj m, String path) {
      recognized = true;
      boolean logs = m.text("monitorType").or(() -> m.text("monitor_type")).orElse("").equalsIgnoreCase("Logs");
      for (Node q : m.list("queries")) {
        if (q instanceof Obj query && query.get("query").isPresent()) {
          if (logs) {
            within(query, () -> add(query.get("query"), item(path, "query", query.text("rowId")
                .or(() -> query.text("row_id")))));
          } else {
            skipped++;
          }
        }
      }
    }

    void addCse(Optional<Node> value, ContentQuery.Role role, String item, List<String> names) {
      if (value.isPresent() && value.get() instanceof Str s && !s.value().isBlank()) {
        s.text().get().ifPresent(t -> queries.add(new ContentQuery(ContentQuery.Language.CSE, role, item, t, names,
            ignoring())));
      }
    }

    void addSearch(EmbeddedText text, String item) {
      queries.add(new ContentQuery(ContentQuery.Language.SEARCH, ContentQuery.Role.QUERY, item, text, List.of(),
          ignoring()));
    }

    void add(Optional<Node> value, String item) {
      if (value.isPresent() && value.get() instanceof Str s && !s.value().isBlank()) {
        s.text().get().ifPresent(t -> queries.add(new ContentQuery(ContentQuery.Language.SEARCH,
            ContentQuery.Role.QUERY, item, t, List.of(), ignoring())));
      }
    }
  }

  /** {@code path › kind "name"}, the name left out when there is none. */
  static String item(String path, String kind, Optional<String> name) {
    String self = kind + name.map(n -> n.matches("[A-Za-z0-9_-]{1,3}") && kind.equals("query") ? " " + n
        : " \"" + n + "\"").orElse("");
    return path.isEmpty() ? self : path + " › " + self;
  }
}
