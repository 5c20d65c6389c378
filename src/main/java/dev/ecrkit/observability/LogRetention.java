package dev.ecrkit.observability;

import dev.ecrkit.validation.Problems;
import java.util.List;
import java.util.stream.Collectors;

/** Log retention values CloudWatch Logs accepts. Pure. */
public final class LogRetention {
    /**
     * Retention days CloudWatch Logs accepts: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096,
     * 1827, 2192, 2557, 2922, 3288, 3653
     * (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html). The
     * Terraform module rejects 1096, 2192, 2557, 2922 and 3288; ecrkit accepts every value AWS accepts.
     */
    public static final List<Integer> DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731,
            1096, 1827, 2192, 2557, 2922, 3288, 3653);
    /**
     * Never expire: the provider's {@code retentionInDays = 0} (no retention policy; the module's {@code 0}).
     */
    public static final int NEVER_EXPIRE = 0;

    private LogRetention() {
    }

    /** Whether {@code days} is accepted: one of {@link #DAYS} or {@link #NEVER_EXPIRE}. */
    public static boolean isValid(int days) {
        return days == NEVER_EXPIRE || DAYS.contains(days);
    }

    /** Records a problem when {@code days} is not accepted. */
    public static void check(Problems p, String field, int days) {
        if (!isValid(days)) {
            p.add(field, "must be 0 (never expire) or one of " + DAYS.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")), days);
        }
    }
}
