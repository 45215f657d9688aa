package com.replyguard.policy.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.Category;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Severity;
import com.replyguard.policy.analysis.TextAnalysis;
import java.util.List;

/**
 * The rules alone (no model) on my own wording of the kinds each tuning round read in its probes (rounds 74-82): each
 * round's clean senses pass, and the violations beside them still block. The probes' own texts are never used here.
 */
class RoundWordingTest {
    private static final RuleChecker CHECKER = RulePacks.loadChecker(new TextAnalysis(), List.of());

    /** The categories the rules alone find in {@code text} on {@code market}. */
    static java.util.Set<Category> rulesFind(String market, String text) {
        CheckResult r = CHECKER.withoutModel().check(text, Marketplace.parse(market));
        java.util.Set<Category> found = java.util.EnumSet.noneOf(Category.class);
        r.findings().forEach(f -> found.add(f.category()));
        return found;
    }

    /** Round 74: threats named as something not done, and a warning about scammers, are no threat (rules alone). */
    @org.junit.jupiter.api.Test
    void talkAboutThreatsAndAScamWarningAreNoThreat() {
        for (String text : List.of("Our replies stay polite: no blame, no insults and no threats of reporting or legal action.",
                "Kedai kami tidak mengugut pembeli; tiada ugutan untuk melapor atau mengambil tindakan undang-undang.",
                "Awas scammer yang guna nama kedai kami; kami tak akan minta OTP atau nombor kad.")) {
            java.util.Set<Category> found = rulesFind("shopee", text);
            assertTrue(!found.contains(Category.PRESSURE_OR_THREAT), () -> text + " -> " + found);
        }
        java.util.Set<Category> threat = rulesFind("amazon", "No more excuses: take the review down or we will take legal action.");
        assertTrue(threat.contains(Category.PRESSURE_OR_THREAT), threat::toString);
    }

    /** Round 76: thanks for a rating already given is no condition (rules alone); a reward named with it still is. */
    @org.junit.jupiter.api.Test
    void thanksForARatingGivenIsNoCondition() {
        java.util.Set<Category> thanks = rulesFind("shopee", "thx for rating us 5 stars, enjoy the rice cooker!");
        assertTrue(thanks.isEmpty(), thanks::toString);
        java.util.Set<Category> reward = rulesFind("shopee", "tq for rating 5 star sis, nanti sy bagi voucher rm5 utk order seterusnya");
        assertTrue(reward.contains(Category.REVIEW_INCENTIVE), reward::toString);
    }

    /** Rules alone on Shopee: each text gets a blocking finding of category {@code c}. */
    private static void rulesBlock(Category c, String... texts) {
        for (String text : texts) {
            CheckResult r = CHECKER.withoutModel().check(text, Marketplace.parse("shopee"));
            assertTrue(r.findings().stream().anyMatch(f -> f.category() == c && f.severity() == Severity.BLOCK),
                    () -> text + " " + r.findings());
        }
    }

    /** Rules alone on Shopee: no text gets a blocking finding. */
    private static void rulesPass(String... texts) {
        rulesPassOn("shopee", texts);
    }

    /** Rules alone on {@code market}: no text gets a blocking finding. */
    static void rulesPassOn(String market, String... texts) {
        for (String text : texts) {
            CheckResult r = CHECKER.withoutModel().check(text, Marketplace.parse(market));
            assertTrue(r.findings().stream().noneMatch(f -> f.severity() == Severity.BLOCK),
                    () -> text + " " + r.findings());
        }
    }

