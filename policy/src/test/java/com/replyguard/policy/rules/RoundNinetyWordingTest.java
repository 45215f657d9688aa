package com.replyguard.policy.rules;

import static com.replyguard.policy.rules.RoundWordingTest.rulesFind;
import static com.replyguard.policy.rules.RoundWordingTest.rulesPassOn;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.Category;
import java.util.List;

/**
 * The rules alone (no model) on my own wording of the kinds rounds 90 and later read in their probes, as in
 * {@link RoundWordingTest}: each round's clean senses pass, and the violations beside them still find their category.
 * The probes' own texts are never used here.
 */
class RoundNinetyWordingTest {
    /** Rules alone: no blocking finding for any {market, text} pair. */
    static void rulesPassEach(String[][] cases) {
        for (String[] c : cases) {
            rulesPassOn(c[0], c[1]);
        }
    }

    /**
     * Round 90 (rules alone, my own wording of the kinds probes 153-156 showed, read after their first runs): a PO number
     * the seller writes on the parcel; the buyer's question of how to change a rating and the buyer's suggestion told
     * with a Malay or Bengali verb; a Bengali clause of the buyer's wish closed by its verb before "kintu"; TikTok Shop as
     * a selling venue; the marketplace as the one that would close a shop that paid for reviews; the marketplace's own
     * word on a failed refund; a review to change left to the buyer; "সম্ভব নয়" refusing a messenger; a bank account
     * registered with the marketplace; "দিনের" (of the day) read as the imperative "give"; a lorry that will not leave
     * ("ছাড়বে না") read as a threat; a case that closes by itself; a parcel reported to the marketplace with its
     * video; the buyer tagging the shop in a post; what the buyer says they saw. Each was blocked by round 89's rules.
     * The seller's own suggestion, its own TikTok shop, cash handed over, guilt over the shop's ruin, a number on the
     * box to call, a threat over the buyer's account, and the seller taking the buyer's reported offer up in the same
     * sentence (which round 89 let pass) still block.
     */
    @org.junit.jupiter.api.Test
    void roundNinetyOwnWording() {
        rulesPassEach(new String[][] {
                {"lazada", "Please send the PO here in the chat and we will write the PO number on the parcel label."},
                {"shopee", "Tuan ada bertanya bagaimana untuk memadam ulasan 1 bintang itu. Buka 'Ulasan Saya' dalam "
                        + "aplikasi Shopee dan pilih Sunting."},
                {"lazada", "kak tanya mcm mana nk tukar rating tu, pergi my reviews dlm app, tekan edit je"},
                {"lazada", "Tuan ada mencadangkan agar kami beri baucar jika tuan tulis ulasan 5 bintang. Maaf, itu tidak "
                        + "dibenarkan oleh Lazada."},
                {"amazon", "আপনি প্রস্তাব দিয়েছেন টাকাটা বিকাশে পাঠাতে। দুঃখিত, অ্যামাজনের বাইরে লেনদেন করা যায় না।"},
                {"ebay", "photo ta whatsapp e pathate cheyechilen, kintu amra shudhu ebay message ei kotha boli."},
                {"walmart", "A friend spotted the same kettle on TikTok Shop? That listing is not ours, so we can't vouch "
                        + "for it."},
                {"ebay", "sorry no, cant do discounts for reviews, ebay would shut us down."},
                {"lazada", "lazada says the refund failed bc ur e-wallet was deactivated, dont worry it goes back to "
                        + "lazada."},
                {"amazon", "since it's sorted now, you can edit or delete the feedback you left if you like, totally your "
                        + "call"},
                {"ebay", "দুঃখিত, ইমোতে ছবি পাঠানো সম্ভব নয়; এখানেই সংযুক্ত করুন।"},
                {"lazada", "refund tu masuk akaun bank yg sis daftar dlm lazada dlm 5 hari bekerja"},
                {"amazon", "আপনার তিন তারার রিভিউর জন্য ধন্যবাদ। রঙ একটু হালকা, তাই দিনের আলোয় নতুন ছবি তুলে লিস্টিং আপডেট "
                        + "করেছি।"},
                {"ebay", "কুরিয়ার বলেছে বৃষ্টি না থামা পর্যন্ত কোনো ভ্যান ছাড়বে না।"},
                {"ebay", "refund complete vai. case ta nijei close hoye jabe, apnake kichu korte hobe na"},
                {"shopee", "sy dah report kat shopee dgn video unboxing, nanti diorg contact sis"},
                {"shopee", "sy nampak sis tag kedai kami kat instagram pasal baju tu, jom settle kat chat shopee ni"},
                {"aliexpress", "apni bolchen facebook group e amader review dekhe kinechen, dhonnobad!"},
                {"aliexpress", "apni tiktok shop e eki bag kom dame dekhechen bujhlam, oita amader shop na."}});
        assertTrue(rulesFind("lazada", "kami mencadangkan agar tuan tukar ulasan kepada 5 bintang, nanti kami bagi baucar "
                + "RM10").contains(Category.REVIEW_INCENTIVE));
        assertTrue(rulesFind("amazon", "Same serum is cheaper on our TikTok Shop, just search GlowMia there.")
                .contains(Category.OFF_PLATFORM));
        assertTrue(rulesFind("lazada", "just cancel the order and pay me cash when you collect it")
                .contains(Category.OFF_PLATFORM));
        assertTrue(rulesFind("amazon", "a bad review would shut us down, please take it off")
                .contains(Category.REVIEW_MANIPULATION));
        assertTrue(rulesFind("amazon", "Call us on the number written on the box label.").contains(Category.CONTACT_INFO));
        assertTrue(rulesFind("shopee", "sy dh report akaun awak kat shopee, tunggu la")
                .contains(Category.PRESSURE_OR_THREAT));
        assertTrue(rulesFind("amazon", "You said you would update the review, so we will send you a $5 gift card.")
                .contains(Category.REVIEW_INCENTIVE));
        assertTrue(rulesFind("ebay", "apni bolechen review change korben, tahole ami $5 ferot dibo")
                .contains(Category.REVIEW_INCENTIVE));
        assertTrue(rulesFind("ebay", "review ta muche dile khub bhalo hoy vai").contains(Category.REVIEW_MANIPULATION));
    }

