package io.github.sigma2sumo.sigma;

import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1033-core-schema) with the same tags as
 * snakeyaml-engine's {@link CoreSchema}, resolved faster. Its resolver looks up the regexes by a
 * scalar's first character and, when none matched, tries two more on every scalar: the empty
 * string, and {@code ~}, {@code null}, {@code Null}, {@code NULL} or one space. So a plain scalar
 * whose first character has no regex of its own and is not {@code ~}, {@code N} or a space is a
 * string, and is answered so without running a regex. Most values of a rule ({@code \cmd.exe},
 * {@code Image|endswith}) are such strings. CoreSchemaResolverTest checks the answers are the same.
 */
final class CoreSchemaResolver extends CoreScalarResolver {
  /** The schema {@link YamlTree} loads with. */
  static final CoreSchema SCHEMA = new CoreSchema() {
    private final ScalarResolver resolver = new CoreSchemaResolver();

    @Override
    public ScalarResolver getScalarResolver() {
      return resolver;
    }
  };

  CoreSchemaResolver() {
    super(true); // merge keys, as CoreSchema has them
  }

  /** What the core schema's bool regex matches; only it is registered for a first character in {@code tfTF}. */
  private static final Set<String> BOOLEANS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");

  @Override
  public Tag resolve(String value, Boolean implicit) {
    if (implicit && !value.isEmpty()) {
      char first = value.charAt(0);
      if (first == 't' || first == 'f' || first == 'T' || first == 'F') {
        return BOOLEANS.contains(value) ? Tag.BOOL : Tag.STR; // 'title', 'tags', 'filter': no regex either
      }
      if ("~N ".indexOf(first) < 0 && !yamlImplicitResolvers.containsKey(first)) {
        return Tag.STR;
      }
    }
    return super.resolve(value, implicit);
  }
}
