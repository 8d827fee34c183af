package org.acd.simulator.emulator;

/**
 * The feature codes an agent dials from the phone, as the project's dialplan
 * (config/asterisk/extensions.conf, context {@code agents}) runs them: the {@code agent-feature}
 * FastAGI script with the action as its parameter.
 */
enum FeatureCode {
    LOGIN("*71", "login"),
    PAUSE("*73", "pause"),
    READY("*74", "ready");

    static final String CONTEXT = "agents";

    private final String extension;
    private final String action;

    FeatureCode(String extension, String action) {
        this.extension = extension;
        this.action = action;
    }

    String extension() {
        return extension;
    }

    /** The AGI script with its query, e.g. {@code agent-feature?action=pause}. */
    String script() {
        return "agent-feature?action=" + action;
    }
}
