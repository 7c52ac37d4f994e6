package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree.YMap;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code auditd}: one Linux audit record as auditd writes it to {@code /var/log/audit/audit.log},
 * which Sumo collects line by line: {@code type=SYSCALL msg=audit(1364481363.243:24287): arch=c000003e
 * syscall=2 success=no comm="cat" exe="/usr/bin/cat" key="sensitive"}.
 *
 * <p>From a flat object of Sigma field names (SigmaHQ's auditd rules read auditd's own names:
 * {@code type}, {@code comm}, {@code exe}, {@code key}, {@code a0} ...): {@code type} comes first
 * and is required; {@code msg} is the {@code audit(<time>:<serial>)} stamp, {@code
 * audit(1700000000.000:1)} when not given; the other fields follow in the user's order. Values that
 * the kernel logs as untrusted strings ({@code comm}, {@code exe}, {@code name}, {@code cwd},
 * {@code key}, {@code path}, {@code proctitle}, and {@code a0}, {@code a1} ... of an {@code EXECVE}
 * record) are written in double quotes, or as upper-case hex of their UTF-8 bytes without quotes
 * when they hold a space, a control character, a double quote or a byte above 0x7E (the kernel's
 * {@code audit_log_untrustedstring}); an empty {@code key} is {@code (null)}. Every other value is
 * written as it is: auditd writes numbers, hex and enumerations there. A user's {@code _raw} line is
 * sent as it is instead.
 */
final class AuditdRendering implements Rendering {

  static final String NAME = "auditd";
  private static final Set<String> UNTRUSTED = Set.of("comm", "exe", "name", "cwd", "key", "path", "proctitle");
  private static final Pattern EXECVE_ARGUMENT = Pattern.compile("a\\d+");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Outcome<SourceEvent> read(YMap userEvent) {
    return FlatRecord.fromSigmaFields(userEvent).map(r -> r);
  }

  @Override
  public Outcome<RenderedMessage> render(SourceEvent event) {
    if (!(event instanceof FlatRecord record)) {
      return Outcome.failed("the auditd rendering writes flat records, not " + event.getClass().getSimpleName());
    }
    if (record.raw().isPresent()) {
      return Outcome.ok(RenderedMessage.of(record.raw().get()));
    }
    Map<String, String> fields = record.texts();
    String type = fields.get("type");
    if (type == null || type.isEmpty()) {
      return Outcome.failed("an auditd record needs its type (type: SYSCALL, EXECVE, PATH ...)");
    }
    StringBuilder out = new StringBuilder("type=").append(type)
        .append(" msg=").append(fields.getOrDefault("msg", "audit(1700000000.000:1)")).append(':');
    for (Map.Entry<String, String> f : fields.entrySet()) {
      if (f.getKey().equals("type") || f.getKey().equals("msg")) {
        continue;
      }
      boolean untrusted = UNTRUSTED.contains(f.getKey())
          || (type.equals("EXECVE") && EXECVE_ARGUMENT.matcher(f.getKey()).matches());
      out.append(' ').append(f.getKey()).append('=').append(untrusted ? untrusted(f.getKey(), f.getValue()) : f.getValue());
    }
    return Outcome.ok(RenderedMessage.of(out.toString()));
  }

  static String untrusted(String name, String value) {
    if (value.isEmpty() && name.equals("key")) {
      return "(null)";
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    boolean hex = false;
    for (byte b : bytes) {
      int u = b & 0xFF;
      if (u <= 0x20 || u >= 0x7F || u == '"') {
        hex = true;
        break;
      }
    }
    if (!hex) {
      return '"' + value + '"';
    }
    StringBuilder out = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      out.append(String.format("%02X", b & 0xFF));
    }
    return out.toString();
  }
}
