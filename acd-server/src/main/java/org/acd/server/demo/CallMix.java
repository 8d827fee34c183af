package org.acd.server.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.acd.config.ivr.FlowNode;
import org.acd.config.ivr.IvrFlow;
import org.acd.config.model.AcdConfig;
import org.acd.config.model.DirectoryEntry;
import org.acd.simulator.emulator.CallerPlan;

/**
 * Who the demo's callers are and what they want, and what they key in the IVR of
 * config/examples/retail.yaml to get it. Tiers come from the caller number: a customer of the
 * directory of that tier (platinum callers the IVR sends straight to its VIP queue, keying nothing),
 * or, for the default tier, a number the directory does not know. The others key the main menu: the
 * order-status self-service (the menu's digit of the order-number entry, then one of the directory's
 * order numbers and {@code #}; letting the status menu time out ends the call in the IVR, contained,
 * and keying the orders digit there asks for an agent), a queue's digit, or nothing at all because
 * they hang up. Read on the emulator's switch thread with the callers' random source.
 */
final class CallMix {

    /** An id and its relative weight; the weights of a list need not add up to anything. */
    record Share(String id, double weight) {
    }

    /** One caller: the number it calls from and what it keys, as {@link CallerPlan#keys()}. */
    record Caller(String number, List<String> keys) {
    }

    /** Callers who hear their order's status and hang up content. */
    static final String SELF_SERVICE = "order status";
    /** Callers who hear their order's status, then ask for an agent. */
    static final String SELF_SERVICE_THEN_AGENT = "order status, then an agent";
    /** Callers who hang up at the main menu. */
    static final String HANGS_UP = "hangs up in the menu";
    /** The retail demo's callers who are not platinum: what they want of the IVR, and how often. */
    static final List<Share> RETAIL_INTENTS = List.of(new Share(SELF_SERVICE, 22), new Share(SELF_SERVICE_THEN_AGENT, 5),
            new Share("orders", 30), new Share("returns", 20), new Share("billing", 15), new Share(HANGS_UP, 8));
    /** ...and which tier they have. */
    static final List<Share> RETAIL_TIERS = List.of(new Share("standard", 70), new Share("gold", 20),
            new Share("platinum", 10));

    private static final String MAIN_MENU = "main_menu";
    private static final String ORDERS_QUEUE = "orders";
    private static final String IDENTIFIED_TIER = "platinum";

    private final List<Share> intents;
    private final List<Share> tiers;
    private final Map<String, String> digitByQueue;
    private final String orderStatusDigit;
    private final List<String> orderNumbers;
    private final Map<String, List<String>> numbersByTier;
    private final String defaultTier;
    private long unknownCallers;

    private CallMix(List<Share> intents, List<Share> tiers, Map<String, String> digitByQueue, String orderStatusDigit,
                    List<String> orderNumbers, Map<String, List<String>> numbersByTier, String defaultTier) {
        this.intents = intents;
        this.tiers = tiers;
        this.digitByQueue = digitByQueue;
        this.orderStatusDigit = orderStatusDigit;
        this.orderNumbers = orderNumbers;
        this.numbersByTier = numbersByTier;
        this.defaultTier = defaultTier;
    }

    /**
     * The retail mix on {@code config}'s IVR and caller directory.
     *
     * @throws IllegalStateException when the entry flow has no main menu, the menu no digit for a
     *                               queue of the mix or for the order-number entry, the directory no
     *                               order, or a tier other than the default no customer
     */
    static CallMix retail(AcdConfig config) {
        IvrFlow entry = config.ivr().entryFlow().map(id -> config.ivr().flows().get(id))
                .orElseThrow(() -> new IllegalStateException("the demo's configuration has no ivr.entry_flow"));
        if (!(entry.nodes().get(MAIN_MENU) instanceof FlowNode.Menu menu)) {
            throw new IllegalStateException("flow " + entry.id() + " has no menu node " + MAIN_MENU);
        }
        Map<String, String> digitByQueue = new HashMap<>();
        String orderStatusDigit = null;
        for (Map.Entry<String, String> option : menu.options().entrySet()) {
            FlowNode target = entry.nodes().get(option.getValue());
            if (target instanceof FlowNode.Queue queue) {
                digitByQueue.putIfAbsent(queue.queue(), option.getKey());
            } else if (target instanceof FlowNode.Collect) {
                orderStatusDigit = option.getKey();
            }
        }
        if (orderStatusDigit == null) {
            throw new IllegalStateException(MAIN_MENU + " of flow " + entry.id() + " has no digit for an order number");
        }
        for (Share intent : RETAIL_INTENTS) {
            boolean queue = !List.of(SELF_SERVICE, SELF_SERVICE_THEN_AGENT, HANGS_UP).contains(intent.id());
            if (queue && !digitByQueue.containsKey(intent.id())) {
                throw new IllegalStateException(MAIN_MENU + " of flow " + entry.id() + " has no digit for queue "
                        + intent.id());
            }
        }
        List<DirectoryEntry> customers = config.callerDirectory().map(directory -> directory.callers())
                .orElse(List.of());
        List<String> orderNumbers = customers.stream().flatMap(customer -> customer.orderStatus().keySet().stream())
                .sorted().toList();
        if (orderNumbers.isEmpty()) {
            throw new IllegalStateException("the caller directory has no order for the order-status callers");
        }
        String defaultTier = config.callerDirectory().map(directory -> directory.defaultTier())
                .orElse(config.routing().tiers().get(0).id());
        Map<String, List<String>> numbersByTier = customers.stream().collect(Collectors.groupingBy(DirectoryEntry::tier,
                Collectors.mapping(DirectoryEntry::phone, Collectors.toList())));
        for (Share tier : RETAIL_TIERS) {
            if (!tier.id().equals(defaultTier) && !numbersByTier.containsKey(tier.id())) {
                throw new IllegalStateException("the caller directory has no " + tier.id() + " customer");
            }
        }
        return new CallMix(RETAIL_INTENTS, RETAIL_TIERS, Map.copyOf(digitByQueue), orderStatusDigit, orderNumbers,
                numbersByTier, defaultTier);
    }

    /** A caller picked by the weights: its tier's number, and the keys of what it wants. */
    Caller pick(Random random) {
        String tier = pick(tiers, random);
        String number = numberOf(tier, random);
        if (tier.equals(IDENTIFIED_TIER)) {
            return new Caller(number, List.of());
        }
        return new Caller(number, keysFor(pick(intents, random), random));
    }

    private List<String> keysFor(String intent, Random random) {
        List<String> keys = new ArrayList<>();
        switch (intent) {
            case SELF_SERVICE -> keys.addAll(orderStatus(random));
            case SELF_SERVICE_THEN_AGENT -> {
                keys.addAll(orderStatus(random));
                keys.add(digitByQueue.get(ORDERS_QUEUE));
            }
            case HANGS_UP -> keys.add(CallerPlan.HANG_UP);
            default -> keys.add(digitByQueue.get(intent));
        }
        return keys;
    }

    private List<String> orderStatus(Random random) {
        return List.of(orderStatusDigit, orderNumbers.get(random.nextInt(orderNumbers.size())) + "#");
    }

    /** One of the directory's customers of {@code tier}, or, for the default tier, a number it does not know. */
    private String numberOf(String tier, Random random) {
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
