package dev.ecrkit.stack;

import dev.ecrkit.findings.PlannedResource;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A synthetic planned stack for the linearity tests: N repositories as the components plan them, without running the
 * engine, and a list that counts how often its elements are read.
 */
public final class SyntheticPlan {
    /** The URN prefix of every synthetic resource. */
    private static final String STACK = "urn:pulumi:bench::ecrkit::pulumi:pulumi:Stack$";
    /** The filter of the stack's one registry scanning rule: repositories repo-0000 to repo-0999. */
    public static final String SCAN_FILTER = "repo-0*";

    private SyntheticPlan() {
    }

    /** The entry (and repository name) of repository {@code i}. */
    public static String entry(int i) {
        return String.format(Locale.ROOT, "repo-%04d", i);
    }

    /**
     * {@code n} repositories, each: its {@code ecrkit:index:Repository} component, the repository (MUTABLE, AES256,
     * scan on push off), a {@code Logging} component with a 30-day log group, and for even {@code i} a lifecycle
     * policy; then one registry scanning configuration with a SCAN_ON_PUSH rule for {@link #SCAN_FILTER}. Six
     * resources per repository, five for odd ones, plus one.
     */
    public static List<PlannedResource> resources(int n) {
        var out = new ArrayList<PlannedResource>();
        for (int i = 0; i < n; i++) {
            String name = entry(i);
            String component = STACK + "ecrkit:index:Repository::" + name;
            out.add(resource(component, "ecrkit:index:Repository", name, "", Map.of()));
            out.add(resource(component + "$aws:ecr/repository:Repository::" + name, "aws:ecr/repository:Repository", name,
                    component, Map.of("name", name, "imageTagMutability", "MUTABLE",
                            "imageScanningConfiguration", Map.of("scanOnPush", false))));
            String logging = STACK + "ecrkit:index:Repository$ecrkit:index:Logging::" + name + "-logging";
            out.add(resource(logging, "ecrkit:index:Logging", name + "-logging", component, Map.of()));
            out.add(resource(logging + "$aws:cloudwatch/logGroup:LogGroup::" + name + "-logging-log-group",
                    "aws:cloudwatch/logGroup:LogGroup", name + "-logging-log-group", logging,
                    Map.of("name", "/aws/ecr/" + name, "retentionInDays", 30)));
            if (i % 2 == 0) {
                out.add(resource(component + "$aws:ecr/lifecyclePolicy:LifecyclePolicy::" + name + "-lifecycle",
                        "aws:ecr/lifecyclePolicy:LifecyclePolicy", name + "-lifecycle", component,
                        Map.of("repository", name, "policy", "{\"rules\":[{\"rulePriority\":1,\"selection\":{"
                                + "\"tagStatus\":\"untagged\",\"countType\":\"imageCountMoreThan\",\"countNumber\":5},"
                                + "\"action\":{\"type\":\"expire\"}}]}")));
            }
        }
        out.add(resource(STACK + "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration::scanning",
                "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration", "scanning", "",
                Map.of("scanType", "BASIC", "rules", List.of(Map.of("scanFrequency", "SCAN_ON_PUSH",
                        "repositoryFilters", List.of(Map.of("filter", SCAN_FILTER, "filterType", "WILDCARD")))))));
        return out;
    }

    private static PlannedResource resource(String urn, String type, String name, String parent, Map<String, Object> inputs) {
        return new PlannedResource(urn, type, name, parent, inputs, false, List.of(), Map.of(), "");
    }

    /** A read-only list that counts the element reads ({@code get}, and so every iterator and stream over it). */
    public static final class CountingList<T> extends AbstractList<T> implements RandomAccess {
        private final List<T> items;
        private long reads;

        public CountingList(List<T> items) {
            this.items = List.copyOf(items);
        }

        @Override
        public T get(int index) {
            reads++;
            return items.get(index);
        }

        @Override
        public int size() {
            return items.size();
        }

        /** Element reads so far. */
        public long reads() {
            return reads;
        }
    }
}
