package org.acd.simulator.whatif;

import java.util.List;
import org.acd.core.reporting.KpiSummary;

/**
 * A what-if beside what happened: the KPIs of the journal, the KPIs of its replay, and what the
 * replay assumed. Immutable.
 *
 * @param observed        the journal's KPIs, every call counted
 * @param predicted       the replay's KPIs, by the same calculator and thresholds
 * @param calls           calls in the journal
 * @param abandons        callers who hung up in the journal: their patience is replayed exactly
 * @param meanPatienceMs  the exponential patience fitted to the journal's waits, drawn beyond the wait
 *                        of every caller who did not hang up; infinite when nobody did
 * @param startMs         the journal's first outcome
 * @param endMs           the journal's last outcome, where the replay stops
 * @param notes           what the staffing changes did, and agents of the journal the routing does not have
 */
public record WhatIfResult(KpiSummary observed, KpiSummary predicted, long calls, long abandons,
                           double meanPatienceMs, long startMs, long endMs, List<String> notes) {

    public WhatIfResult {
        notes = List.copyOf(notes);
    }
}
