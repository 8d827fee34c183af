package org.acd.simulator.emulator;

/**
 * Whoever is at an agent's phone: decides, ring by ring, whether and when to pick up and how long
 * to talk, and hears when a ring stopped before being picked up. Called on the switch thread.
 */
interface PhoneUser {

    /** How the ring that starts now goes: picked up after a delay, or left to ring. */
    PhoneBehaviour nextRing();

    /** The phone stopped ringing before it was picked up: rang out, or hung up by the ACD. */
    default void ringStopped() {
    }

    /** Someone who takes every call the same way, as {@code behaviour} says. */
    static PhoneUser always(PhoneBehaviour behaviour) {
        return () -> behaviour;
    }
}
