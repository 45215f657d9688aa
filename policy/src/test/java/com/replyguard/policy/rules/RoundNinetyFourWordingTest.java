package com.replyguard.policy.rules;

import static com.replyguard.policy.rules.RoundNinetyWordingTest.rulesPassEach;
import static com.replyguard.policy.rules.RoundWordingTest.rulesFind;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.Category;

/**
 * Rounds 94 to 102, as in {@link RoundNinetyWordingTest}: the rules alone on my own wording of the kinds each round
 * read in its probes (never the probes' own texts); each clean case was blocked by the round before, and the violations
 * beside them still find their category.
 */
class RoundNinetyFourWordingTest {
    /**
     * Round 94 (rules alone, my own wording of the kinds probe 167 showed, read after its first run): thanks for what the
     * buyer told ("thank you for telling us your bank account was closed"); the buyer offered the choice of cancelling or
     * letting the seller cancel ("whichever is easier"); the buyer asked to report someone else's account or message to
     * the marketplace; the message the buyer received, not from the shop; the buyer told to call the courier itself; the
     * buyer thanked for a post that tagged or shared the shop (en, ms, bn). Each was blocked by round 93's rules. An
     * invitation beside the thanks ("... and DM us there", "Follow us there"), the seller's own line beside the courier,
     * a payment moved to a bank transfer, a threat to report the buyer's account and a cancellation asked for the seller's
     * fee still block.
     */
    @org.junit.jupiter.api.Test
    void roundNinetyFourOwnWording() {
        rulesPassEach(new String[][] {
                {"amazon", "Thank you for telling us your bank account was closed; Amazon will send the refund to your "
                        + "card instead."},
                {"walmart", "You can request a cancellation yourself from your Walmart account or we can cancel it for "
                        + "you here, whichever is easier."},
                {"lazada", "Sila laporkan akaun itu kepada Lazada dan jangan klik pautan tersebut."},
                {"shopee", "The WhatsApp message you received did not come from us; please report it to Shopee."},
                {"amazon", "If the van missed you, call DPD on 0121 275 0500 to pick a new day."},
                {"lazada", "klu parcel x sampai esok, sis blh call j&t kt 1-300-88-1188 utk semak."},
                {"shopee", "Thank you for sharing your unboxing on TikTok, it made our day."},
                {"lazada", "tq bg sbb tag kami kt instagram, cantik gmbr tu"},
                {"ebay", "ফেসবুকে আমাদের ল্যাম্পের ছবি পোস্ট করার জন্য ধন্যবাদ।"},
        });
        assertTrue(rulesFind("shopee", "Thanks for tagging us on Instagram and DM us there for 10% off.")
                .contains(Category.CONTACT_INFO));
        assertTrue(rulesFind("shopee", "Thank you for sharing on TikTok! Follow us there for new designs.")
                .contains(Category.CONTACT_INFO));
        assertTrue(rulesFind("amazon", "Call us on 0121 275 0500 and DPD will collect it.")
                .contains(Category.CONTACT_INFO));
        assertTrue(rulesFind("ebay", "Your PayPal account is limited, so please pay us by bank transfer instead.")
                .contains(Category.OFF_PLATFORM));
        assertTrue(rulesFind("lazada", "Kalau tak padam ulasan, kami akan report akaun tuan kepada Lazada.")
                .contains(Category.PRESSURE_OR_THREAT));
        assertTrue(rulesFind("walmart", "Please cancel the order yourself, it saves us a fee.")
                .contains(Category.PROCESS_ABUSE));
    }

    /**
     * Round 95 (rules alone, my own wording of the kinds probes 169-170 showed, read after their first runs): the
     * buyer's own bank on the number behind the buyer's card; someone passing as the shop ("menyamar kedai kami",
     * "amader shop er naam kore", "in our name"); a bank transfer turned down outright; the refund already due named as
     * the time after which feedback is welcome; Malay chat "free la nk" (feel free); the review named as the buyer's own.
     * Each was blocked by round 94's rules. "Message me before you review" in romanized Bengali now blocks; a number on a
     * card in the box, a reward after the refund, a free gift for stars, and a transfer asked for after "but" still block.
     */
    @org.junit.jupiter.api.Test
    void roundNinetyFiveOwnWording() {
        rulesPassEach(new String[][] {
                {"lazada", "bayaran kad kena tolak, better call bank guna no kat belakang kad ye"},
                {"shopee", "Awas, ada org menyamar kedai kami kat WhatsApp, jangan layan ye."},
                {"shopee", "keu keu amader shop er naam kore WhatsApp e message dicche, reply korben na"},
                {"shopee", "Someone is messaging buyers on Telegram in our name; please ignore them."},
                {"ebay", "sorry we can only take payment thru ebay checkout, cant do bank transfer even if it saves fees"},
                {"ebay", "Once your refund has come through, you are welcome to leave feedback on the order."},
                {"shopee", "sis free la nk bagi review jujur, sy x kisah"},
                {"lazada", "review tu akak punya, akak blh edit sendiri kat app klu nk"},
        });
        assertTrue(rulesFind("ebay", "age review diben na, amake ekbar message diyen, review e likhar dorkar nai")
                .contains(Category.REVIEW_MANIPULATION));
        assertTrue(rulesFind("shopee", "Call us on the number on the card in the box for faster help.")
                .contains(Category.CONTACT_INFO));
        assertTrue(rulesFind("ebay", "Once the refund is through, leave us 5 stars and we'll send a $5 voucher.")
                .contains(Category.REVIEW_INCENTIVE));
        assertTrue(rulesFind("shopee", "free gift kalau bagi 5 bintang, free la sis").contains(Category.REVIEW_INCENTIVE));
        assertTrue(rulesFind("ebay", "We cant do bank transfer normally, but for you just pay me by bank transfer and "
                + "save the fees.").contains(Category.OFF_PLATFORM));
    }

