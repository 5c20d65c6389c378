/**
 * The multi-language component plugin: the components of {@code dev.ecrkit} for TypeScript, Python, Go, C# and YAML
 * programs, started by {@link dev.ecrkit.plugin.PluginMain} (see {@code components/README.md}).
 *
 * <p>pulumi-java 1.36.1 derives the package schema from the classes of this package by reflection: each component is
 * a top-level class named like its Java component, with one constructor {@code (String, <Inputs>,
 * ComponentResourceOptions)}; its declared {@code @Export} fields are the outputs; the fields of the inputs class are the
 * inputs. The inputs are flat and named like the stack config keys ({@link dev.ecrkit.stack.ConfigKeys}); they become
 * the plain map a config entry is and go through the stack program's conversion, so validation and messages are the
 * same. Everything here is package-private: Java programs use {@code dev.ecrkit} directly.
 */
package dev.ecrkit.plugin;
