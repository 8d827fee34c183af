package org.acd.core.engine;

/**
 * An ordered set of {@link RankedNode}s (a treap with subtree sizes): first in O(1), add and remove
 * in O(log n) expected, and the number of members ahead of any key in O(log n), which is what
 * gives a caller's position in queue without walking the queue. Allocates nothing: the nodes are
 * the members.
 */
final class RankedSet<T extends RankedNode> {

    private RankedNode root;
    private RankedNode first;

    int size() {
        return sizeOf(root);
    }

    boolean isEmpty() {
        return root == null;
    }

    @SuppressWarnings("unchecked")
    T first() {
        return (T) first;
    }

    void add(T node) {
        if (node.member) {
            throw new IllegalStateException("node is already in a set");
        }
        node.left = null;
        node.right = null;
        node.subtreeSize = 1;
        node.weight = mix(node.tieBreakKey);
        node.member = true;
        root = insert(root, node);
        if (first == null || node.precedes(first)) {
            first = node;
        }
    }

    /** Removes the node if it is a member; a node that is not is left alone. */
    void remove(T node) {
        if (!node.member) {
            return;
        }
        if (node == first) {
            removeFirst();
        } else {
            root = delete(root, node);
        }
        node.member = false;
        node.left = null;
        node.right = null;
    }

    /**
     * Removes the first member in one walk down the left spine, which finds its parent on the way:
     * having no left child, it is replaced by its right subtree, and the next first member is the
     * leftmost of that subtree or else the parent. An agent taking the best waiting call removes
     * the first member, so this is the common removal.
     */
    private void removeFirst() {
        RankedNode parent = null;
        RankedNode node = root;
        while (node != first) {
            node.subtreeSize--;
            parent = node;
            node = node.left;
        }
        RankedNode right = node.right;
        if (parent == null) {
            root = right;
        } else {
            parent.left = right;
        }
        first = right != null ? leftmost(right) : parent;
    }

    /** How many members precede {@code key}; O(log n). */
    int countPreceding(OrderedNode key) {
        int count = 0;
        RankedNode node = root;
        while (node != null) {
            if (node.precedes(key)) {
                count += sizeOf(node.left) + 1;
                node = node.right;
            } else {
                node = node.left;
            }
        }
        return count;
    }

    private static RankedNode insert(RankedNode tree, RankedNode node) {
        if (tree == null) {
            return node;
        }
        if (node.precedes(tree)) {
            tree.left = insert(tree.left, node);
            if (tree.left.weight > tree.weight) {
                return rotateRight(tree);
            }
        } else {
            tree.right = insert(tree.right, node);
            if (tree.right.weight > tree.weight) {
                return rotateLeft(tree);
            }
        }
        resize(tree);
        return tree;
    }

    private static RankedNode delete(RankedNode tree, RankedNode node) {
        if (tree == node) {
            return merge(tree.left, tree.right);
        }
        if (node.precedes(tree)) {
            tree.left = delete(tree.left, node);
        } else {
            tree.right = delete(tree.right, node);
        }
        resize(tree);
        return tree;
    }

    /** Joins two trees whose every key in {@code low} precedes every key in {@code high}. */
    private static RankedNode merge(RankedNode low, RankedNode high) {
        if (low == null) {
            return high;
        }
        if (high == null) {
            return low;
        }
        if (low.weight > high.weight) {
            low.right = merge(low.right, high);
            resize(low);
            return low;
        }
        high.left = merge(low, high.left);
        resize(high);
        return high;
    }

    private static RankedNode rotateRight(RankedNode tree) {
        RankedNode pivot = tree.left;
        tree.left = pivot.right;
        resize(tree);
        pivot.right = tree;
        resize(pivot);
        return pivot;
    }

    private static RankedNode rotateLeft(RankedNode tree) {
        RankedNode pivot = tree.right;
        tree.right = pivot.left;
        resize(tree);
        pivot.left = tree;
        resize(pivot);
        return pivot;
    }

    private static RankedNode leftmost(RankedNode tree) {
        RankedNode node = tree;
        while (node != null && node.left != null) {
            node = node.left;
        }
        return node;
    }

    private static void resize(RankedNode node) {
        node.subtreeSize = 1 + sizeOf(node.left) + sizeOf(node.right);
    }

    private static int sizeOf(RankedNode node) {
        return node == null ? 0 : node.subtreeSize;
    }

    /** SplitMix64's finaliser: spreads sequential ids into well-mixed treap weights. */
    private static long mix(long key) {
        long z = key + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
