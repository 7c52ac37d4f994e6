/**
 * Queries where Sumo Logic content keeps them: content-library exports, monitor exports and Cloud
 * SIEM rules as JSON, and Terraform files. Each query is taken out with a map from each of its code
 * points to where that code point is written in the user's file (through JSON escapes and heredoc
 * indentation), so that a finding on the query points into the file the user has open.
 */
package io.github.sigma2sumo.content;
