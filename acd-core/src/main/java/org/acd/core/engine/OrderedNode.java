package org.acd.core.engine;

/**
 * Something the engine keeps in order by three keys compared in turn, smallest first; the last key
 * is unique (an id or a sequence), so no two nodes are ever equal.
 */
abstract class OrderedNode {

    long primaryKey;
    long secondaryKey;
    long tieBreakKey;

    final boolean precedes(OrderedNode other) {
        if (primaryKey != other.primaryKey) {
            return primaryKey < other.primaryKey;
        }
        if (secondaryKey != other.secondaryKey) {
            return secondaryKey < other.secondaryKey;
        }
        return tieBreakKey < other.tieBreakKey;
    }

    final void setKeys(long primary, long secondary, long tieBreak) {
        this.primaryKey = primary;
        this.secondaryKey = secondary;
        this.tieBreakKey = tieBreak;
    }
}
