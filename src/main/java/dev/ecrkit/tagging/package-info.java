/**
 * PURE tagging logic (no Pulumi types): default-tag templates, tag-key case normalization, required-tag validation
 * and AWS tag limits. Entry point: {@link dev.ecrkit.tagging.Tagging#compute}. See {@code docs/tagging.md}.
 */
package dev.ecrkit.tagging;
