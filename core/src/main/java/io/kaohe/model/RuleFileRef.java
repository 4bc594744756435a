package io.kaohe.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A rule or parameter file that decided a verdict, named by its path relative to the pack (as in an
 * override directory) and the SHA-256 of its text (UTF-8, line ends normalised to LF).
 */
@JsonPropertyOrder({"file", "sha256"})
public record RuleFileRef(String file, String sha256) {}
