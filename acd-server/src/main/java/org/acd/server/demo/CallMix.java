package org.acd.server.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.acd.config.model.AcdConfig;
import org.acd.config.model.DirectoryEntry;
import org.acd.config.model.InboundMenu;

/**
 * How the demo's callers spread over queues and customer tiers, and what they do on the wire to
 * get there: the menu digit of the queue ({@code inbound.digits}), and a caller number the caller
 * directory gives the tier (a number it does not know for its default tier). Read on the emulator's
 * switch thread with the callers' random source.
 */
final class CallMix {

    /** An id and its relative weight; the weights of a list need not add up to anything. */
    record Share(String id, double weight) {
    }

    /** The retail demo's callers: which queue of config/examples/retail.yaml they ask for, and how often. */
    static final List<Share> RETAIL_QUEUES = List.of(new Share("orders", 50), new Share("returns", 30),
            new Share("billing", 20));
    /** ...and which tier they have. */
    static final List<Share> RETAIL_TIERS = List.of(new Share("standard", 70), new Share("gold", 20),
            new Share("platinum", 10));

    private final List<Share> queues;
    private final List<Share> tiers;
    private final Map<String, String> digitByQueue;
    private final Map<String, List<String>> numbersByTier;
    private final String defaultTier;
    private long unknownCallers;

    private CallMix(List<Share> queues, List<Share> tiers, Map<String, String> digitByQueue,
                    Map<String, List<String>> numbersByTier, String defaultTier) {
        this.queues = queues;
        this.tiers = tiers;
        this.digitByQueue = digitByQueue;
        this.numbersByTier = numbersByTier;
        this.defaultTier = defaultTier;
    }

    /**
     * The retail mix on {@code config}'s menu and caller directory.
     *
     * @throws IllegalStateException when a queue has no menu digit, or a tier other than the
     *                               default has no customer in the directory
     */
    static CallMix retail(AcdConfig config) {
        return of(RETAIL_QUEUES, RETAIL_TIERS, config);
    }

    private static CallMix of(List<Share> queues, List<Share> tiers, AcdConfig config) {
        InboundMenu menu = config.inbound().orElseThrow(() -> new IllegalStateException(
                "the demo's configuration has no inbound menu"));
        Map<String, String> digitByQueue = menu.queueByDigit().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey, (first, second) -> first));
        String defaultTier = config.callerDirectory().map(directory -> directory.defaultTier())
                .orElse(config.routing().tiers().get(0).id());
        Map<String, List<String>> numbersByTier = config.callerDirectory().map(directory -> directory.callers().stream()
                        .collect(Collectors.groupingBy(DirectoryEntry::tier,
                                Collectors.mapping(DirectoryEntry::phone, Collectors.toList()))))
                .orElse(Map.of());
        for (Share queue : queues) {
            if (!digitByQueue.containsKey(queue.id())) {
                throw new IllegalStateException("no menu digit leads to queue " + queue.id());
            }
        }
        for (Share tier : tiers) {
            if (!tier.id().equals(defaultTier) && !numbersByTier.containsKey(tier.id())) {
                throw new IllegalStateException("the caller directory has no " + tier.id() + " customer");
            }
        }
        return new CallMix(List.copyOf(queues), List.copyOf(tiers), digitByQueue, numbersByTier, defaultTier);
    }

    /** The menu digit of a queue picked by the weights. */
    String pickDigit(Random random) {
        return digitByQueue.get(pick(queues, random));
    }

    /**
     * A caller number of a tier picked by the weights: one of the directory's customers of that
     * tier, or, for the default tier, a number the directory does not know.
     */
    String pickNumber(Random random) {
        String tier = pick(tiers, random);
        if (tier.equals(defaultTier)) {
            return String.format("+1555%07d", ++unknownCallers);
        }
        List<String> numbers = numbersByTier.get(tier);
        return numbers.get(random.nextInt(numbers.size()));
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
