package org.acd.server.demo;

import java.util.List;
import java.util.Random;

/**
 * How the demo's callers spread over queues and customer tiers, as relative weights. Read on the
 * driver thread with the driver's random source.
 */
record CallMix(List<Share> queues, List<Share> tiers) {

    /** An id and its relative weight; the weights of a list need not add up to anything. */
    public record Share(String id, double weight) {
    }

    public CallMix {
        queues = List.copyOf(queues);
        tiers = List.copyOf(tiers);
    }

    /** The retail demo's callers: which queue and tier of config/examples/retail.yaml they ask for, and how often. */
    static CallMix retail() {
        return new CallMix(
                List.of(new Share("orders", 50), new Share("returns", 30), new Share("billing", 20)),
                List.of(new Share("standard", 70), new Share("gold", 20), new Share("platinum", 10)));
    }

    String pickQueue(Random random) {
        return pick(queues, random);
    }

    String pickTier(Random random) {
        return pick(tiers, random);
    }

    private static String pick(List<Share> shares, Random random) {
        double total = shares.stream().mapToDouble(Share::weight).sum();
        double point = random.nextDouble() * total;
        for (Share share : shares) {
            point -= share.weight();
            if (point < 0) {
                return share.id();
            }
        }
        return shares.get(shares.size() - 1).id();
    }
}