    /**
     * Round 77 (rules alone, my own wording of the kinds probes 124-126 and written-mix20's training part showed): the
     * buyer put on the seller's black list, a threat whose "can't buy from us again" is its content and no refusal,
     * consequences promised; blame in chat and Bengali (warn); and, clean, "terus" as "at once", the time a refund takes
     * to reach the bank, "terpulang" (up to you), the buyer's own message reported, the marketplace's window closing.
     */
    @org.junit.jupiter.api.Test
    void roundSeventySevenOwnWording() {
        rulesBlock(Category.PRESSURE_OR_THREAT, "klu bg bagi 1 bintang lagi, sy report akaun bg n bg x boleh beli dgn kami lagi",
                "one more dispute and u go straight on our blacklist",
                "ar ekta dispute khulle consequences bhalo hobe na, mone rakhben");
        for (String blame : List.of("Not our problem, the measurements are on the product page.",
                "apni nijei fele diyechen, amader packing e kono somossa chilo na",
                "u broke it urself tbh, the hinge doesnt crack on its own")) {
            java.util.Set<Category> found = rulesFind("shopee", blame);
            assertTrue(found.contains(Category.PRESSURE_OR_THREAT), () -> blame + " " + found);
        }
        rulesPass("sis buka dispute dlm app ye, pilih barang rosak, sy terus setuju refund",
                "রিফান্ড অ্যামাজনের মাধ্যমে দেওয়া হয়েছে। আপনার ব্যাংকে টাকা আসতে কয়েক দিন লাগতে পারে।",
                "nk bagi review ke x, terpulang sis, kami x kisah. yg penting kipas tu ok",
                "I read your message saying that you would leave a low rating unless we add a free case. We cannot do that, but a return is open to you in the app.",
                "pemulangan boleh dibuat sampai hari jumaat, lepas tu sistem tutup sendiri");
    }

    /**
     * Round 78 (rules alone, my own wording): the buyer's own wish to cancel, reported back, makes "you can press Cancel
     * in the app" the way to do it, in the sentence after the wish too; the same wish turned to the seller's
     * record ("our cancelling would hurt our seller record, so cancel it yourself") is still process abuse, and a
     * seller out of stock asking the buyer to cancel always was.
     */
    @org.junit.jupiter.api.Test
    void roundSeventyEightOwnWording() {
        rulesPass("Puan tersilap memilih saiz dan mahu membatalkan pesanan. Puan boleh tekan Batal dalam aplikasi sebelum barang dihantar.",
                "apni cancel korte chaichen, kono somossa nai. app e my orders theke order ta khule cancel button chapun.");
        rulesBlock(Category.PROCESS_ABUSE,
                "Anda ingin membatalkan pesanan ini. Pembatalan oleh kami menjejaskan rekod penjual, jadi sila anda sendiri batalkan dalam aplikasi.",
                "stok habis sis, tlg cancel sendiri ye");
    }

    /**
     * Round 80 (rules alone, my own wording): a rule's word patterns skip a sentence carrying the buyer's own wish to
     * cancel (process-abuse's {@code patterns_none}), so "you can cancel it yourself" after "you chose the wrong colour"
     * passes; a sentence that asks ("could you please ... from your end rather than me") is read all the same, and a
     * wish turned to the seller's record is still caught.
     */
    @org.junit.jupiter.api.Test
    void roundEightyOwnWording() {
        rulesPass("Thanks for letting us know you chose the wrong colour. As it has not shipped, you can cancel it yourself "
                + "under My Orders.");
        rulesBlock(Category.PROCESS_ABUSE, "I see you want to cancel. Could you please send the cancellation request from "
                + "your end rather than me doing it?",
                "Since you would like to cancel, kindly cancel it yourself so that it does not count against our store.");
    }

    /**
     * Round 81 (rules alone, my own wording of the kinds probes 127-134 showed after their first runs): the buyer's
     * message, request or preference reported ("thanks for your message about ...", "mengenai permintaan tuan untuk
     * ...", "kami faham puan lebih selesa ...") is the buyer's, which the seller then answers; a refusal of ability
     * ("we are not able to move this chat to ...") reaches the messenger at its clause's end, but not past "so please";
     * "terus" after the verb as "at once"; the buyer's own bank, a power bank, a serial number and the platform's help
     * centre are no channel; "won't ask you to change" refuses. And what still blocks: a Bengali "na" that closes its
     * own clause ("app e na") refuses the app, not the bKash before the comma; an untrue review threatened with the
     * law; a number on the parcel card with the order number quoted.
     */
    @org.junit.jupiter.api.Test
    void roundEightyOneOwnWording() {
        rulesPass("Thanks for your message about sending the money straight to your PayPal. Refunds have to go through "
                        + "Shopee so you stay protected, and yours is already issued.",
                "Mengenai permintaan tuan untuk membayar melalui pindahan bank, semua bayaran perlu dibuat dalam aplikasi Shopee.",
                "Kami faham puan lebih selesa berbual di WhatsApp, namun semua urusan hanya di Shopee Chat.",
                "Sorry, we are not able to carry this conversation over to WhatsApp. Shopee chat keeps a record for both of us.",
                "sorry apu, WhatsApp number dite parchi na. shopee chat e kotha bolbo",
                "sy luluskan terus, x payah pos balik barang tu",
                "ব্যাংক সাধারণত পাঁচ থেকে সাত কার্যদিবস সময় নেয়। এর পরেও না এলে আপনার ব্যাংকে খোঁজ নিন।",
                "Could you send a photo of the serial number on the back of the unit in this message thread?",
                "পাওয়ার ব্যাংকটা দিয়ে ফোন দুইবার পুরো চার্জ হয়।",
                "Jika bayaran telah dibuat melalui pindahan bank secara tersilap, sila hubungi Pusat Bantuan Shopee.",
                "we wont ask u to change ur rating, its totally up to u");
        rulesBlock(Category.OFF_PLATFORM, "full set 2000 taka te dibo, kintu payment ta nagad e korben, app e na");
        rulesBlock(Category.PRESSURE_OR_THREAT,
                "Jika tuan terus menulis ulasan yang tidak benar, kami akan mengambil tindakan undang-undang.");
        rulesBlock(Category.CONTACT_INFO, "We are not able to reply quickly here, so please message us on WhatsApp instead.",
                "Please call the number on the card in your parcel and quote your order number.");
    }

