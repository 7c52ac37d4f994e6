/**
 * Events as users have them, and the three views {@code sigma2sumo test} runs a rule on: the object
 * of Sigma field names the Sigma evaluator reads, the raw message Sumo stores (as each shipper writes
 * it, with the fields a Field Extraction Rule would index), and the normalized record Cloud SIEM
 * builds.
 *
 * <p>Independent of the compiler on purpose: nothing here imports {@code compile}, {@code emit},
 * {@code lint}, {@code pack} or {@code cli}. The renderings and the Cloud SIEM mappings are facts
 * about log formats taken from the shippers' and Sumo Logic's documentation, so that a wrong
 * extraction or field mapping in a pipeline shows up as a disagreement. See docs/rendering.md.
 */
@NullMarked
package io.github.sigma2sumo.run.events;

import org.jspecify.annotations.NullMarked;
