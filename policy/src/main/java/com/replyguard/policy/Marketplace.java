package com.replyguard.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A marketplace whose messaging rules ReplyGuard knows; {@link #ALL} marks rules and entries that apply everywhere. */
public enum Marketplace {
    AMAZON("amazon"), EBAY("ebay"), ALIEXPRESS("aliexpress"),
    WALMART("walmart"), SHOPEE("shopee"), LAZADA("lazada"), ETSY("etsy"),
    ALL("all");

    private final String id;

    Marketplace(String id) {
        this.id = id;
    }

    /** The lower-case name used in files, JSON and on the command line. */
    public String id() {
        return id;
    }

    /** Parses a marketplace name, case-insensitively; the message lists the valid names. */
    public static Marketplace parse(String name) {
        if (name != null) {
            String wanted = name.trim().toLowerCase(Locale.ROOT);
            for (Marketplace m : values()) {
                if (m.id.equals(wanted)) {
                    return m;
                }
            }
        }
        throw new IllegalArgumentException("unknown marketplace '" + name + "' (expected one of "
                + Arrays.stream(values()).map(Marketplace::id).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public String toString() {
        return id;
    }
}