    /**
     * Round 82 (rules alone, my own wording of the kinds probes 135-139 showed after their first runs): "pm" after a
     * clock time, the note that goes with the buyer's gift, the bank that credits a refund, and thanks for a
     * suggestion with the buyer named between ("terima kasih Puan Aina atas cadangan untuk ...") are clean; a
     * messenger is still caught beside a clock time.
     */
    @org.junit.jupiter.api.Test
    void roundEightyTwoOwnWording() {
        rulesPass("Please tell us before 4 pm today which colour you prefer.",
                "For the gift message, just send the wording you want printed on the card.",
                "সাধারণত ব্যাংক টাকাটা নতুন কার্ডে জমা করে দেয়।",
                "Terima kasih Puan Aina atas cadangan untuk membuat bayaran melalui pindahan bank; semua bayaran perlu "
                        + "dibuat melalui Shopee.");
        rulesBlock(Category.CONTACT_INFO, "Message us on Instagram after 5 pm for the price.");
        // probes 137-139: the seller's own inability to edit reviews, the buyer's request reported with its verb last,
        // the buyer's closed account, and a refusal that covers the whole list of messengers it names
        rulesPass("Penjual tidak mempunyai akses untuk memadam ulasan pembeli, jadi keputusan itu di tangan puan.",
                "apni rating ta delete korte bolchen bujhlam, kintu shopee te seller der delete korar kono option nai.",
                "The refund went to your old bank account, which was closed; the bank usually returns it to Shopee within a week.",
                "sorry, shopee er rule e insta ba facebook id dewa allowed na. ekhane chat e sob bolben.");
        rulesBlock(Category.REVIEW_MANIPULATION, "We can't send the partial refund until you remove the two-star review.");
        rulesBlock(Category.CONTACT_INFO, "Add us on Instagram or Facebook for faster replies.");
    }

    /**
     * Round 83 (rules alone, my own wording of the kinds probe-140 and written-mix22's training part showed): the
     * replacement held back until the review is removed is extortion; a fuse's rating is a specification; on Amazon,
     * "[Important]" may mark a house number missing from the address, in Bengali too; "do not allow us to move this
     * chat to WeChat" and "wechat x boleh" refuse the messenger, and the seller improving itself asks nothing (probe-141).
     */
    @org.junit.jupiter.api.Test
    void roundEightyThreeOwnWording() {
        rulesPassOn("amazon", "[Important] আপনার ঠিকানায় বাসার নম্বর না থাকায় কুরিয়ার পার্সেলটি দিতে পারছে না। নম্বরটি "
                + "জানালে আজই পাঠানো যাবে।", "Could you send a photo of the fuse rating printed on the side of the plug?",
                "Amazon's rules do not allow us to move this chat to WeChat, but photos can be sent right here.");
        rulesPass("wechat x boleh ya bos, sy hantar gambar kat chat ni je", "klu ada yg x puas hati bgtau je, kami nk improve");
        java.util.Map.of("পাঠিয়ে দেব নতুনটা, কিন্তু তার আগে আপনার নেগেটিভ রিভিউটা সরিয়ে নেবেন।", Category.REVIEW_MANIPULATION,
                "we can't reply fast here, pls add our wechat for quicker help", Category.CONTACT_INFO).forEach((asked, c) ->
                        assertTrue(rulesFind("shopee", asked).contains(c), asked));
    }

