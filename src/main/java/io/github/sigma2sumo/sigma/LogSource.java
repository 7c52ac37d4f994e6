package io.github.sigma2sumo.sigma;

import java.util.Objects;
import java.util.Optional;

/** A rule's {@code logsource} (reference sigma.md §1.3). */
public record LogSource(Optional<String> category, Optional<String> product, Optional<String> service) {
  public LogSource {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(service, "service");
  }

  /**
   * True when this log source, used as a pattern, covers {@code rule}: every attribute set here is
   * the same there (pySigma's containment; unset attributes match anything).
   */
  public boolean covers(LogSource rule) {
    return matches(category, rule.category) && matches(product, rule.product) && matches(service, rule.service);
  }

  private static boolean matches(Optional<String> pattern, Optional<String> value) {
    return pattern.isEmpty() || pattern.equals(value);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    category.ifPresent(c -> out.append("category: ").append(c));
    product.ifPresent(p -> out.append(out.length() > 0 ? ", " : "").append("product: ").append(p));
    service.ifPresent(s -> out.append(out.length() > 0 ? ", " : "").append("service: ").append(s));
    return out.toString();
  }
}
