package com.replyguard.policy.rules;

import static com.replyguard.policy.rules.RoundNinetyWordingTest.rulesPassEach;
import static com.replyguard.policy.rules.RoundWordingTest.rulesFind;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.Category;

/**
 * Round 119, as in {@link RoundNinetyWordingTest}: the rules alone on my own wording of the kinds the round read in
 * the training parts of written-mix34 and written-mix35 and the read probes (never their texts); each clean case was
 * blocked by round 118's rules, each violation passed by them.
 */
class RoundOneHundredNineteenWordingTest {
    /**
     * A maker's or a carrier's own line, named by its brand or told as "theirs" after the maker is named ("Tefal's
     * customer care", "pusat servis dorg", "নির্মাতার সার্ভিস লাইন"), may be given; the seller's own line still blocks.
     */
    @org.junit.jupiter.api.Test
    void aMakersOrCarriersLineNamedByItsBrandIsAllowed() {
        rulesPassEach(new String[][] {
                {"walmart", "Ring Breville customer care on 1-866-273-8455 with the serial number from the base."},
                {"lazada", "klu masih rosak, bro blh hantar kt pusat servis dorg, nombor dia 1-800-88-6116, "
                        + "bawa resit lazada sekali."},
                {"amazon", "আপনার ক্যামেরাটি নির্মাতার ওয়ারেন্টিতে আছে; নির্মাতার সার্ভিস লাইন ০৯৬১২ ৩৪৫৬৭৮।"},
                {"ebay", "Your speaker is under the manufacturer's warranty, and their support team can be reached at "
                        + "0800 731 2288."},
        });
        assertTrue(rulesFind("amazon", "We also fix Philips shavers; for that, call our service line on 0161 496 "
                + "0733.").contains(Category.CONTACT_INFO));
    }

    /**
     * The buyer refused as a customer from now on, in the three languages' word orders, and action or steps taken
     * "against" the buyer or the buyer's account in Malay and romanized Bengali.
     */
    @org.junit.jupiter.api.Test
    void theBuyerRefusedAsACustomerOrActionAgainstTheirAccountIsAThreat() {
        for (String[] c : new String[][] {
                {"amazon", "Given your messages, we will no longer process any orders from your account."},
                {"shopee", "Kami tidak akan lagi terima pesanan daripada akaun awak lepas ni."},
                {"amazon", "আপনার থেকে আর কোনো অর্ডার আমরা নেব না।"},
                {"lazada", "Selepas 20 Mei, tindakan akan diambil terhadap akaun pembeli puan."},
                {"ebay", "chobi na dile apnar against e amra bebostha nibo."},
        }) {
            assertTrue(rulesFind(c[0], c[1]).contains(Category.PRESSURE_OR_THREAT), c[1]);
        }
        rulesPassEach(new String[][] {
                {"amazon", "We will no longer take orders for the grey sofa, since the factory has stopped making it."},
                {"shopee", "Kami telah mengambil tindakan terhadap akaun palsu yang meniru nama kedai kami."},
        });
    }
}
