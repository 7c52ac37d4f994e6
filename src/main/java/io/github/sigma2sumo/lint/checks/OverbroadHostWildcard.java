package io.github.sigma2sumo.lint.checks;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.diag.Fix;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.emit.SumoSyntax;
import io.github.sigma2sumo.lint.AbstractCheck;
import io.github.sigma2sumo.lint.QueryWalk;
import io.github.sigma2sumo.lint.Reporter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code host matches "*t.co*"} matches {@code microsoft.com}; {@code "*box.com*"} matches
 * {@code dropbox.com} and {@code xbox.com}. A domain needs anchoring at a label boundary: the
 * value is the domain or ends in {@code .domain}. The fix is a case-insensitive regex that says so.
 * Regexes get the same treatment: an alternative such as {@code box\.com} in
 * {@code /.*(dropbox|box\.com).*}{@code /} is not anchored either. Fields that hold file paths or
 * registry keys are left alone. Wildcards: search-operators/matches.md.
 */
public final class OverbroadHostWildcard extends AbstractCheck {
  private static final String LABEL = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?";
  private static final Pattern DOMAIN = Pattern.compile("(?i)" + LABEL + "(?:\\." + LABEL + ")*\\.[a-z]{2,}");

  /** A domain written in a regex ({@code box\.com}) right after the start, {@code (}, {@code |} or {@code .*}. */
  private static final Pattern REGEX_DOMAIN =
      Pattern.compile("(?i)(?:^|[(|]|\\.\\*)(" + LABEL + "(?:\\\\\\." + LABEL + ")*\\\\\\.[a-z]{2,})(?![a-z0-9-])");

  /** Popular domains, to show a real host that a pattern matches by accident. */
  private static final List<String> WELL_KNOWN = List.of(
      "microsoft.com", "dropbox.com", "xbox.com", "google.com", "googleapis.com", "github.com",
      "githubusercontent.com", "live.com", "office.com", "outlook.com", "windows.net", "amazonaws.com",
      "cloudfront.net", "apple.com", "icloud.com", "facebook.com", "linkedin.com", "youtube.com",
      "yahoo.com", "bing.com", "skype.com", "sharepoint.com", "slack-edge.com", "discord.gg",
      "telegram.me", "notion.site", "wordpress.org", "mediafire.net", "yandex.net", "pinterest.com");

  public OverbroadHostWildcard() {
    super("overbroad-host-wildcard", Severity.WARNING,
        "domain wildcard that also matches other domains (*t.co* matches microsoft.com)");
  }

  /**
   * Fields that hold file paths or registry keys, whose {@code name.ext} parts ({@code BloodHound.zip},
   * {@code com.apple.WebKit.WebContent}) look like domains but are none: one of these words starts
   * the name, follows {@code _} or {@code .}, or is capitalised inside it ({@code TargetFilename}).
   */
  private static final Pattern FILE_FIELD = Pattern.compile("(?:^|[_.])(?i:image|file|path|dll|module|directory"
      + "|folder|object|registry)|Image|File|Path|Dll|Module|Directory|Folder|Object|Registry");

  @Override
  public void check(QueryWalk walk, Reporter out) {
    for (Expr.Matches m : walk.expressions(Expr.Matches.class)) {
      if (isFileField(m.subject())) {
        continue;
      }
      if (m.pattern() instanceof Expr.StringLit s) {
        wildcard(s, out);
      } else if (m.pattern() instanceof Expr.RegexLit r) {
        regex(r.pattern(), r, out);
      }
    }
  }

  private static void wildcard(Expr.StringLit s, Reporter out) {
    String value = s.value();
    if (value.startsWith(".*")) {
      regex(value, s, out); // a regex written as a wildcard (reported by regex-in-wildcard too)
      return;
    }
    if (!value.startsWith("*") || value.length() < 2) {
      return;
    }
    boolean open = value.endsWith("*");
    String domain = value.substring(1, open ? value.length() - 1 : value.length()).toLowerCase(Locale.ROOT);
    if (!DOMAIN.matcher(domain).matches() || domain.endsWith(".exe")) {
      return;
    }
    String escaped = SumoSyntax.regexQuote(domain);
    String anchored = open ? "(?i)(^|\\.)" + escaped + "(:\\d+)?([/?]|$)" : "(?i)(^|\\.)" + escaped + "$";
    out.report(s.span(), "\"" + value + "\" also matches " + examples(domain, open)
        + "; anchor it at a label boundary",
        Fix.replaceWith("match the domain and its subdomains only", SumoSyntax.regex(anchored)));
  }

  private static void regex(String pattern, Expr node, Reporter out) {
    Set<String> domains = new LinkedHashSet<>();
    Matcher matcher = REGEX_DOMAIN.matcher(pattern);
    while (matcher.find()) {
      domains.add(matcher.group(1).replace("\\.", ".").toLowerCase(Locale.ROOT));
    }
    domains.removeIf(d -> d.endsWith(".exe"));
    if (domains.isEmpty()) {
      return;
    }
    String first = domains.iterator().next();
    out.report(node.span(), "the domain" + (domains.size() > 1 ? "s " : " ") + String.join(", ", domains)
        + " in this regex " + (domains.size() > 1 ? "are" : "is") + " not anchored at a label boundary: '"
        + first + "' also matches " + examples(first, true) + "; write (^|\\.)" + SumoSyntax.regexQuote(first)
        + "($|[:/])", Fix.describe("anchor each domain: (^|\\.)domain\\.tld($|[:/])"));
  }

  /** The field, lower-cased or not, names a file, path or registry key. */
  private static boolean isFileField(Expr subject) {
    Expr e = subject;
    while (e instanceof Expr.Call c && c.args().size() == 1) {
      e = c.args().get(0); // toLowerCase(TargetFilename)
    }
    return e instanceof Expr.FieldRef f && FILE_FIELD.matcher(f.name()).find(); // a word of the name: not Profile
  }

  /** Hosts that contain {@code domain} without being it or its subdomain, as the message shows them. */
  static String examples(String domain, boolean openEnd) {
    List<String> hits = new ArrayList<>();
    for (String host : WELL_KNOWN) {
      if (host.contains(domain) && !host.equals(domain) && !host.endsWith("." + domain)
          && (openEnd || host.endsWith(domain))) {
        hits.add("'" + host + "'");
      }
    }
    if (hits.isEmpty()) {
      hits.add("'x" + domain + "'");
      if (openEnd) {
        hits.add("'" + domain + ".attacker.example'");
      }
    }
    return String.join(" and ", hits.subList(0, Math.min(2, hits.size())));
  }
}
