/**
 * What a user says about findings: a configuration file ({@code .sigma2sumo.yml}: checks selected
 * and ignored, severities, per-path ignores, default pipelines) and inline suppressions
 * ({@code sigma2sumo-ignore: check reason} in a comment of the linted file), applied to the findings
 * of a run after every check has run, so that checks never need to know about either.
 */
package io.github.sigma2sumo.lint.policy;
