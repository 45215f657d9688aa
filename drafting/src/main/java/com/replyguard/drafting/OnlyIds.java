package com.replyguard.drafting;

import com.replyguard.drafting.extract.FoundEntities;
import com.replyguard.drafting.read.WordList;
import java.util.Locale;
import java.util.Set;

/** True when a message holds nothing but ids (an order number pasted on its own, perhaps with "order #"). */
final class OnlyIds {
    private static final Set<String> FILLER = WordList.set(OnlyIds.class, "only-ids-filler.txt");

    private OnlyIds() {
    }

    static boolean test(String body, FoundEntities entities) {
        String rest = body;
        boolean any = false;
        for (String v : new String[] {entities.orderId(), entities.trackingNumber(), entities.asin()}) {
            if (v != null && rest.contains(v)) {
                rest = rest.replace(v, " ");
                any = true;
            }
        }
        if (!any) {
            return false;
        }
        for (String w : rest.toLowerCase(Locale.ROOT).split("[\\s#:.,!?()\\-]+")) {
            if (!w.isEmpty() && !FILLER.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
