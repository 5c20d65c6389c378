/**
 * Derived resource names without Pulumi types: names built from a repository name for other AWS resources (KMS
 * aliases today), sanitized to the target's character set and length-limited with a stable hash suffix so two
 * different repositories never derive the same name. See docs/encryption.md.
 */
package dev.ecrkit.naming;
