package dev.ecrkit.tagging;

/** The four user-supplied values that default-tag templates draw from, with the builder field that sets each. */
public enum DefaultTagValue {
    /** Terraform {@code default_tags_environment}. */
    ENVIRONMENT("defaultTagsEnvironment"),
    /** Terraform {@code default_tags_owner}. */
    OWNER("defaultTagsOwner"),
    /** Terraform {@code default_tags_project}. */
    PROJECT("defaultTagsProject"),
    /** Terraform {@code default_tags_cost_center}. */
    COST_CENTER("defaultTagsCostCenter");

    private final String field;

    DefaultTagValue(String field) {
        this.field = field;
    }

    /** The builder/config field name, used in problem messages ({@code defaultTagsEnvironment}). */
    public String field() {
        return field;
    }
}
