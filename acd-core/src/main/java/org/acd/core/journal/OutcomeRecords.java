package org.acd.core.journal;

/**
 * Where the engine's outcomes are written, and how the outcomes of one event are framed: between
 * {@link #beginRecord} and {@link #endRecord} every call on {@link #writer} goes into one record.
 * The outcomes journal makes that record one Chronicle document, appended once per event instead of
 * once per outcome, and never seen half written by a reader. Engine thread only.
 */
public interface OutcomeRecords {

    JournaledOutcomes writer();

    /** Starts the record of one event's outcomes. */
    void beginRecord();

    /** Ends the record begun last, making it visible to readers. */
    void endRecord();

    /**
     * Drops the record begun last, none of it ever visible to readers: a write into it failed, and a
     * record cut short would be a torn entry that replay and reports could not read.
     */
    void discardRecord();

    /** Outcomes written one by one, with no framing (nothing to discard): for sinks that are not a journal. */
    static OutcomeRecords unframed(JournaledOutcomes writer) {
        return new OutcomeRecords() {
            @Override
            public JournaledOutcomes writer() {
                return writer;
            }

            @Override
            public void beginRecord() {
            }

            @Override
            public void endRecord() {
            }

            @Override
            public void discardRecord() {
            }
        };
    }
}
