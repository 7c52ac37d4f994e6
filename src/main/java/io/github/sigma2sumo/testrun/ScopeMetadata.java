package io.github.sigma2sumo.testrun;

import io.github.sigma2sumo.ast.ScopeExpr;
import io.github.sigma2sumo.sumo.parser.QueryParser;
import io.github.sigma2sumo.source.SourceFile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Metadata a message must carry to be in a pipeline's search scope ({@code _sourceCategory=*sysmon*}
 * gives {@code _sourceCategory: sysmon}): where a log lives is a deployment's choice, not what a
 * test proves, so a rendered event is placed where the scope looks. Each {@code field=value} term of
 * the scope's top-level AND (or of the first alternative of an OR) is satisfied, a wildcard
 * {@code *} standing for nothing and {@code ?} for one letter; negated terms and keywords are left
 * to the message itself.
 */
final class ScopeMetadata {
  private ScopeMetadata() {}

  static Map<String, String> satisfying(String scope) {
    Map<String, String> out = new LinkedHashMap<>();
    QueryParser.parse(SourceFile.of("scope", scope)).query().flatMap(q -> q.scope()).ifPresent(s -> collect(s, out));
    return out;
  }

  private static void collect(ScopeExpr scope, Map<String, String> out) {
    if (scope instanceof ScopeExpr.And and) {
      and.terms().forEach(t -> collect(t, out));
    } else if (scope instanceof ScopeExpr.Or or) {
      collect(or.terms().get(0), out);
    } else if (scope instanceof ScopeExpr.Field field && !field.negated()) {
      out.put(field.name(), field.value().text().replace("*", "").replace('?', 'x'));
    }
  }
}
