package io.github.sigma2sumo.run.sigma;

import io.github.sigma2sumo.diag.Location;
import java.util.Objects;
import java.util.Optional;

/**
 * How one detection item fared on one event: the search identifier and scope (the rule, or a
 * filter applied to it) it belongs to, its key as written ({@code Image|endswith}; keyword lists
 * show {@code keywords}), where it is, whether it held (after {@code neq}), the first rule value
 * that matched (before {@code neq} negates the item), and the event's value of the field as
 * {@code 'text'}, a number, {@code null}, {@code absent}, {@code [...]} or {@code {n keys}}
 * (keywords: none), shortened to {@link #MAX_SHOWN} characters.
 */
public record ItemVerdict(String scope, String identifier, String key, Location location, boolean matched,
    Optional<String> ruleValue, Optional<String> eventValue) {

  public static final int MAX_SHOWN = 200;

  public ItemVerdict {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(ruleValue, "ruleValue");
    Objects.requireNonNull(eventValue, "eventValue");
  }
}
