package com.replyguard.policy.detect;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.List;

/**
 * libphonenumber as a second opinion behind the hand scanner: a bare run of digits with no phone word, prefix or
 * grouping ("60123456789", "8801712345678") still counts when it is a valid number, with its country code, for one
 * of the regions ReplyGuard's users sell from and to. Order and tracking shapes are ruled out before this is asked.
 */
final class PhoneNumbers {
    private static final List<String> REGIONS = List.of("MY", "BD", "SG", "ID", "IN", "GB", "US", "AU", "CN", "AE");

    private PhoneNumbers() {
    }

    static boolean validSomewhere(String run) {
        StringBuilder digits = new StringBuilder(run.length());
        for (int i = 0; i < run.length(); i++) {
            int d = Character.digit(run.charAt(i), 10);
            if (d >= 0) {
                digits.append((char) ('0' + d));
            }
        }
        if (digits.length() < 10 || digits.length() > 13 || digits.charAt(0) == '0') {
            return false; // national forms with a trunk 0 are the scanner's own call
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            Phonenumber.PhoneNumber n = util.parse("+" + digits, "ZZ");
            String region = util.getRegionCodeForNumber(n);
            return region != null && REGIONS.contains(region) && util.isValidNumber(n);
        } catch (NumberParseException e) {
            return false;
        }
    }
}
