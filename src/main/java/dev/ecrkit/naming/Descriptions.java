package dev.ecrkit.naming;

/** Description texts that fit their service's limit: cut, with "..." at the end, when too long. Pure. */
public final class Descriptions {
    /** Lambda function description: at most 256 characters (BOTO lambda {@code Description}). */
    public static final int LAMBDA_FUNCTION = 256;
    /** EventBridge rule description: at most 512 characters (BOTO events {@code RuleDescription}). */
    public static final int EVENT_RULE = 512;
    /** CloudWatch alarm description: at most 1,024 characters (BOTO cloudwatch {@code AlarmDescription}). */
    public static final int ALARM = 1024;

    private static final String ELLIPSIS = "...";

    private Descriptions() {
    }

    /** {@code text}, or its first {@code max - 3} characters and "..." when it is longer than {@code max}. */
    public static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - ELLIPSIS.length()) + ELLIPSIS;
    }
}