    /**
     * Round 84 (rules alone, my own wording of the kinds probe-142 showed after its first run): the buyer told there is
     * no need to cancel, because the seller already did, is no process abuse, while "cancel it yourself" still is; in
     * Malay chat "no tng" is the number of a Touch 'n Go wallet, not a negation, so asking for it to refund outside the
     * order blocks.
     */
    @org.junit.jupiter.api.Test
    void roundEightyFourOwnWording() {
        rulesPass("sis x perlu cancel sendiri ye, sy dh cancel dr sini sbb stok habis. duit auto masuk shopeepay");
        rulesBlock(Category.PROCESS_ABUSE, "stok habis sis, tlg cancel sendiri ye");
        rulesBlock(Category.OFF_PLATFORM, "refund lambat kat app, bg no tng je, sy transfer terus malam ni");
    }

    /**
     * Round 85 (rules alone, my own wording of the kinds probes 143-144 and written-mix24's training part showed after
     * their first runs): the buyer's wish thanked for is the buyer's ("thanks for wanting to join our WhatsApp group",
     * then refused); a Bengali question reported with "kina" and the buyer's asking verb after it; the buyer's words
     * after a verb of reporting; the buyer's own post that the seller saw; "sounds a bit off" is not off the platform;
     * the bank account the buyer filled in on the return form is no data request; what the marketplace lets buyers do
     * with their feedback, told as a fact; "nothing you need to do" about the review asks nothing. Each of these was
     * blocked by round 84's rules; the same words still block when they ask or offer.
     */
    @org.junit.jupiter.api.Test
    void roundEightyFiveOwnWording() {
        rulesPass("Thanks a lot for wanting to join our WhatsApp group! We only talk to buyers in the Shopee chat, "
                        + "so any news about the lamp will come here.",
                "Instagram e amader account ache kina jiggesh korechilen. Order niye kotha shudhu Shopee chat ei hobe.",
                "hmm that sounds a bit off, the refund should land back where u paid from",
                "duit refund masuk ShopeePay atau akaun bank yg akak isi dlm borang pemulangan, 3-5 hari bekerja ye",
                "Walmart lets buyers edit or delete their review at any time, and that decision is only yours.",
                "vul model hole thik ta ajkei pathabo, review niye apnake kichu korte hobe na");
        // written-mix24's training part: the buyer's words after a verb of reporting ("Encik meminta kami ...", "sis
        // mintak ... kan"), and the buyer's own post on a social network that the seller saw
        rulesPass("Encik meminta kami memindahkan baki bayaran melalui DuitNow; maaf, semua bayaran mesti melalui Lazada.",
                "sis mintak sembang kat whatsapp kan, maaf ye kami layan dlm chat shopee je",
                "We saw the reel you shared on Instagram about our lamp, it made our day.",
                "kami nampak sis upload gambar tudung kami kat instagram, cantik sangat, terima kasih ye",
                "apu facebook e apni amader kurta pore je chobi ta diyechen, seta dekhe khub bhalo laglo");
        rulesBlock(Category.CONTACT_INFO, "If you post a video of the lamp on TikTok, tag us and DM us on Instagram.");
        rulesBlock(Category.REVIEW_INCENTIVE, "If you change your rating to five stars, then we will refund the postage.");
        rulesBlock(Category.CONTACT_INFO, "Thanks for your order! Join our WhatsApp group for restock news.");
        rulesBlock(Category.REVIEW_MANIPULATION, "Please edit your review to five stars now that the lamp works.");
        rulesBlock(Category.PERSONAL_DATA, "Please send us your bank account number so we can refund you.");
    }

