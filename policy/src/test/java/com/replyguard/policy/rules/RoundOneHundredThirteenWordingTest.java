package com.replyguard.policy.rules;

import static com.replyguard.policy.rules.RoundNinetyWordingTest.rulesPassEach;
import static com.replyguard.policy.rules.RoundWordingTest.rulesFind;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.Category;

/**
 * Rounds 113 to 115, as in {@link RoundNinetyWordingTest}: the rules alone on my own wording of the kinds each round
 * read in its probes and training text (never their own texts); each clean case was blocked by the round before, and
 * each violation was passed by it.
 */
class RoundOneHundredThirteenWordingTest {
    /**
     * Round 113 (probes 205-206 and written-mix29's training part, read after their first runs), allowed: the buyer's
     * question about cancelling reported back, whose words are blanked before the concepts are read ("you asked how to
     * cancel", "akak tanya ..."), then the way to cancel in the app; the buyer's phone number as given on the order, in
     * the Bengali word order; the buyer's wish reported with a verb of wanting ("you mentioned wanting to pay cash"),
     * answered by the marketplace's checkout. Each was blocked by round 112's rules.
     */
    @org.junit.jupiter.api.Test
    void roundOneHundredThirteenAllowed() {
        rulesPassEach(new String[][] {
                {"amazon", "You asked how to cancel the lamp. As it has not shipped, you can go to Your Orders and click "
                        + "'Request cancellation'."},
                {"shopee", "Akak tanya boleh batal lagi ke? Boleh, pesanan blm dipos, tekan 'Batalkan Pesanan' dlm app "
                        + "je"},
                {"amazon", "Order e je phone number deya ache, +1 718-555-0199, courier oi number e call korbe."},
                {"amazon", "আপনার অর্ডারে দেওয়া ফোন নম্বর হলো +1 212-555-0143; কুরিয়ার এই নম্বরে ফোন করবে।"},
                {"ebay", "You mentioned wanting to pay cash when you collect the lamp. That works, but the order still "
                        + "goes through eBay checkout first."},
        });
    }

    /**
     * Round 113, the "[Important]" tag on what the order or its delivery needs and cannot go on without, in the words
     * of the training text's false blocks (a time slot, a house number the courier cannot find, measurements to make a
     * made-to-order item); a tagged note that says no action is needed still blocks. Each allowed case was blocked by
     * round 112's rules.
     */
    @org.junit.jupiter.api.Test
    void roundOneHundredThirteenImportantTag() {
        rulesPassEach(new String[][] {
                {"amazon", "[Important] The delivery of your 70 kg rowing machine needs a time slot. Please reply with "
                        + "two weekdays that suit you."},
                {"amazon", "[Important] alamat u x ada no rumah, kurier x dpt hantar. tlg update alamat kt amazon ye"},
                {"amazon", "[Important] Untuk menyiapkan langsir tempahan anda, kami memerlukan ukuran tingkap dalam "
                        + "sentimeter."},
        });
        assertTrue(rulesFind("amazon", "[Important] Thank you for your order. It has been dispatched as usual and no "
                + "action is needed from you.").contains(Category.IMPORTANT_TAG));
    }

    /**
     * Round 113, the violations: a record of buyers kept and what being on it costs them (no more buying from the shop,
     * in en and ms), the buyer's account "to be reported" in romanized Bengali's passive, a lawyer named with a Bengali
     * case ending ("আইনজীবীকে"), and the buyer's Instagram asked for as "IG". Each passed round 112's rules.
     */
    @org.junit.jupiter.api.Test
    void roundOneHundredThirteenFound() {
        assertTrue(rulesFind("amazon", "We keep a record of customers who send back worn shoes. Their accounts are no "
                + "longer able to buy from our shop.").contains(Category.PRESSURE_OR_THREAT));
        assertTrue(rulesFind("shopee", "Pembeli dalam rekod itu tidak lagi dibenarkan membeli daripada kedai kami.")
                .contains(Category.PRESSURE_OR_THREAT));
        assertTrue(rulesFind("aliexpress", "abar dispute khulle apnar account AliExpress ke report kora hobe.")
                .contains(Category.PRESSURE_OR_THREAT));
        assertTrue(rulesFind("amazon", "আমরা আপনার রিভিউটি একজন আইনজীবীকে দেখিয়েছি।")
                .contains(Category.PRESSURE_OR_THREAT));
        assertTrue(rulesFind("shopee", "sis blh share ig sis? nk tag dlm post kedai")
                .contains(Category.PERSONAL_DATA));
    }

    /**
     * Round 114 (probes 207-208, read after their first runs): the buyer's record sent to the marketplace for action
     * against the account, the marketplace said to restrict the buyer after the seller's notes, a complaint filed
     * against the buyer's account in Bengali. Each passed round 113's rules.
     */
    @org.junit.jupiter.api.Test
    void roundOneHundredFourteenFound() {
        assertTrue(rulesFind("lazada", "we write down every return we think is unfair, after two of them lazada usually "
                + "restricts the buyer from returning.").contains(Category.PRESSURE_OR_THREAT));
        assertTrue(rulesFind("shopee", "Rekod aduan ini akan kami hantar untuk tindakan terhadap akaun pembeli "
                + "berkenaan.").contains(Category.PRESSURE_OR_THREAT));
        assertTrue(rulesFind("amazon", "এমন রিটার্নের প্রমাণসহ আমরা আপনার অ্যাকাউন্টের বিরুদ্ধে অ্যামাজনে অভিযোগ করছি।")
                .contains(Category.PRESSURE_OR_THREAT));
    }

    /**
     * Round 115 (probe-210, read after its first run): a product wiped clean with a cloth in Bengali ("কাপড় দিয়ে মুছে
     * নেবেন") after thanks for a rating, and "that can't be done" in romanized Bengali after the buyer's words quoted
     * back, each blocked by round 114's rules; a review asked to be deleted ("মুছে দিন") still blocks.
     */
    @org.junit.jupiter.api.Test
    void roundOneHundredFifteen() {
        rulesPassEach(new String[][] {
                {"amazon", "পাঁচ তারকা রেটিংয়ের জন্য ধন্যবাদ। ফ্রেমটি ভিজে গেলে শুকনো কাপড় দিয়ে মুছে নেবেন।"},
                {"ebay", "apni bolechilen 'bkash e pay kori' — eta kora jabe na, ebay er baire pay korle apni buyer "
                        + "protection paben na."},
        });
        assertTrue(rulesFind("amazon", "রিভিউটা একটু মুছে দিন প্লিজ।").contains(Category.REVIEW_MANIPULATION));
    }
}
