package org.acd.ivr.directory;

/** One customer of the caller directory: how they are found (phone, account), their tier, language and segment. */
public record Customer(String phone, String account, String name, String tier, String language, String segment) {
}
