package io.github.sigma2sumo.compile;

/** A time span as Sumo writes it, in its largest exact unit: 3600 s is {@code 1h}, 90 s is {@code 90s}. */
public final class Durations {
  private Durations() {}

  public static String text(long seconds) {
    if (seconds % 86400 == 0) {
      return seconds / 86400 + "d";
    } else if (seconds % 3600 == 0) {
      return seconds / 3600 + "h";
    } else if (seconds % 60 == 0) {
      return seconds / 60 + "m";
    }
    return seconds + "s";
  }
}