    /**
     * Round 86 (rules alone, my own wording of the kinds probes 145-146 showed after their first runs): paying outside
     * told as losing the marketplace's protection is a warning, not an offer; who may change a review, told as a fact;
     * "WhatsApp e ... pathate hobe na" (you need not send it on WhatsApp) declines the messenger even when another
     * sentence follows; "jante chaisen" reports the buyer's question. Each of these was blocked by round 85's rules.
     * A request after "only you can change it", a messenger offered in a short clause, and the Bengali "[Important]"
     * tag on a promotion still block.
     */
    @org.junit.jupiter.api.Test
    void roundEightySixOwnWording() {
        rulesPassOn("ebay", "বাইরে টাকা পাঠালে আপনি eBay-এর ক্রেতা সুরক্ষা হারাবেন, তাই দয়া করে চেকআউটেই পেমেন্ট করুন।");
        rulesPassOn("amazon", "We are not able to edit or remove buyer reviews; only the person who wrote the review can change it.");
        rulesPass("WhatsApp e chobi pathate hobe na, ei chat e attach korlei cholbe. Dhonnobad.",
                "amader instagram page ache kina jante chaisen, dukkhito, shopee chat chara onno kothao kotha boli na.");
        rulesBlock(Category.CONTACT_INFO, "Shopee chat e reply dite deri hoy, WhatsApp e pathan. Dhonnobad.");
        assertTrue(rulesFind("amazon", "Only you can change the review, so please change it to five stars today.")
                .contains(Category.REVIEW_MANIPULATION));
        assertTrue(rulesFind("amazon", "[গুরুত্বপূর্ণ] আমাদের নতুন শীতের সংগ্রহ দেখে নিন।").contains(Category.IMPORTANT_TAG));
    }

    /**
     * Round 87 (rules alone, my own wording of the kinds probes 147-148 showed after their first runs): the buyer's own
     * post named as a noun the buyer owns, which the seller read ("komen encik di Facebook"), and the seller's lack of
     * power over reviews or a removal it denies ("we don't have the ability to hide reviews", "delete kori nai") ask
     * nothing. Each was blocked by round 86's rules. A review "you posted" on the marketplace, threatened over, and a
     * network offered in the next clause still block.
     */
    @org.junit.jupiter.api.Test
    void roundEightySevenOwnWording() {
        rulesPassOn("lazada", "Kami telah membaca komen encik di Facebook tentang tilam itu dan tidak akan meminta ia dipadam.");
        rulesPassOn("amazon", "We don't have the ability to hide or delete reviews; Amazon moderates them.");
        rulesPassOn("aliexpress", "apnar review amra delete kori nai, seller ra review delete korte pare na.");
        assertTrue(rulesFind("amazon", "We have read the comments you posted about the kettle, and unless they come down "
                + "by Friday our lawyer will be in touch.").contains(Category.PRESSURE_OR_THREAT));
        assertTrue(rulesFind("lazada", "We saw your Facebook post, please message our Facebook page for a faster refund.")
                .contains(Category.CONTACT_INFO));
    }

