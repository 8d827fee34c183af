package org.acd.core.model;

/** How a queue picks among several ready agents for one call. */
public enum RoutingStrategy {
    /** The agent ready for longest. */
    LONGEST_IDLE,
    /** The highest proficiency in the queue's skills, then longest idle. */
    MOST_SKILLED,
    /** The least handle time (talk and wrap-up) since login, then longest idle. */
    LEAST_OCCUPIED,
    /** The agent offered a call least recently, by any queue, then longest idle: calls spread evenly over agents. */
    ROUND_ROBIN
}
