package com.example.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pulumi.test.Mocks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Pulumi mocks for the examples' tests: records every resource and answers ARNs, ids and URLs like AWS would, for
 * account 123456789012 in us-east-1 ({@code arn:aws:<service>:us-east-1:123456789012:<resource name>}; repositories,
 * IAM roles and KMS keys in their own formats).
 */
public final class RecordingMocks implements Mocks {
    /** Every registered resource, in registration order. */
    public final List<Registered> registered = Collections.synchronizedList(new ArrayList<>());

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        registered.add(new Registered(args.type, args.name, args.inputs));
        var state = new HashMap<String, Object>(args.inputs);
        String service = args.type.startsWith("aws:") ? args.type.substring(4, args.type.indexOf('/')) : "x";
        state.put("arn", "arn:aws:" + service + ":us-east-1:123456789012:" + args.name);
        if (args.type.equals("aws:ecr/repository:Repository")) {
            state.put("arn", "arn:aws:ecr:us-east-1:123456789012:repository/" + args.inputs.get("name"));
            state.put("repositoryUrl", "123456789012.dkr.ecr.us-east-1.amazonaws.com/" + args.inputs.get("name"));
            state.put("registryId", "123456789012");
        }
        if (args.type.equals("aws:iam/role:Role")) {
            state.put("arn", "arn:aws:iam::123456789012:role/" + args.inputs.get("name"));
            state.put("name", args.inputs.get("name"));
        }
        if (args.type.equals("aws:kms/key:Key")) {
            state.put("keyId", args.name + "-id");
        }
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), state));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        // getCallerIdentity, getRegion and getPartition read the fields they need from this one answer
        return CompletableFuture.completedFuture(Map.ofEntries(Map.entry("accountId", "123456789012"),
                Map.entry("arn", "arn:aws:iam::123456789012:user/test"), Map.entry("userId", "AIDATEST"),
                Map.entry("id", "test"), Map.entry("name", "us-east-1"), Map.entry("region", "us-east-1"),
                Map.entry("description", "US East (N. Virginia)"), Map.entry("endpoint", "ec2.us-east-1.amazonaws.com"),
                Map.entry("partition", "aws"), Map.entry("dnsSuffix", "amazonaws.com"),
                Map.entry("reverseDnsPrefix", "com.amazonaws")));
    }

    /** The resources of one type, in registration order. */
    public List<Registered> ofType(String type) {
        synchronized (registered) {
            return registered.stream().filter(r -> r.type().equals(type)).toList();
        }
    }

    /** The one resource of this type; fails the test when there are none or several. */
    public Registered one(String type) {
        var all = ofType(type);
        assertEquals(1, all.size(), type);
        return all.get(0);
    }

    /** Type -> how many, for every registered resource. */
    public Map<String, Long> counts() {
        var out = new TreeMap<String, Long>();
        synchronized (registered) {
            registered.forEach(r -> out.merge(r.type(), 1L, Long::sum));
        }
        return out;
    }
}
