package dev.ecrkit;

/** Lifecycle policies used by several tests. */
final class LifecycleTestPolicies {
    /** Keep the 30 newest images (the module's complete example), 100+ characters as AWS requires. */
    static final String KEEP_30 = "{\"rules\":[{\"rulePriority\":1,\"description\":\"Keep last 30 images\","
            + "\"selection\":{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":30},"
            + "\"action\":{\"type\":\"expire\"}}]}";

    private LifecycleTestPolicies() {
    }
}