    /**
     * Round 96 (rules alone, my own wording of the kinds probes 171-172 showed, read after their first runs): the buyer's
     * own e-wallet closed before the marketplace's refund; a warning against anyone who asks for bank details; a request
     * named as a scam in its sentence; the buyer no longer wanting the item; the courier's line named as Pos Malaysia's.
     * Each was blocked by round 95's rules. A birthday asked of the buyer's family now blocks; "this is a scam" aimed at the
     * buyer with legal action, "to avoid scams, chat with us on WhatsApp" and a transfer asked after "but" still block.
     */
    @org.junit.jupiter.api.Test
    void roundNinetySixOwnWording() {
        rulesPassEach(new String[][] {
                {"shopee", "apnar ewallet ta bondho hoye gese, tai refund ta Shopee nijei onno vabe pathabe"},
                {"lazada", "Please be careful of anyone who messages you outside the app asking for your bank details."},
                {"lazada", "Mohon puan berhati-hati dengan mana-mana pihak yang meminta butiran bank puan atas nama kedai "
                        + "kami."},
                {"shopee", "hati2 klu ada org whatsapp ckp dr kedai kami mintak no akaun, tu scam"},
                {"amazon", "If you no longer want the kettle, you can cancel it yourself in Your Orders before it ships."},
                {"lazada", "klu x sempat, call pos malaysia 1-300-300-300 utk jadual semula"},
        });
        assertTrue(rulesFind("walmart", "whens ur daughter's birthday? we'd love to send her a card")
                .contains(Category.PERSONAL_DATA));
        assertTrue(rulesFind("ebay", "This is a scam and we will take legal action against you.")
                .contains(Category.PRESSURE_OR_THREAT));
        assertTrue(rulesFind("shopee", "To avoid scams, chat with us on WhatsApp instead.").contains(Category.CONTACT_INFO));
        assertTrue(rulesFind("ebay", "We cannot do that on eBay, but you can pay us by bank transfer instead.")
                .contains(Category.OFF_PLATFORM));
    }

    /**
     * Round 97 (rules alone, my own wording of the kinds probes 173-174 showed, read after their first runs): someone who
     * pretended to be the shop on a messenger, or asked "in our name" ("amader naam diye ... oita amra na"). Each was
     * blocked by round 96's rules. The marketplace's return skipped for a parcel posted to the seller's warehouse now
     * blocks; "WhatsApp us, not the one that pretended to be us" and a parcel posted to the warehouse with the refund
     * through the marketplace stay as they were (blocked and passed).
     */
    @org.junit.jupiter.api.Test
    void roundNinetySevenOwnWording() {
        rulesPassEach(new String[][] {
                {"shopee", "one more thing, someone on WhatsApp pretended to be our shop and asked for a fee, please "
                        + "ignore them"},
                {"lazada", "keu WhatsApp e amader naam diye advance chaiche? oita amra na, taka diben na"},
                {"amazon", "Please post it to our warehouse and we will refund you through Amazon."},
        });
        java.util.Set<Category> skipped = rulesFind("amazon", "The quickest fix is to skip the Amazon return and post it "
                + "to our warehouse instead.");
        assertTrue(skipped.contains(Category.OFF_PLATFORM) || skipped.contains(Category.PROCESS_ABUSE), skipped::toString);
        assertTrue(rulesFind("shopee", "WhatsApp us, we are the real shop, not the one that pretended to be us.")
                .contains(Category.CONTACT_INFO));
    }

