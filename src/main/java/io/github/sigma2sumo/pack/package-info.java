/**
 * Rule packs: compiled rules as Cloud SIEM REST API bodies, as a Sumo content-library folder of
 * saved searches, and as Terraform configuration (reference sumo-cloud-siem.md §5, §6).
 */
package io.github.sigma2sumo.pack;
