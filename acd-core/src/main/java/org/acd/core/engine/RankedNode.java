package org.acd.core.engine;

/**
 * An element of a {@link RankedSet}: a treap node that carries the size of its subtree, so that a
 * member's rank is found in O(log n). Its heap weight is a hash of its unique key, which keeps the
 * tree balanced in expectation and identical on every replay.
 */
abstract class RankedNode extends OrderedNode {

    RankedNode left;
    RankedNode right;
    int subtreeSize;
    long weight;
    boolean member;
}