    /**
     * Round 88 (my own wording of the kinds probes 149-152 showed after their first runs): how to edit a review, told in
     * a message that leaves the decision to the buyer ("completely your decision", "terpulang kat sis", "puro apnar
     * siddhanto"), asks for nothing, for the rules and for the model's opinion of the same category; Facebook
     * Marketplace is a place where things are sold, not a way to reach the seller; the buyer's words before "kotha
     * bolsen dekhlam" (I saw you spoke of ...) and before "kina jigesh korsilen" (one g), and "your suggestion to", are the
     * buyer's; a reward the seller refuses sets no choice aside; "penutup" (a lid) is no closing and a case that holds
     * earbuds no dispute. Each was blocked by round 87's rules. A reward or a star target beside the choice, a Facebook
     * page offered, a messenger offered after "your suggestion", a Bengali invitation to talk on WhatsApp and a case
     * to close, in English and Malay, still block.
     */
    @org.junit.jupiter.api.Test
    void roundEightyEightOwnWording() {
        for (String[] c : new String[][] {
                {"amazon", "You asked how to edit your review: open Your Orders, pick the lamp and tap Edit review. "
                        + "Whether you change it is completely your decision."},
                {"shopee", "nk ubah rating boleh, pergi Saya > Penilaian Saya > ubah. terpulang kat sis ye, kami x kisah"},
                {"amazon", "rating kivabe bodlaben jiggesh korsilen, Your Orders e giye edit review chapun. bodlaben kina "
                        + "puro apnar siddhanto"},
                {"ebay", "hi bhai, whatsapp e kotha bolar kotha bolsen dekhlam. sorry, ebay er baire kotha bola jay na, "
                        + "ekhanei likhen."},
                {"aliexpress", "apu, amader instagram page ache kina jigesh korsilen. shudhu aliexpress chat e kotha bola "
                        + "jay, tai ekhanei janaben."},
                {"lazada", "tuan, rating 2 bintang tu kami x boleh padam walaupun dh refund. refund tuan dh lulus, x ada "
                        + "kaitan dgn rating. tuan nk tukar rating atau x, hak tuan."},
                {"shopee", "Kami akan hantar penutup baharu secara percuma, puan tidak perlu pulangkan yang retak."},
                {"amazon", "Please put both earbuds back in the charging case and remove them from your Bluetooth list "
                        + "before pairing them again."}}) {
            rulesPassOn(c[0], c[1]);
            assertNotEquals(com.replyguard.policy.Verdict.BLOCK,
                    CHECKER.check(c[1], Marketplace.valueOf(c[0].toUpperCase(java.util.Locale.ROOT)))
                            .verdict(), c[1]);
        }
        // (the cheaper listing elsewhere is still read by the off-platform rules; the network is no longer a contact)
        assertFalse(rulesFind("lazada", "Your friend saw it for less on Facebook Marketplace? That listing is not ours, so "
                + "we cannot say if it is genuine.").contains(Category.CONTACT_INFO));
        assertTrue(rulesFind("amazon", "Whether you keep it is your call, but we will send a free bulb once the review is "
                + "updated.").containsAll(List.of(Category.REVIEW_INCENTIVE, Category.REVIEW_MANIPULATION)));
        assertTrue(rulesFind("amazon", "Add us on Facebook for faster help, our page is Glowhaus Lighting.")
                .contains(Category.CONTACT_INFO));
        assertTrue(rulesFind("lazada", "Following your suggestion, add our WhatsApp 012-3456789 and we will reply there.")
                .contains(Category.CONTACT_INFO));
        assertTrue(rulesFind("ebay", "whatsapp e kotha bolben, number 01711223344").contains(Category.CONTACT_INFO));
        assertTrue(rulesFind("lazada", "Nak ubah atau x, hak tuan, tapi klu tuan ubah rating kami bagi baucar RM10.")
                .contains(Category.REVIEW_MANIPULATION));
        assertTrue(rulesFind("amazon", "Please close the case you opened now that the parcel has arrived.")
                .contains(Category.PROCESS_ABUSE));
        assertTrue(rulesFind("shopee", "Sila tutup kes yang puan buka, kami hantar penutup baharu esok.")
                .contains(Category.PROCESS_ABUSE));
    }

    /**
     * Round 89 (rules alone, my own wording of the kinds probes 149 and 151 still showed after round 88): a warning
     * about anyone claiming to be from the shop; thanks "for letting us know that" a neighbour saw it cheaper elsewhere;
     * "sy nmpk akak mintak ..." (I see you asked for ...), the seller's word of seeing before the buyer's bare verb of
     * asking; a Bengali report "আপনি লিখেছেন যে ..." whose sentence closes with "কিনা" is the buyer's question to its end.
     * Each was blocked by round 88's rules. A seller who calls themselves "akak" asking for a reply on Telegram, and
     * the seller's own offer after the buyer's report, still block.
     */
    @org.junit.jupiter.api.Test
    void roundEightyNineOwnWording() {
        rulesPassOn("ebay", "If anyone phones you claiming to be from our shop and asks for a customs payment, please do "
                + "not pay them.");
        rulesPassOn("walmart", "Thank you for letting us know that a neighbour saw the same blender for less on Facebook "
                + "Marketplace. We cannot match that price.");
        rulesPass("hi kak, sy nmpk akak mintak reply kt telegram. sorry, kami kena urus order kt shopee chat je.");
        rulesPassOn("amazon", "আপনি লিখেছেন যে আপনার কার্ড বন্ধ হয়ে গেছে, তাই টাকাটা নগদে পাঠানো যায় কিনা। দুঃখিত, আমরা "
                + "অ্যামাজনের বাইরে টাকা পাঠাতে পারি না।");
        rulesBlock(Category.CONTACT_INFO, "akak minta adik reply kt telegram ye, lg cepat.");
        assertTrue(rulesFind("amazon", "আপনি লিখেছেন যে কার্ড বন্ধ, তাই আমরা বিকাশে টাকা পাঠাব, নম্বরটা দিন।")
                .contains(Category.OFF_PLATFORM));
    }
}