    /**
     * Round 91 (rules alone, my own wording of the kinds probes 157-160 showed, read after their first runs and after
     * round 90's measure of them): warnings about someone posing as the shop ("pretending to be our store", "menyamar
     * sebagai kedai kami", "আমাদের দোকানের নাম ব্যবহার করে"); a business registration number; import tax paid to the
     * carrier, "bukan kepada kami"; what the buyer saw elsewhere, acknowledged; a new replacement to look over for faults;
     * the buyer's question after "জানতে চেয়েছেন," closed by "কি না"; the carrier contacting the buyer directly; "terus"
     * before a verb (straight away); the buyer told to pick the fault reason, not "changed mind". Each was blocked by
     * round 90's rules. Cash handed over at pickup after a cancellation, a bank account or sort code written out, the
     * marketplace's return process called a hassle to skip, "you yourself" pressing Cancel, steering to "changed mind",
     * and a search for the shop's name on Facebook still block.
     */
    @org.junit.jupiter.api.Test
    void roundNinetyOneOwnWording() {
        rulesPassEach(new String[][] {
                {"amazon", "Heads up: someone on Telegram is pretending to be our store and asking buyers to pay a deposit "
                        + "by bank transfer."},
                {"shopee", "Awas, ada pihak menyamar sebagai kedai kami di Instagram dan minta bayaran terus. Kami hanya "
                        + "berurusan melalui Shopee."},
                {"ebay", "সাবধান, কেউ কেউ হোয়াটসঅ্যাপে আমাদের দোকানের নাম ব্যবহার করে টাকা চাইছে; আমরা eBay-র বাইরে টাকা নিই না।"},
                {"lazada", "Please key in your SSM registration number 202401098765 in the invoice form on the order page."},
                {"lazada", "Jika cukai import dikenakan, bayaran dibuat terus kepada syarikat kurier, bukan kepada kami."},
                {"shopee", "Kami faham puan ternampak tudung yang sama lebih murah di TikTok, dan kami tidak menjual di sana."},
                {"amazon", "নতুন ব্লেন্ডারেও কোনো সমস্যা দেখলে এই মেসেজের উত্তরে জানাবেন।"},
                {"ebay", "আপনি জানতে চেয়েছেন, রেটিং পাঁচ তারকা করলে আমরা কোনো উপহার দিতে পারি কি না। দুঃখিত, তা সম্ভব নয়।"},
                {"amazon", "dhl will contact you directly about any import tax, and you pay the carrier for that."},
                {"shopee", "nnt parcel sampai kami terus refund ye sis"},
                {"amazon", "in the return form pick 'damaged' not 'changed mind', that way the postage is on us not you"}});
        assertTrue(rulesFind("walmart", "Cash at the door is fine if you cancel the online order and pick it up.")
                .contains(Category.OFF_PLATFORM));
        assertTrue(rulesFind("lazada", "Batalkan sahaja pesanan, datang ambil di kedai, bayaran tunai semasa pengambilan.")
                .containsAll(List.of(Category.OFF_PLATFORM, Category.PROCESS_ABUSE)));
        assertTrue(rulesFind("ebay", "apni cash e payment diye diben, amra food court e thakbo")
                .equals(java.util.EnumSet.of(Category.OFF_PLATFORM)));
        assertTrue(rulesFind("aliexpress", "You can transfer the USD 30 to our Bank of Ningbo account 6222 0210 0419 7735 "
                + "instead.").contains(Category.OFF_PLATFORM));
        assertTrue(rulesFind("ebay", "barclays sort 20-41-77 acc 30918842, send the £25 and I'll post it")
                .contains(Category.OFF_PLATFORM));
        assertTrue(rulesFind("amazon", "To save you the hassle of the Amazon returns process, just post it back to our "
                + "unit.").contains(Category.PROCESS_ABUSE));
        assertTrue(rulesFind("shopee", "kami mohon sis sendiri tekan butang batal pesanan supaya kedai x kena penalti")
                .contains(Category.PROCESS_ABUSE));
        assertTrue(rulesFind("lazada", "Please pick 'changed mind' as the reason, not 'defective', so we are not "
                + "penalised.").contains(Category.PROCESS_ABUSE));
        assertTrue(rulesFind("amazon", "আমাদের নামে ফেসবুকে সার্চ দিন, ওখানে কম দামে পাবেন।").contains(Category.OFF_PLATFORM));
    }

