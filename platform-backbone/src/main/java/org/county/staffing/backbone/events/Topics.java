package org.county.staffing.backbone.events;

/** One topic per producing service; each consuming service has its own dead-letter topic. */
public final class Topics {

    public static final String QUOTA = "quota.events";
    public static final String POST = "post.events";
    public static final String RECRUITMENT = "recruitment.events";
    public static final String ROTATION = "rotation.events";

    private Topics() {
    }

    /** {@code quota-service} publishes to {@code quota.events}. */
    public static String of(String serviceName) {
        String prefix = serviceName.endsWith("-service")
                ? serviceName.substring(0, serviceName.length() - "-service".length())
                : serviceName;
        return prefix + ".events";
    }

    public static String deadLetterOf(String serviceName) {
        return serviceName + ".dead-letter";
    }
}
