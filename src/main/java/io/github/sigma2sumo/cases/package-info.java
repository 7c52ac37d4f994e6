/**
 * Test cases where users keep them: sigma-test's {@code testcases:} inside a rule, SigmaHQ's
 * {@code regression_data} layout, and sigma2sumo's own test files (docs/testing.md). This package
 * only reads them; {@code sigma2sumo test} runs them.
 */
@NullMarked
package io.github.sigma2sumo.cases;

import org.jspecify.annotations.NullMarked;
