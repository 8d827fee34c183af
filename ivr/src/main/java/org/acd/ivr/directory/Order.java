package org.acd.ivr.directory;

/** One order and its status word ({@code shipped}, {@code delivered}, ...), which names the prompt that speaks it. */
public record Order(String number, String status) {
}