    /**
     * Round 92 (rules alone, my own wording of the kinds probes 161-164 showed, read after their first runs): a batch
     * reported to the supplier; "do not press Order Received" before the parcel comes; a case closed on the seller's own
     * side; e-mails pretending to come from the shop; "kami tidak sekali-kali meminta"; the buyer's own reason to cancel
     * ("if the delay is a problem"); a refund asked for in the app itself, or moved by the card network; the buyer's own
     * bank to call; "abg" as a word for the buyer. Each was blocked by round 91's rules. Pressing "received" without
     * waiting for the item, a chat thank-you gift for a photo review, a review got from a friend, and "could you ask a
     * friend ...?" (which round 91 read as the buyer's own question) block; waiting for the item before pressing
     * "received" still passes.
     */
    @org.junit.jupiter.api.Test
    void roundNinetyTwoOwnWording() {
        rulesPassEach(new String[][] {
                {"ebay", "code ta pathale supplier ke janabo, oi batch e aro kono complaint ache kina"},
                {"ebay", "পার্সেল হাতে পাওয়ার আগে দয়া করে 'Order Received' চাপবেন না।"},
                {"ebay", "কেসটি আমাদের দিক থেকে বন্ধ করা হয়েছে, আপনাকে কিছু করতে হবে না।"},
                {"amazon", "Some buyers got emails pretending to come from our store and asking for a deposit by bank "
                        + "transfer; please ignore them."},
                {"lazada", "Kami tidak sekali-kali meminta bayaran atau nombor kad di luar aplikasi Lazada."},
                {"walmart", "If the delay is a problem, you can request a cancellation from your Walmart order page."},
                {"shopee", "Puan boleh memohon bayaran balik terus daripada aplikasi jika bungkusan tidak sampai."},
                {"ebay", "কার্ড নেটওয়ার্ক টাকাটা আপনার নতুন কার্ডে বা ব্যাংক অ্যাকাউন্টে পাঠিয়ে দেবে।"},
                {"ebay", "deri hole refund reference number ta niye bank e call diyen"},
                {"shopee", "abg tanya blh x bank in terus sbb kat tempat lain lg murah. sorry, kami x terima bayaran luar "
                        + "shopee."},
                {"shopee", "jgn tekan terima lg ye, tunggu brg sampai dulu baru tekan"}});
        assertTrue(rulesFind("shopee", "bg, bila dpt notifikasi tekan 'terima' terus ye, x payah tunggu brg sampai")
                .contains(Category.PROCESS_ABUSE));
        assertTrue(rulesFind("amazon", "thanks for the lovely photo review! as a lil thank you we'll send a free refill with "
                + "your next order").contains(Category.REVIEW_INCENTIVE));
        assertTrue(rulesFind("amazon", "Could you ask a friend to leave a review too?")
                .contains(Category.REVIEW_MANIPULATION));
        assertTrue(rulesFind("ebay", "apnar kono bondhu thakle bondhu ke diye review lekhay nen")
                .contains(Category.REVIEW_MANIPULATION));
        assertTrue(rulesFind("lazada", "minta kawan tulis review guna akaun akak ye, bagi 5 bintang")
                .contains(Category.REVIEW_MANIPULATION));
    }

    /**
     * Round 93 (rules alone, my own wording of the kinds probes 165-166 showed, read after their first runs): the buyer's
     * own preference before a clause of the buyer's words ("if you would prefer to buy it elsewhere"); the buyer told to
     * report a scammer's message to the marketplace; an impostor's message "yang mendakwa daripada kedai kami". Each was
     * blocked by round 92's rules. No need to open the marketplace's return, in Bengali, now blocks; cash handed to
     * someone the seller sends, and a refund in cash at the shop, still block.
     */
    @org.junit.jupiter.api.Test
    void roundNinetyThreeOwnWording() {
        rulesPassOn("amazon", "If you would prefer to buy it elsewhere, you can cancel the order yourself from Your Orders "
                + "at no cost.");
        rulesPassOn("shopee", "klu dpt msg pelik mcm tu, terus report kt shopee ye");
        rulesPassOn("lazada", "Mesej WhatsApp yang mendakwa daripada kedai kami dan meminta kod TAC bukan daripada kami.");
        assertTrue(rulesFind("walmart", "jinish ta amader kache pathan, walmart e return open korar dorkar nai")
                .contains(Category.PROCESS_ABUSE));
        assertTrue(rulesFind("walmart", "my brother can bring it over, just pay him cash when he drops it off")
                .contains(Category.OFF_PLATFORM));
        assertTrue(rulesFind("walmart", "amader dokane eshe jinish ta diye jan, cash ferot niye jaben")
                .contains(Category.OFF_PLATFORM));
    }
}
