package com.replyguard.policy.detect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankAccountDetectorTest {
    private final BankAccountDetector banks = new BankAccountDetector();

    @ParameterizedTest
    @ValueSource(strings = {
        "please pay into account [[4417 2290 0183]] today",
        "HSBC acc [[71234560]] name J Rowe",
        "bank in ke akaun Maybank [[1620 4471 9902]] ye",
        "ব্যাংক অ্যাকাউন্ট [[২০৫১ ৩৩০৮ ৭৭১২]]-এ পাঠান",
        "bkash [[01822 417 390]] e pathan",
        "sort code [[30-94-12]], then the account",
        "IBAN [[DE89 3704 0044 0532 0130 00]] please",
        "[[GB29NWBK60161331926819]] is our IBAN",
    })
    void findsTheMarkedDetail(String marked) {
        MarkedSpan.assertFindsOnly(banks, marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // ids and dates after an account word, a sort code without "sort", short numbers, tracking numbers shaped
        // like an IBAN whose check digits do not hold
        "Your account shows order 8175234409871234 under Returns.",
        "The refund went back to the card on your account on 2026-12-01.",
        "account tracking 9400111899223856927814 updated",
        "we met at 20-41-77 street",
        "your account ending 4521 was refunded",
        "tracking LP00512345678901 shows it in customs",
        "Royal Mail JD000223481190GB is out for delivery",
        "the bank holiday is 25-12-2026",
        "Account ID 12345678AB is on the invoice",
    })
    void leavesIdsDatesAndTrackingNumbersAlone(String text) {
        assertTrue(banks.find(text).isEmpty(), () -> text + " -> " + banks.find(text));
    }
}
