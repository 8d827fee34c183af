package org.acd.config.model;

import java.util.Map;

/** One caller of the directory's CSV: how they are found (phone, account), their tier, and their orders' status by number. */
public record DirectoryEntry(String phone, String account, String name, String tier, String language, String segment,
                             Map<String, String> orderStatus) {

    public DirectoryEntry {
        orderStatus = Map.copyOf(orderStatus);
    }
}
