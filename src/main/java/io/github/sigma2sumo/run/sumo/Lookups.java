package io.github.sigma2sumo.run.sumo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The lookup tables a caller provides, by the location a query names them with: the path of
 * {@code path://"/Library/Users/me/Suspicious Users"}, or a classic table's URL or path as written
 * ({@code https://company.com/userTable.csv}, {@code shared/statusupdates}). A {@code lookup} of a
 * table not given is refused when the query is prepared.
 */
public final class Lookups {
  private static final Lookups NONE = new Lookups(Map.of());

  private final Map<String, LookupTable> tables;

  private Lookups(Map<String, LookupTable> tables) {
    this.tables = tables;
  }

  public static Lookups none() {
    return NONE;
  }

  public static Lookups of(Map<String, LookupTable> tables) {
    return new Lookups(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables)));
  }

  public Optional<LookupTable> table(String location) {
    return Optional.ofNullable(tables.get(location));
  }
}
