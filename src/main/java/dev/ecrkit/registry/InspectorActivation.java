package dev.ecrkit.registry;

import dev.ecrkit.validation.Problems;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Activates Amazon Inspector's ECR scanning for the registry's own account and region: one
 * {@code aws:inspector2/enabler:Enabler} with {@code resourceTypes} {@link #resourceTypes()} and {@code accountIds} the
 * account the provider deploys to (Inspector2 API {@code Enable},
 * https://docs.aws.amazon.com/inspector/v2/APIReference/API_Enable.html).
 *
 * <p>What the Enabler does, from terraform-provider-aws {@code internal/service/inspector2/enabler.go} (the code behind
 * the provider's resource):
 * <ul>
 * <li>create calls {@code Enable} for the listed scan types, then {@code Disable} for every <em>other</em> scan type
 * that is enabled in the account (terraform-provider-aws PR #38254: "an internal call to disable any resource types not
 * listed when creating the resource"): list with {@link #alsoActivating} the scan types the account already uses;</li>
 * <li>delete ({@code pulumi destroy}, or removing the setting) calls {@code Disable} for every scan type, which
 * deactivates Amazon Inspector in the account: "all Amazon Inspector scan settings, including filters, suppression
 * rules, and findings are deleted" (Amazon Inspector User Guide, "Deactivating Amazon Inspector",
 * https://docs.aws.amazon.com/inspector/latest/user/deactivating-best-practices.html), and deactivating ECR scanning
 * sets the registry back to basic scanning ("Deactivating a scan type",
 * https://docs.aws.amazon.com/inspector/latest/user/deactivate-scans.html). So ecrkit sets Pulumi's
 * {@code retainOnDelete} option by default: Pulumi then forgets the Enabler without calling {@code Disable}, and a
 * destroy never deletes the account's findings; {@link #deactivatedOnDelete()} opts into the provider's delete.</li>
 * </ul>
 *
 * <p>Activating ECR scanning "change[s] the scanning configuration setting for your private registry from basic
 * scanning to enhanced scanning" (Amazon Inspector User Guide, "Activating a scan type",
 * https://docs.aws.amazon.com/inspector/latest/user/activate-scans.html), so it is refused beside a registry scanning
 * configuration of scan type BASIC ({@link #BASIC_SCAN_TYPE_RULE}). The other way round needs no Enabler: setting the
 * registry's scan type to ENHANCED through ECR activates the integration by itself ("Amazon Inspector integration with
 * Amazon ECR", https://docs.aws.amazon.com/inspector/latest/user/ecr-integration.html: "You can activate the
 * integration by activating Amazon Inspector scanning through the Amazon Inspector console or API, or by configuring
 * your repository to use Enhanced scanning ... through the Amazon ECR console or API"). Pure.
 *
 * @param scanTypes       the scan types to activate; always holds {@link InspectorScanType#ECR}
 * @param retainOnDelete  whether destroying the Enabler leaves Inspector as it is. Default: true (false: the
 *                        provider's delete deactivates Inspector in the account)
 */
public record InspectorActivation(Set<InspectorScanType> scanTypes, boolean retainOnDelete) {
    /** The rule a scan type list without ECR breaks: the Registry activates Inspector for its registry only. */
    public static final String ECR_REQUIRED_RULE = "must include ECR: the Registry activates Amazon Inspector for its"
            + " registry's images; other scan types only beside it";
    /** The rule a registry scanning configuration of scan type BASIC breaks beside an activation (class comment). */
    public static final String BASIC_SCAN_TYPE_RULE = "is BASIC, but inspector activates Amazon Inspector's ECR"
            + " scanning, which sets the registry's scan type to ENHANCED (Amazon Inspector User Guide, \"Activating a"
            + " scan type\", https://docs.aws.amazon.com/inspector/latest/user/activate-scans.html), so the two would"
            + " overwrite each other; use ENHANCED or leave inspector out";

    public InspectorActivation {
        var copy = EnumSet.noneOf(InspectorScanType.class);
        scanTypes.forEach(t -> copy.add(Objects.requireNonNull(t, "scanType")));
        scanTypes = Collections.unmodifiableSet(copy);
    }

    /** ECR scanning only; destroying it leaves Inspector as it is (Pulumi's {@code retainOnDelete}). */
    public static InspectorActivation ecr() {
        return new InspectorActivation(EnumSet.of(InspectorScanType.ECR), true);
    }

    /** The same, also activating {@code others}: the scan types the account uses beside ECR, which create would disable. */
    public InspectorActivation alsoActivating(InspectorScanType... others) {
        var all = EnumSet.copyOf(scanTypes);
        all.addAll(Arrays.asList(others));
        return new InspectorActivation(all, retainOnDelete);
    }

    /**
     * The same without Pulumi's {@code retainOnDelete}: destroying it (or removing it) calls {@code Disable} for every
     * scan type, which deactivates Amazon Inspector in the account and deletes its findings (class comment).
     */
    public InspectorActivation deactivatedOnDelete() {
        return new InspectorActivation(scanTypes, false);
    }

    /** The Enabler's {@code resourceTypes}: the wire values, in {@link InspectorScanType} order. */
    public List<String> resourceTypes() {
        return scanTypes.stream().map(InspectorScanType::wire).toList();
    }

    /** Checks the scan types (field {@code scanTypes}). */
    public void validate(Problems p) {
        if (!scanTypes.contains(InspectorScanType.ECR)) {
            p.add("scanTypes", ECR_REQUIRED_RULE, resourceTypes());
        }
    }
}
