package dev.ecrkit.tagging;

import dev.ecrkit.validation.WireValues;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The default-tag sets (Terraform variable {@code default_tags_template}). Entries whose value is unset are dropped;
 * an explicitly given {@code ""} is kept. Unlike the module, {@code CreatedBy}/{@code ManagedBy} say {@code Pulumi}.
 * Keys are listed before normalization (they are normalized like user keys).
 */
public enum DefaultTagsTemplate {
    /** CreatedBy, ManagedBy, Environment, Owner, Project. */
    BASIC("basic", List.of()),
    /** basic plus CostCenter, BillingProject (= project), ResourceType=ECR, Service=ECR, Billable=true. */
    COST_ALLOCATION("cost_allocation", List.of(
            TemplateTag.from("CostCenter", DefaultTagValue.COST_CENTER),
            TemplateTag.from("BillingProject", DefaultTagValue.PROJECT),
            TemplateTag.fixed("ResourceType", "ECR"),
            TemplateTag.fixed("Service", "ECR"),
            TemplateTag.fixed("Billable", "true"))),
    /** basic plus CostCenter, DataClass=Internal, Compliance=Required, BackupRequired=true, MonitoringLevel=Standard,
     * SecurityReview=Required (as the module: not the cost-allocation extras, whatever its README says). */
    COMPLIANCE("compliance", List.of(
            TemplateTag.from("CostCenter", DefaultTagValue.COST_CENTER),
            TemplateTag.fixed("DataClass", "Internal"),
            TemplateTag.fixed("Compliance", "Required"),
            TemplateTag.fixed("BackupRequired", "true"),
            TemplateTag.fixed("MonitoringLevel", "Standard"),
            TemplateTag.fixed("SecurityReview", "Required"))),
    /** basic plus Application (= project), Version=latest, DeploymentStage and LifecycleStage (= environment),
     * MaintenanceWindow=weekend. */
    SDLC("sdlc", List.of(
            TemplateTag.from("Application", DefaultTagValue.PROJECT),
            TemplateTag.fixed("Version", "latest"),
            TemplateTag.from("DeploymentStage", DefaultTagValue.ENVIRONMENT),
            TemplateTag.from("LifecycleStage", DefaultTagValue.ENVIRONMENT),
            TemplateTag.fixed("MaintenanceWindow", "weekend"))),
    /** No template (the module's {@code default_tags_template = null}): basic plus CostCenter. Wire value: the empty
     * string. */
    CUSTOM("", List.of(TemplateTag.from("CostCenter", DefaultTagValue.COST_CENTER)));

    /** The value of {@code CreatedBy} and {@code ManagedBy} in every set. */
    public static final String CREATED_BY = "Pulumi";

    private static final List<TemplateTag> BASIC_TAGS = List.of(
            TemplateTag.fixed("CreatedBy", CREATED_BY),
            TemplateTag.fixed("ManagedBy", CREATED_BY),
            TemplateTag.from("Environment", DefaultTagValue.ENVIRONMENT),
            TemplateTag.from("Owner", DefaultTagValue.OWNER),
            TemplateTag.from("Project", DefaultTagValue.PROJECT));

    private final String wire;
    private final List<TemplateTag> extra;

    DefaultTagsTemplate(String wire, List<TemplateTag> extra) {
        this.wire = wire;
        this.extra = extra;
    }

    /** The value used in configuration and outputs ({@code basic}, ..., {@code ""} for {@link #CUSTOM}). */
    public String wire() {
        return wire;
    }

    /** The constant with this exact wire value, or empty when there is none. */
    public static Optional<DefaultTagsTemplate> fromWire(String wire) {
        return WireValues.find(values(), DefaultTagsTemplate::wire, wire);
    }

    /** Every accepted wire value, in declaration order. */
    public static List<String> wireValues() {
        return WireValues.values(values(), DefaultTagsTemplate::wire);
    }

    @Override
    public String toString() {
        return wire;
    }

    /** Whether this set has a tag whose value comes from {@code value} (basic and sdlc have no CostCenter). */
    public boolean uses(DefaultTagValue value) {
        return entries().stream().anyMatch(t -> t.field().equals(value.field()));
    }

    /** The entries of this set, in order, before dropping unset values. */
    List<TemplateTag> entries() {
        return Stream.concat(BASIC_TAGS.stream(), extra.stream()).toList();
    }
}
