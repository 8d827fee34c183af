package org.acd.config.ivr;

/** What a lookup node looks up: the caller by caller ID or by a keyed account number, or an order by number. */
public enum LookupSource {
    CALLER_ID, ACCOUNT, ORDER
}
