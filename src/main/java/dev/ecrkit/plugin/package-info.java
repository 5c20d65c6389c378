/**
 * The multi-language component plugin: the components of {@code dev.ecrkit} for TypeScript, Python, Go, C# and YAML
 * programs, started by {@link dev.ecrkit.plugin.PluginMain} (see {@code components/README.md}).
 *
 * <p>pulumi-java 1.36.1 derives the package schema from the classes of this package by reflection: each component is
 * a top-level class named like its Java component, with one constructor {@code (String, <Inputs>,
 * ComponentResourceOptions)}; its declared {@code @Export} fields are the outputs; the fields of the inputs class are the
 * inputs. The inputs are plain values named as in an existing ecrkit table (a repository entry's config keys, a key's
 * Java builder names, the {@code ecrkit:registry} shape). A component passes its typed inputs to the one conversion
 * of the stack package that builds the Java args ({@code StackConfig.repositoryArgs}, {@code KmsConfig.keyArgs},
 * {@code RegistryConfig.registryArgs}, {@code ObservabilityConfig.loggingArgs}, ...), so validation and messages are
 * the same. Each component registers through the Java component's {@code register} method and gets its outputs from
 * {@code PluginOutputs}. Everything here is package-private: Java programs use {@code dev.ecrkit} directly. Every
 * component's inputs class and the nested input types live in {@code dev.ecrkit.inputs}, where they are also the
 * declarations the conversions read.
 */
package dev.ecrkit.plugin;
