package org.acd.core.view;

import org.acd.core.api.AgentState;

/**
 * One agent at the snapshot instant.
 *
 * @param callId                the call ringing or connected, 0 if none
 * @param pendingNotReadyReason applied when the current call and wrap-up end, empty if none
 * @param wrapUpEndsMs          when wrap-up ends, {@code Long.MIN_VALUE} when not in wrap-up
 */
public record AgentView(String id, AgentState state, String reason, long stateSinceMs, long idleSinceMs,
                        boolean deviceReachable, boolean routable, long callId, String pendingNotReadyReason,
                        boolean pendingLogout, long handleMsSinceLogin, long lastOfferNumber,
                        int ringNoAnswerCount, long wrapUpEndsMs) {
}
