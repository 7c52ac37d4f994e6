package io.github.sigma2sumo.pack;

import io.github.sigma2sumo.compile.CompiledRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiled log searches as a Sumo content-library folder (reference sumo-cloud-siem.md §6): a
 * {@code FolderSyncDefinition} with one {@code SavedSearchWithScheduleSyncDefinition} per rule, for
 * the content import API ({@code POST v2/content/folders/{id}/import}). A search runs over the last
 * 15 minutes, or over its correlation's time span when that is longer. With an e-mail address each
 * search is scheduled every 15 minutes and mails its results when there are any; without one it is
 * saved unscheduled.
 */
public final class ContentPack {
  private ContentPack() {}

  private static final long SCHEDULE_SECONDS = 15 * 60;

  public static Map<String, Object> folder(List<CompiledRule> searches, PackOptions options) {
    Map<String, Object> folder = new LinkedHashMap<>();
    folder.put("type", "FolderSyncDefinition");
    folder.put("name", options.folder());
    folder.put("description", "Sigma detections compiled by sigma2sumo; each search names its Sigma rule and licence.");
    List<Map<String, Object>> children = new ArrayList<>();
    for (CompiledRule r : searches) {
      List<String> parts = r.searchParts();
      if (parts.isEmpty()) {
        children.add(search(r, options, r.query().orElseThrow(), ""));
      }
      for (int i = 0; i < parts.size(); i++) {
        // a search over Sumo's length limit, split: one saved search per part, their union the rule
        children.add(search(r, options, parts.get(i), " (part " + (i + 1) + " of " + parts.size() + ")"));
      }
    }
    folder.put("children", children);
    return folder;
  }

  private static Map<String, Object> search(CompiledRule compiled, PackOptions options, String query, String part) {
    RuleMetadata meta = RuleMetadata.of(compiled, options.license());
    String range = "-" + io.github.sigma2sumo.compile.Durations.text(Math.max(SCHEDULE_SECONDS, spanSeconds(compiled)));
    boolean aggregate = compiled.source().orElseThrow() instanceof CompiledRule.RuleSource.Correlation;
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("type", "SavedSearchWithScheduleSyncDefinition");
    item.put("name", meta.title() + part);
    item.put("description", meta.level().map(l -> "Level: " + l + ". ").orElse("") + meta.attributedDescription());
    Map<String, Object> search = new LinkedHashMap<>();
    search.put("queryText", query);
    search.put("defaultTimeRange", range);
    search.put("byReceiptTime", false);
    search.put("viewName", "");
    search.put("queryParameters", List.of());
    search.put("parsingMode", "Manual");
    item.put("search", search);
    item.put("searchSchedule", options.email().map(e -> schedule(e, range, aggregate, meta)).orElse(null));
    return item;
  }

  private static Map<String, Object> schedule(String email, String range, boolean aggregate, RuleMetadata meta) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("cronExpression", "0 0/15 * * * ? *");
    s.put("displayableTimeRange", range);
    Map<String, Object> from = new LinkedHashMap<>();
    from.put("type", "RelativeTimeRangeBoundary");
    from.put("relativeTime", range);
    Map<String, Object> time = new LinkedHashMap<>();
    time.put("type", "BeginBoundedTimeRange");
    time.put("from", from);
    time.put("to", null);
    s.put("parseableTimeRange", time);
    s.put("timeZone", "Etc/UTC");
    Map<String, Object> threshold = new LinkedHashMap<>();
    threshold.put("thresholdType", aggregate ? "group" : "message");
    threshold.put("operator", "gt");
    threshold.put("count", 0);
    s.put("threshold", threshold);
    Map<String, Object> notification = new LinkedHashMap<>();
    notification.put("taskType", "EmailSearchNotificationSyncDefinition");
    notification.put("toList", List.of(email));
    notification.put("subjectTemplate", TemplateText.literal("Sigma detection: " + meta.title()));
    notification.put("includeQuery", true);
    notification.put("includeResultSet", true);
    notification.put("includeHistogram", false);
    notification.put("includeCsvAttachment", false);
    s.put("notification", notification);
    s.put("scheduleType", "15Minutes");
    s.put("muteErrorEmails", false);
    s.put("parameters", List.of());
    return s;
  }

  private static long spanSeconds(CompiledRule compiled) {
    return compiled.source().orElseThrow() instanceof CompiledRule.RuleSource.Correlation c
        ? c.correlation().timespanSeconds() : 0;
  }
}
