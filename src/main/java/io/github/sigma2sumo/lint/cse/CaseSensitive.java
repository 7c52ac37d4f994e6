package io.github.sigma2sumo.lint.cse;

import io.github.sigma2sumo.ast.BinaryOp;
import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.cse.CseSchema;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.CseCheck;
import io.github.sigma2sumo.lint.Reporter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Case-sensitive tests of fields whose case varies (paths, command lines, user and host names):
 * {@code =}, {@code IN}, {@code LIKE} and {@code matches} compare exactly in Cloud SIEM, so
 * {@code baseImage LIKE '%\powershell.exe'} misses {@code PowerShell.exe}. Sumo's own rules write
 * {@code lower(x) LIKE '%...%'} or {@code (?i)} (reference sumo-cloud-siem.md §2.5). Also reported:
 * an upper-case letter in a value compared with {@code lower(x)}, which can never match. A regex
 * counts only when case decides what it matches ({@link RegexLetters}): {@code :\/\/[0-9]+} or
 * {@code 0x[a-fA-F0-9]{8}} match the same in any case.
 */
final class CaseSensitive extends CseCheck.Base {
  CaseSensitive() {
    super("cse-case-sensitive", Severity.WARNING, "Case-sensitive test of a field whose case varies");
  }

  @Override
  public void check(CseRule rule, List<Expr> nodes, Reporter out) {
    for (Expr e : nodes) {
      if (e instanceof Expr.Binary b && (b.op() == BinaryOp.EQ || b.op() == BinaryOp.NE)) {
        test(b.left(), b.right(), false, out);
      } else if (e instanceof Expr.In in) {
        in.values().forEach(v -> test(in.subject(), v, false, out));
      } else if (e instanceof Expr.Like like) {
        test(like.subject(), like.pattern(), false, out);
      } else if (e instanceof Expr.Matches m) {
        test(m.subject(), m.pattern(), m.pattern() instanceof Expr.RegexLit, out);
      } else if (e instanceof Expr.Rlike r) {
        test(r.subject(), r.pattern(), true, out);
      }
    }
  }

  /** {@code regex}: the value is a regex, whose escapes ({@code \\S}) may be upper case. */
  private static void test(Expr subject, Expr value, boolean regex, Reporter out) {
    Optional<String> text = literal(value);
    if (text.isEmpty() || !(regex ? RegexLetters.caseMatters(text.get()) : hasLetter(text.get()))) {
      return;
    }
    if (subject instanceof Expr.FieldRef f && CseSchema.isCaseVarying(f.name()) && !caseInsensitiveRegex(value)) {
      out.report(value.span(), f.name() + " is compared case-sensitively, so other spellings of its case are missed; "
          + "write lower(" + f.name() + ") with a lower-case value, or (?i) in a regex");
    } else if (subject instanceof Expr.Call c && c.name().equalsIgnoreCase("lower") || subject instanceof Expr.Call t
        && t.name().equalsIgnoreCase("toLowerCase")) {
      if (!regex && !text.get().equals(text.get().toLowerCase(Locale.ROOT))) {
        out.report(value.span(), "the value has upper-case letters but is compared with a lower-cased field, so it "
            + "never matches");
      }
    }
  }

  private static Optional<String> literal(Expr value) {
    if (value instanceof Expr.StringLit s) {
      return Optional.of(s.value());
    } else if (value instanceof Expr.RegexLit r) {
      return Optional.of(r.pattern());
    }
    return Optional.empty();
  }

  private static boolean caseInsensitiveRegex(Expr value) {
    String pattern = value instanceof Expr.RegexLit r ? r.pattern() : value instanceof Expr.StringLit s ? s.value() : "";
    return pattern.matches("(?s)(\\^)?\\(\\?[a-zA-Z]*i[a-zA-Z]*[:)].*");
  }

  private static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }
}
