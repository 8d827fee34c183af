package org.acd.config.ivr;

/** How a say node speaks its value. */
public enum SayFormat {
    DIGITS, NUMBER, DATE
}
