package org.acd.server.admin;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.acd.config.model.AcdConfig;
import org.acd.config.model.BusinessHours;
import org.acd.config.model.KpiSettings;
import org.acd.core.reporting.KpiThresholds;

/**
 * What the web wallboard colours against and counts "today" by. Longest waits follow the meaning
 * {@code acdctl watch} gives them: yellow from {@code yellowAfterMs}, red from {@code redAfterMs}.
 * Today's service level is green at or above the queue's target, yellow up to
 * {@link #SERVICE_LEVEL_YELLOW_BAND} below it, red further down; today's abandon rate is yellow from
 * {@code abandonYellow} and red from {@code abandonRed}. Immutable.
 *
 * @param kpi short-abandon and service-level thresholds of today's figures
 * @param zone the time zone whose midnight starts "today"
 * @param serviceLevelTargets each queue's service-level goal as a fraction; others get {@link #DEFAULT_TARGET}
 */
public record WallboardSettings(KpiThresholds kpi, ZoneId zone, long yellowAfterMs, long redAfterMs,
                                Map<String, Double> serviceLevelTargets, double abandonYellow, double abandonRed) {

    /** The goal of a queue without one of its own: 80 % within the threshold, the usual 80/20. */
    public static final double DEFAULT_TARGET = 0.80;
    /** How far under its target a queue's service level stays yellow before it turns red. */
    public static final double SERVICE_LEVEL_YELLOW_BAND = 0.10;

    public WallboardSettings {
        serviceLevelTargets = Map.copyOf(serviceLevelTargets);
    }

    /** The defaults of a configuration file without a {@code kpi} section, in this machine's time zone. */
    public static WallboardSettings defaults() {
        return of(KpiSettings.DEFAULTS, ZoneId.systemDefault(), Map.of());
    }

    /** The file's KPI thresholds and wallboard colours, its queues' goals and its business hours' zone. */
    public static WallboardSettings of(AcdConfig config) {
        Map<String, Double> targets = new HashMap<>();
        config.serviceLevels().forEach((queue, target) -> targets.put(queue, target.targetPercent() / 100));
        return of(config.kpi(), config.businessHours().map(BusinessHours::zone).orElse(ZoneId.systemDefault()),
                targets);
    }

    private static WallboardSettings of(KpiSettings kpi, ZoneId zone, Map<String, Double> targets) {
        return new WallboardSettings(kpi.thresholds(), zone, kpi.yellowAfterMs(), kpi.redAfterMs(), targets,
                kpi.abandonYellow(), kpi.abandonRed());
    }

    double serviceLevelTarget(String queueId) {
        return serviceLevelTargets.getOrDefault(queueId, DEFAULT_TARGET);
    }
}
