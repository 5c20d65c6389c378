/**
 * ECR's own value types that both a repository ({@code dev.ecrkit.Repository}) and a repository creation template
 * ({@link dev.ecrkit.registry.RepositoryCreationTemplate}) take: image tag mutability
 * ({@link dev.ecrkit.ecr.ImageTagMutability}) with its exclusion filters ({@link dev.ecrkit.ecr.ExclusionFilter}) and
 * the encryption type ({@link dev.ecrkit.ecr.EncryptionType}), each carrying its AWS wire value. Pure: no Pulumi
 * types, so the pure {@code dev.ecrkit.registry} package can use them without importing the components.
 */
package dev.ecrkit.ecr;
