/**
 * PURE derived resource names (no Pulumi types): the names ecrkit gives to topics, rules, functions, roles, queues
 * and alarms it derives from a repository name, sanitized to each service's character set and length-limited with a
 * stable hash suffix. Entry point: {@link dev.ecrkit.naming.DerivedName#of}.
 */
package dev.ecrkit.naming;
