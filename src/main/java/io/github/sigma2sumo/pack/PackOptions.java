package io.github.sigma2sumo.pack;

import java.util.Objects;
import java.util.Optional;

/**
 * Settings of a pack. {@code license}: the licence named for rules that state none (SigmaHQ's rules
 * are under the Detection Rule License, which requires attribution). {@code folder}: the content
 * folder's name. {@code email}: when given, each saved search is scheduled every 15 minutes and mails
 * its results there; without it the searches are saved unscheduled.
 */
public record PackOptions(String license, String folder, Optional<String> email) {
  public PackOptions {
    Objects.requireNonNull(license, "license");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(email, "email");
  }
}
