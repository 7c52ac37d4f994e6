package io.github.sigma2sumo.pack;

import io.github.sigma2sumo.compile.CompiledRule;
import io.github.sigma2sumo.sigma.LogSource;
import io.github.sigma2sumo.sigma.SigmaCorrelation;
import io.github.sigma2sumo.sigma.SigmaRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a pack says about a rule apart from its logic: title, id, severity, status, MITRE tags and
 * the attribution text. Severity, status and tags follow the official backend's conventions
 * (reference sumo-cloud-siem.md §8.2): critical 8, high 6, medium 3, low and informational 1, none 3;
 * experimental and test rules are prototypes; deprecated and unsupported ones are disabled.
 */
record RuleMetadata(String title, Optional<String> id, Optional<String> description, Optional<String> author,
    List<String> references, List<String> falsePositives, Optional<String> status, Optional<String> level,
    List<String> tags, String license, Optional<LogSource> logSource, String file) {

  private static final Pattern TECHNIQUE = Pattern.compile("attack\\.(t\\d{4}(\\.\\d{3})?)", Pattern.CASE_INSENSITIVE);
  private static final Map<String, String> TACTICS = Map.ofEntries(
      Map.entry("reconnaissance", "TA0043"), Map.entry("resource development", "TA0042"),
      Map.entry("initial access", "TA0001"), Map.entry("execution", "TA0002"), Map.entry("persistence", "TA0003"),
      Map.entry("privilege escalation", "TA0004"), Map.entry("defense evasion", "TA0005"),
      Map.entry("credential access", "TA0006"), Map.entry("discovery", "TA0007"),
      Map.entry("lateral movement", "TA0008"), Map.entry("collection", "TA0009"), Map.entry("exfiltration", "TA0010"),
      Map.entry("command and control", "TA0011"), Map.entry("impact", "TA0040"));

  static RuleMetadata of(CompiledRule compiled, String defaultLicense) {
    CompiledRule.RuleSource source = compiled.source().orElseThrow();
    if (source instanceof CompiledRule.RuleSource.Rule r) {
      SigmaRule rule = r.rule();
      return new RuleMetadata(rule.title(), rule.id(), rule.description(), rule.author(), rule.references(),
          rule.falsePositives(), rule.status(), rule.level(), rule.tags(), rule.license().orElse(defaultLicense),
          Optional.of(rule.logSource()), compiled.file());
    }
    SigmaCorrelation c = ((CompiledRule.RuleSource.Correlation) source).correlation();
    return new RuleMetadata(c.title(), c.id(), c.description(), c.author(), List.of(), List.of(), c.status(), c.level(),
        c.tags(), c.license().orElse(defaultLicense), Optional.empty(), compiled.file());
  }

  /** Cloud SIEM severity, 1 to 10. */
  int score() {
    return switch (level.orElse("").toLowerCase(Locale.ROOT)) {
      case "critical" -> 8;
      case "high" -> 6;
      case "low", "informational" -> 1;
      default -> 3;
    };
  }

  boolean enabled() {
    String s = status.orElse("").toLowerCase(Locale.ROOT);
    return !s.equals("deprecated") && !s.equals("unsupported");
  }

  boolean prototype() {
    String s = status.orElse("").toLowerCase(Locale.ROOT);
    return s.equals("experimental") || s.equals("test");
  }

  /** {@code _mitreAttackTactic:TA0011} and {@code _mitreAttackTechnique:T1102.002}, tactics first, in tag order. */
  List<String> mitreTags() {
    Set<String> tactics = new LinkedHashSet<>();
    Set<String> techniques = new LinkedHashSet<>();
    for (String tag : tags) {
      Matcher m = TECHNIQUE.matcher(tag);
      if (m.matches()) {
        techniques.add("_mitreAttackTechnique:" + m.group(1).toUpperCase(Locale.ROOT));
      } else if (tag.toLowerCase(Locale.ROOT).startsWith("attack.")) {
        String name = tag.substring("attack.".length()).toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        Optional.ofNullable(TACTICS.get(name)).ifPresent(t -> tactics.add("_mitreAttackTactic:" + t));
      }
    }
    List<String> out = new ArrayList<>(tactics);
    out.addAll(techniques);
    return out;
  }

  /** The rule's description, then where it comes from: title, id, author, licence, file and references. */
  String attributedDescription() {
    StringBuilder out = new StringBuilder();
    description.map(String::strip).filter(d -> !d.isEmpty()).ifPresent(d -> out.append(d).append("\n\n"));
    out.append("Sigma rule \"").append(title).append('"');
    id.ifPresent(i -> out.append(" (id ").append(i).append(')'));
    author.ifPresent(a -> out.append(", by ").append(a.strip()));
    out.append(". Licence: ").append(license).append(". File: ").append(file).append('.');
    if (!references.isEmpty()) {
      out.append("\nReferences: ").append(String.join(" ", references));
    }
    if (!falsePositives.isEmpty()) {
      out.append("\nFalse positives: ").append(String.join("; ", falsePositives));
    }
    logSource.ifPresent(l -> out.append("\nLog source: ").append(l));
    return out.toString();
  }
}
