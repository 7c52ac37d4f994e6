package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree.YMap;

/**
 * One event as the user gave it, read into the shape of its source: a Windows event, a JSON record
 * of a cloud service, or a flat record of fields (auditd lines and the sources whose fields Field
 * Extraction Rules provide). A {@link Rendering} reads one and writes the raw message Sumo stores;
 * {@link CseRecords} normalizes one as Cloud SIEM would.
 *
 * <p>Invariant: {@link #sigmaFields()} is the object of Sigma field names the Sigma evaluator reads,
 * built from the same data the renderings write, so the three views never drift apart.
 */
public sealed interface SourceEvent permits WindowsEvent, JsonRecord, FlatRecord {

  /** The event as an object of Sigma field names, in a stable order. */
  YMap sigmaFields();
}
