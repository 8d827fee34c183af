package org.acd.simulator.emulator;

/**
 * One trunk caller: when it calls, who it is, what it keys and how long it holds.
 *
 * @param atMs       when it calls, from the start of the run
 * @param number     its caller number
 * @param extension  the number it dialled
 * @param digit      the menu digit it keys
 * @param patienceMs how long it holds for an agent before hanging up
 */
public record CallerPlan(long atMs, String number, String extension, String digit, long patienceMs) {
}
