package org.acd.config.ivr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One node of an IVR flow, as the configuration declares it; the ivr module's engine runs them.
 * Targets name other nodes of the same flow. Immutable.
 */
public sealed interface FlowNode {

    /** The nodes this one can lead to, in declaration order. */
    List<String> targets();

    /** True for nodes that wait for the caller's keys (menu, collect): a cycle through one is a retry loop, not a spin. */
    default boolean waitsForCaller() {
        return false;
    }

    /** Plays the prompts one after another. */
    record Play(List<String> prompts, String next) implements FlowNode {
        public Play {
            prompts = List.copyOf(prompts);
        }

        @Override
        public List<String> targets() {
            return List.of(next);
        }
    }

    /** Speaks a variable's value as digits, a number or a date. */
    record Say(SayFormat format, String variable, String next) implements FlowNode {
        @Override
        public List<String> targets() {
            return List.of(next);
        }
    }

    /** Plays a prompt and goes where the keyed digit says; after {@code retries} invalid or missing digits, to the fallback. */
    record Menu(String prompt, Map<String, String> options, long timeoutMs, int retries, String fallback)
            implements FlowNode {
        public Menu {
            options = Map.copyOf(options);
        }

        @Override
        public List<String> targets() {
            return Stream.concat(options.values().stream().sorted(), Stream.of(fallback)).toList();
        }

        @Override
        public boolean waitsForCaller() {
            return true;
        }
    }

    /** Collects digits into a variable; after {@code retries} invalid entries, to the fallback. */
    record Collect(String prompt, String variable, int minLength, int maxLength, Optional<String> terminator,
                   Optional<String> pattern, int retries, String next, String fallback) implements FlowNode {
        @Override
        public List<String> targets() {
            return List.of(next, fallback);
        }

        @Override
        public boolean waitsForCaller() {
            return true;
        }
    }

    /** Looks the caller (by caller ID or a keyed account) or an order up in the caller directory. */
    record Lookup(LookupSource source, Optional<String> keyVariable, String next, String notFound, String onError)
            implements FlowNode {
        @Override
        public List<String> targets() {
            return List.of(next, notFound, onError);
        }
    }

    /** Goes to the case matching the value of {@code on}, or to {@code otherwise}. */
    record Branch(BranchSubject on, Map<String, String> cases, Optional<String> otherwise) implements FlowNode {
        public Branch {
            cases = Map.copyOf(cases);
        }

        @Override
        public List<String> targets() {
            List<String> targets = new ArrayList<>(cases.values().stream().sorted().toList());
            otherwise.ifPresent(targets::add);
            return targets;
        }
    }

    /** Sets variables and, for the call's queueing, extra skills (minimum proficiency) and priority points. */
    record SetValues(Map<String, String> variables, Map<String, Integer> skills, int priority, String next)
            implements FlowNode {
        public SetValues {
            variables = Map.copyOf(variables);
            skills = Map.copyOf(skills);
        }

        @Override
        public List<String> targets() {
            return List.of(next);
        }
    }

    /** Hands the call to the engine's queue; the flow ends here. */
    record Queue(String queue, int priority, Optional<CallbackOffer> callbackOffer) implements FlowNode {
        @Override
        public List<String> targets() {
            return List.of();
        }
    }

    /** Takes a callback request that keeps the caller's place; the caller may confirm their number or key another. */
    record Callback(String prompt, boolean confirmNumber, String next) implements FlowNode {
        @Override
        public List<String> targets() {
            return List.of(next);
        }
    }

    record Voicemail(String mailbox, Optional<String> prompt) implements FlowNode {
        @Override
        public List<String> targets() {
            return List.of();
        }
    }

    /** Transfers to a dialplan target outside this server. */
    record Transfer(String target) implements FlowNode {
        @Override
        public List<String> targets() {
            return List.of();
        }
    }

    record Hangup(Optional<String> prompt) implements FlowNode {
        @Override
        public List<String> targets() {
            return List.of();
        }
    }
}