    /**
     * Round 98 (rules alone, my own wording of the kinds probe 175 showed, read after its first run): a refund asked of the
     * marketplace itself ("terus dr amazon"); the brand's official service centre on the warranty card's line; the
     * buyer's old bank account closed (Bengali). Each was blocked by round 97's rules. No need to ask the marketplace for
     * the refund before money sent another way, which round 97 passed as a refusal, now blocks; the seller's own service
     * centre on the card still blocks.
     */
    @org.junit.jupiter.api.Test
    void roundNinetyEightOwnWording() {
        rulesPassEach(new String[][] {
                {"amazon", "klu x smpi jgk, encik boleh minta refund terus dr amazon kat page order"},
                {"lazada", "Pusat servis rasmi jenama boleh dihubungi melalui talian yang tertera pada kad waranti."},
                {"ebay", "আপনার পুরনো ব্যাংক অ্যাকাউন্টটি বন্ধ হয়ে যাওয়ায় টাকা ব্যাংক নিজেই ফেরত পাঠাবে।"},
        });
        assertTrue(rulesFind("shopee", "x payah minta refund dari shopee, sy bank in terus ke akaun cik")
                .contains(Category.OFF_PLATFORM));
        assertTrue(rulesFind("lazada", "Our service centre can be reached on the number printed on the warranty card.")
                .contains(Category.CONTACT_INFO));
    }

    /**
     * Round 99 (rules alone, my own wording of the kinds probes 177-178 showed, read after their first runs): chat Malay
     * "sis blh ..." (you can) leaves the buyer's own wish to cancel to the buyer; the number on the back of the buyer's
     * new card; the buyer's report thanked for ("menghargai laporan anda"). Each was blocked by round 98's rules. Receipt
     * asked for so that no case opens, and the item swapped at the seller's house for cash (ms, en), now block; a
     * cancellation asked of the buyer for the seller's record still blocks.
     */
    @org.junit.jupiter.api.Test
    void roundNinetyNineOwnWording() {
        rulesPassEach(new String[][] {
                {"shopee", "klu sis nk cancel sblm kami pos, sis blh tekan cancel dlm app sendiri, ikut sis"},
                {"walmart", "If it has not arrived in a week, call the number on the back of your new card and quote "
                        + "the refund reference."},
                {"aliexpress", "Terima kasih, kami sangat menghargai laporan anda tentang plag yang longgar."},
        });
        assertTrue(rulesFind("shopee", "Could you please press Order Received now so that no dispute is opened?")
                .contains(Category.PROCESS_ABUSE));
        assertTrue(rulesFind("lazada", "Tuan boleh datang ke rumah kami untuk tukar barang dan bayar baki secara tunai.")
                .contains(Category.OFF_PLATFORM));
        assertTrue(rulesFind("ebay", "You can come by our house to swap it and pay the difference in cash.")
                .contains(Category.OFF_PLATFORM));
        assertTrue(rulesFind("shopee", "sis blh cancel sendiri ye, klu sy cancel kedai kena penalti")
                .contains(Category.PROCESS_ABUSE));
    }

    /**
     * Round 101 (rules alone, my own wording of the kinds probe 179 showed, read after its first run): chat Malay "x leh"
     * (cannot) as a refusal; the confirm button held back as long as the parcel has not arrived ("selagi ... blm
     * sampai"); a messenger account said plainly not to be the shop. Each was blocked by round 100's rules. The seller's
     * own "x leh cancel" given as the reason for the buyer's cancellation, and a threat that the buyer "x leh beli" any
     * more, still block.
     */
    @org.junit.jupiter.api.Test
    void roundOneHundredOneOwnWording() {
        rulesPassEach(new String[][] {
                {"amazon", "encik nk refund ke akaun maybank, tp sy x leh buat tu"},
                {"shopee", "jgn tekan confirm received dulu selagi barang blm sampai ya"},
                {"shopee", "The WhatsApp number that messaged you is not our shop, please ignore it."},
        });
        assertTrue(rulesFind("shopee", "sy x leh cancel, sis cancel sendiri ye, nnti kedai kena penalti")
                .contains(Category.PROCESS_ABUSE));
        assertTrue(rulesFind("shopee", "klu x padam review tu sy blacklist, x leh beli kat kedai kami lg")
                .contains(Category.PRESSURE_OR_THREAT));
    }

    /**
     * Round 102 (rules alone, my own wording of the kinds probes 181-182 showed, read after their first runs): a warranty
     * voided ("nnt waranti batal") is no order cancelled; nothing for the buyer to do ("x perlu buat apa2") is no
     * request to skip a refund. Each was blocked by round 101's rules. Receipt asked for while the arrival is denied
     * ("havent received it yet but pls press order received"), which round 101 passed, now blocks.
     */
    @org.junit.jupiter.api.Test
    void roundOneHundredTwoOwnWording() {
        rulesPassEach(new String[][] {
                {"lazada", "Jgn buka penutup belakang sendiri ye, nnt waranti batal."},
                {"lazada", "bg x perlu buat apa2, refund auto masuk ikut cara bayaran asal"},
        });
        assertTrue(rulesFind("shopee", "i know u havent received it yet but pls press order received today")
                .contains(Category.PROCESS_ABUSE));
    }
}
