package org.acd.config.model;

import java.time.LocalDate;

/** A day the contact center is closed, whatever the weekly schedule says. */
public record Holiday(LocalDate date, String name) {
}
