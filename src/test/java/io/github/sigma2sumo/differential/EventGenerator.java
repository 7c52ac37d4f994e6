package io.github.sigma2sumo.differential;

import io.github.sigma2sumo.sigma.YamlTree;
import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.windows.SysmonEvents;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Events generated from a Windows rule's detection: for each selection (a map of fields, or each map
 * of a list of them) an event that satisfies it, with the envelope its log source implies (the
 * Sysmon event and channel of a category, the channel of a service, both ends of a connection), and
 * near misses of it, each
 * with one field's value changed ({@link SigmaValues#nearMisses}, and a {@code cidr} value's edges
 * {@link SigmaValues#cidrEdges}) or missing. A selection with a value the
 * generator does not write ({@link SigmaValues}), or a field the category's Sysmon events never carry,
 * is left out and counted. Deterministic: the same rule
 * gives the same events.
 */
final class EventGenerator {

  /** One generated event and what it is ("selection: satisfying", "selection: CommandLine flip-case"). */
  record Generated(String label, Map<String, String> event) {}

  /** The events of one rule, and how many of its selections could not be generated. */
  record Result(String ruleId, List<Generated> events, int selectionsLeftOut) {}

  private final Map<String, Map<String, String>> envelopes;
  private final int fieldsMutated;

  /** @param envelopes the System values of each service's ("service:security") and category's events */
  EventGenerator(Map<String, Map<String, String>> envelopes, int fieldsMutated) {
    this.envelopes = envelopes;
    this.fieldsMutated = fieldsMutated;
  }

  Optional<Result> generate(String ruleText) {
    List<YNode> documents;
    try {
      documents = YamlTree.documents(ruleText);
    } catch (YamlTree.YamlException e) {
      return Optional.empty();
    }
    if (documents.size() != 1 || !(documents.get(0) instanceof YMap rule)) {
      return Optional.empty();
    }
    Optional<String> id = text(rule, "id");
    Optional<YMap> detection = rule.get("detection").filter(YMap.class::isInstance).map(YMap.class::cast);
    Optional<YMap> logsource = rule.get("logsource").filter(YMap.class::isInstance).map(YMap.class::cast);
    if (id.isEmpty() || detection.isEmpty() || logsource.isEmpty()
        || !text(logsource.get(), "product").orElse("").equals("windows")) {
      return Optional.empty();
    }
    Optional<Map<String, String>> envelope = envelope(logsource.get());
    if (envelope.isEmpty()) {
      return Optional.empty();
    }
    List<Generated> events = new ArrayList<>();
    int leftOut = 0;
    for (Entry e : detection.get().entries().values()) {
      if (e.key().equals("condition") || e.key().equals("timeframe")) {
        continue;
      }
      List<YMap> selections = new ArrayList<>();
      if (e.value() instanceof YMap map) {
        selections.add(map);
      } else if (e.value() instanceof YList list && list.items().stream().allMatch(YMap.class::isInstance)) {
        list.items().forEach(i -> selections.add((YMap) i));
      } else {
        leftOut++; // keywords
        continue;
      }
      Optional<java.util.Set<String>> carried = text(logsource.get(), "category").flatMap(SysmonEvents::fieldsOfCategory);
      for (int s = 0; s < selections.size(); s++) {
        Map<String, String> cidrs = new LinkedHashMap<>();
        Optional<Map<String, String>> fields = satisfying(selections.get(s), envelope.get(), cidrs);
        if (fields.isPresent() && carried.isPresent() && !carried.get().containsAll(fields.get().keySet())) {
          fields = Optional.empty(); // a field the log source's events never carry: no real event has it
        }
        if (fields.isEmpty()) {
          leftOut++;
          continue;
        }
        String name = e.key() + (selections.size() > 1 ? "[" + s + "]" : "");
        Map<String, String> event = new LinkedHashMap<>(envelope.get());
        event.putAll(fields.get());
        events.add(new Generated(name + ": satisfying", event));
        int mutated = 0;
        for (String field : fields.get().keySet()) {
          if (field.equals("EventID") || mutated++ >= fieldsMutated) {
            continue;
          }
          List<String> misses = SigmaValues.nearMisses(event.get(field));
          for (int m = 0; m < misses.size(); m++) {
            Map<String, String> miss = new LinkedHashMap<>(event);
            miss.put(field, misses.get(m));
            String kind = SigmaValues.NEAR_MISSES.get(m);
            events.add(new Generated(name + ": " + field + " "
                + (cidrs.containsKey("base64:" + field) ? kind + "-of-base64" : kind), miss));
          }
          if (!envelope.get().containsKey(field)) {
            Map<String, String> absent = new LinkedHashMap<>(event);
            absent.remove(field); // the field missing altogether (Sigma null)
            events.add(new Generated(name + ": " + field + " absent", absent));
          }
          if (cidrs.containsKey(field)) {
            List<String> edges = SigmaValues.cidrEdges(cidrs.get(field));
            for (int m = 0; m < edges.size(); m++) {
              Map<String, String> edge = new LinkedHashMap<>(event);
              edge.put(field, edges.get(m));
              events.add(new Generated(name + ": " + field + " " + (m == 0 ? "cidr-last" : "cidr-next"), edge));
            }
          }
        }
      }
    }
    return Optional.of(new Result(id.get(), events, leftOut));
  }

  private Optional<Map<String, String>> envelope(YMap logsource) {
    Map<String, String> envelope = new LinkedHashMap<>();
    envelope.put("Computer", "ws1.example.local");
    Optional<String> category = text(logsource, "category");
    Optional<String> service = text(logsource, "service");
    if (category.isPresent() && !SysmonEvents.events(category.get()).isEmpty()) {
      envelope.put("EventID", Integer.toString(SysmonEvents.events(category.get()).get(0)));
      envelope.put("Channel", "Microsoft-Windows-Sysmon/Operational");
      if (category.get().equals("network_connection")) {
        // every connection has both ends; a selection's own values replace these
        envelope.put("SourceIp", "10.0.0.5");
        envelope.put("DestinationIp", "203.0.113.10");
      }
      return Optional.of(envelope);
    }
    Optional<Map<String, String>> known = category.isPresent() ? Optional.ofNullable(envelopes.get("category:"
        + category.get())) : service.map(s -> envelopes.get("service:" + s));
    if (known.isPresent()) {
      envelope.putAll(known.get());
      return Optional.of(envelope);
    }
    return Optional.empty();
  }

  /** The fields that make {@code selection} true, or empty when one of its values is not generated. */
  private static Optional<Map<String, String>> satisfying(YMap selection, Map<String, String> envelope,
      Map<String, String> cidrs) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Entry e : selection.entries().values()) {
      List<String> parts = Arrays.asList(e.key().split("\\|"));
      String field = parts.get(0);
      List<String> modifiers = parts.subList(1, parts.size());
      List<Object> values = new ArrayList<>();
      if (e.value() instanceof YList list) {
        for (YNode item : list.items()) {
          if (!(item instanceof YScalar s)) {
            return Optional.empty();
          }
          values.add(s.value());
        }
      } else if (e.value() instanceof YScalar s) {
        values.add(s.value());
      } else {
        return Optional.empty();
      }
      if (values.isEmpty()) {
        return Optional.empty();
      }
      if (modifiers.contains("all") && values.size() > 1) {
        StringBuilder joined = new StringBuilder();
        for (Object v : values) {
          Optional<String> one = SigmaValues.satisfying(v, modifiers);
          if (one.isEmpty()) {
            return Optional.empty();
          }
          joined.append(joined.length() > 0 ? " " : "").append(one.get());
        }
        fields.put(field, joined.toString());
      } else {
        // a field the log source fixes (the channel of a service) takes the listed value that agrees
        Object chosen = values.stream().filter(v -> modifiers.isEmpty() && envelope.containsKey(field)
            && String.valueOf(v).equalsIgnoreCase(envelope.get(field))).findFirst().orElse(values.get(0));
        Optional<String> one = SigmaValues.satisfying(chosen, modifiers);
        if (one.isEmpty()) {
          return Optional.empty();
        }
        fields.put(field, one.get());
        if (modifiers.contains("cidr")) {
          cidrs.put(field, String.valueOf(chosen));
        }
        if (modifiers.contains("base64") || modifiers.contains("base64offset")) {
          cidrs.put("base64:" + field, String.valueOf(chosen)); // its near misses are named apart
        }
      }
    }
    return Optional.of(fields);
  }

  private static Optional<String> text(YMap map, String key) {
    return map.get(key).filter(YScalar.class::isInstance).map(n -> ((YScalar) n).text());
  }
}
