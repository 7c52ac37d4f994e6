package io.github.sigma2sumo.sigma;

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

  @Override
  public Tag resolve(String value, Boolean implicit) {
    if (implicit && !value.isEmpty() && "~N ".indexOf(value.charAt(0)) < 0
        && !yamlImplicitResolvers.containsKey(value.charAt(0))) {
      return Tag.STR;
    }
    return super.resolve(value, implicit);
  }
}
