package io.github.sigma2sumo.diag.render;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;

/**
 * What identifies a finding across runs whatever line it is on (SARIF's partial fingerprints,
 * GitLab's Code Quality fingerprints): a hash of its check, file, the text of its line and its
 * message, then which occurrence of that key it is, in report order ({@code <hash>:<n>}).
 */
final class Fingerprints {
  private final Map<String, SourceFile> sources;
  private final Map<String, Integer> occurrences = new HashMap<>();

  Fingerprints(Map<String, SourceFile> sources) {
    this.sources = sources;
  }

  /** The fingerprint of {@code d}, the next finding in report order. */
  String next(Diagnostic d) {
    String key = key(d, sources.get(d.location().file()));
    return sha256(key) + ":" + occurrences.merge(key, 1, Integer::sum);
  }

  private static String key(Diagnostic d, SourceFile source) {
    var loc = d.location();
    String line = source != null && loc.line() >= 1 && loc.line() <= source.lineMap().lineCount()
        ? source.lineMap().lineText(loc.line()).strip() : "";
    return d.checkId() + '\0' + loc.file() + '\0' + line + '\0' + d.message();
  }

  private static String sha256(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        hex.append(Character.forDigit((hash[i] >> 4) & 0xf, 16)).append(Character.forDigit(hash[i] & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
