package org.acd.core.api;

/** Which side of a connected call hung up first. */
public enum Party {
    CALLER,
    AGENT
}
