package com.replyguard.policy.rules;

import static com.replyguard.policy.rules.RoundNinetyWordingTest.rulesPassEach;
import static com.replyguard.policy.rules.RoundWordingTest.rulesFind;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.Category;

/**
 * Rounds 103 and later, as in {@link RoundNinetyWordingTest}: the rules alone on my own wording of the kinds each round
 * read in its probes (never the probes' own texts); each clean case was blocked by the round before, and the violations
 * beside them still find their category.
 */
class RoundOneHundredThreeWordingTest {
    /**
     * Round 103 (rules alone, my own wording of the kinds probes 183-184 showed, read after their first runs): the
     * channel the buyer paid with at checkout, where the marketplace's refund lands, and that channel's own timing
     * ("since you paid with PayPal", "oleh sebab tuan membayar menggunakan PayPal", "PayPal diye pay korechilen",
     * "depending on your bank or PayPal"); chat Malay "awk" before a quoted or reported question ("awk tanya perlu ke
     * ..."); the buyer told not to cancel from their side. Each was blocked by round 102's rules. The item posted back
     * to the seller against money by the seller's own channel, and the case withdrawn beside such money, now also find
     * process abuse; a refund by PayPal "quicker than going through eBay", which round 102 passed, now blocks.
     */
    @org.junit.jupiter.api.Test
    void roundOneHundredThreeOwnWording() {
        rulesPassEach(new String[][] {
                {"ebay", "Since you paid with PayPal, the refund shows in your PayPal activity first."},
                {"aliexpress", "Oleh sebab tuan membayar menggunakan PayPal, wang itu akan masuk ke akaun PayPal tuan "
                        + "dahulu."},
                {"ebay", "apni PayPal diye pay korechilen, tai refund ta age PayPal e jabe"},
                {"walmart", "The refund was sent to your card; depending on your bank or PayPal it can take five days "
                        + "to show."},
                {"ebay", "sbb bro bayar guna paypal, duit refund masuk paypal dulu baru ke bank."},
                {"shopee", "awk tanya perlu ke tekan order received skrg? jgn dulu, tunggu barang sampai."},
                {"shopee", "awk tulis 'sy bagi 1 bintang klu x refund'. faham, sy dh approve refund tu."},
                {"ebay", "dont cancel from ur side pls, ill take care of it so it doesnt count against u"},
        });
        assertTrue(rulesFind("amazon", "Skip the Amazon return and post the lamp to our shop; we will reimburse you by "
                + "PayPal when it lands.").contains(Category.PROCESS_ABUSE));
        assertTrue(rulesFind("lazada", "i refund u thru gcash today, then u cancel the return request ya")
                .contains(Category.PROCESS_ABUSE));
        assertTrue(rulesFind("ebay", "I'll send the £5 back by PayPal, quicker than going through eBay.")
                .contains(Category.OFF_PLATFORM));
    }

    /**
     * Round 103, second part (rules alone, my own wording of the warnings read probes 123-183 showed): someone using the
     * shop's name on a messenger ("amader dokan er naam diye"), a fake agent or account, read as the seller's own offer
     * of money, OTP or a page by the off-platform, personal-data and social-contact rules and the messenger detector.
     * Each was blocked by round 102's rules. A sentence that sends the buyer to search for the shop still blocks.
     */
    @org.junit.jupiter.api.Test
    void roundOneHundredThreeImpostorWarnings() {
        rulesPassEach(new String[][] {
                {"shopee", "sabdhan, keu keu WhatsApp e amader dokan er naam diye buyer der kache taka chacche."},
                {"lazada", "There is a fake 'refund agent' account on Telegram asking buyers for OTP codes."},
                {"aliexpress", "kichu lok Facebook e amader store er naam use kore discount er post dicche, egula amra na."},
        });
        assertTrue(rulesFind("amazon", "Facebook e amader dokan er naam diye search korle amader page paben.")
                .contains(Category.CONTACT_INFO));
    }

    /**
     * Round 104 (rules alone, my own wording of the kinds probes 185-186 showed, read after their first runs): the buyer's
     * own cancellation request said to be approved ("its approved", "accept korsi"); the buyer's own bank asked with the
     * refund reference; a courier's hotline on its official website ("laman web rasmi J&T"). Each was blocked by round
     * 103's rules. The marketplace's refund not waited for, for money by the seller's own channel ("so u dont need to
     * wait for lazada", "lg cpt dr tunggu shopee"), now finds process abuse beside off-platform.
     */
    @org.junit.jupiter.api.Test
    void roundOneHundredFourOwnWording() {
        rulesPassEach(new String[][] {
                {"walmart", "saw u already put in the cancel request for the blender, its approved and the money goes back "
                        + "to ur card"},
                {"shopee", "apni Shopee te cancel request pathaisen, ami accept korsi, taka Shopee nijei ferot dibe"},
                {"walmart", "card refund dekhte 10 din lagte pare, na dekhle nijer bank e refund reference ta bolen"},
                {"lazada", "Nombor talian J&T boleh didapati di laman web rasmi J&T Express."},
        });
        assertTrue(rulesFind("lazada", "we'll send it to ur gcash tonight so u dont need to wait for lazada")
                .contains(Category.PROCESS_ABUSE));
        assertTrue(rulesFind("shopee", "refund sy bank in terus, lg cpt dr tunggu shopee").contains(Category.PROCESS_ABUSE));
    }

    /**
     * Round 105 (rules alone, my own wording of the kinds probe 186 showed, read after its first run): eBay's "fb" for
     * feedback beside a word of rating or leaving ("ur neutral fb", "a positive fb would be great"), which the messenger
     * detector read as Facebook; the seller's team reviewing a return request. Each was blocked by round 104's rules.
     * "fb" as a page to add the seller on still blocks, and a positive rating asked first, before the seller ships,
     * which round 104 found only as contact information, is now review manipulation.
     */
    @org.junit.jupiter.api.Test
    void roundOneHundredFiveOwnWording() {
        rulesPassEach(new String[][] {
                {"ebay", "hi, i saw ur neutral fb saying the box was dented, totally fair, sorry about that"},
                {"ebay", "glad the new charger works! if ur happy w it a positive fb would be great, cheers"},
                {"lazada", "Once the photos are in, our team will review it, and the refund will be paid by Lazada to your "
                        + "card."},
        });
        assertTrue(rulesFind("ebay", "bro add me on fb for quicker replies").contains(Category.CONTACT_INFO));
        assertTrue(rulesFind("ebay", "send me positive fb first and then ill ship the 2nd one")
                .contains(Category.REVIEW_MANIPULATION));
    }

    /**
     * Round 106 (rules alone, my own wording of the kinds probes 187-188 showed, read after their first runs): a courier's
     * own hotline named as the courier's ("call hotline pos laju", "Pathao-র হটলাইনে ফোন করুন"); the marketplace itself
     * as the one refunding, to the channel the buyer paid with ("lazada pulangkan ke paypal", "PayPal diye pay
     * korsilen"). Each was blocked by round 105's rules. The seller's own line beside a courier still blocks, and an
     * archive named in an eBay message, which round 105 passed, is now an attachment ("loom_guide.zip"); a word that only
     * starts like an extension is none ("Thanks.Rare find").
     */
    @org.junit.jupiter.api.Test
    void roundOneHundredSixOwnWording() {
        rulesPassEach(new String[][] {
                {"lazada", "parcel tu stuck kat hub pos laju shah alam, bg boleh call hotline pos laju terus guna no "
                        + "tracking EP123456789MY"},
                {"amazon", "vai refund ta amazon theke process hoise, apni je PayPal diye pay korsilen sheikhane 3 din e "
                        + "ashbe"},
                {"lazada", "duit refund tu lazada pulangkan ke paypal sis sbb sis bayar guna paypal, 2 hari baru nampak"},
        });
        assertTrue(rulesFind("ebay", "the courier lost it, text me on my personal line").contains(Category.CONTACT_INFO));
        assertTrue(rulesFind("ebay", "I've put the wiring diagram in loom_guide.zip, just open it and print page two.")
                .contains(Category.ATTACHMENT));
        assertTrue(!rulesFind("ebay", "Thanks.Rare find, that lamp, we only had the one.").contains(Category.ATTACHMENT));
        assertTrue(rulesFind("lazada", "x payah tunggu lazada pulangkan, sy transfer terus ke tng awak")
                .contains(Category.PROCESS_ABUSE));
    }

    /**
     * Round 107 (rules alone, my own wording of the kind probe 189 showed, read after its first run): the buyer's own
     * delivery details read back from the order for checking, the phone number among them ("address u put: ..., phone
     * ... all correct?"), the courier's request in the sentence before the number (`sentences_before: 1` of
     * `common/delivery-details-readback.yaml`: a street address's "No." ends a sentence). Each was blocked by round
     * 106's rules, as was the buyer's question closed by chat Malay's tag instead of a question mark ("cik tanya boleh
     * transfer terus x."), now a reported question. The seller's own line beside the courier's request still blocks,
     * and the buyer asked to cancel "by yourself" in Bengali ("নিজে থেকে বাতিল"), which round 106's rules passed, is now
     * process abuse (not the order cancelling by itself).
     */
    @org.junit.jupiter.api.Test
    void roundOneHundredSevenOwnWording() {
        rulesPassEach(new String[][] {
                {"shopee", "address u put: Lot 5, Jalan Cempaka 2, 40150 Shah Alam, phone 019-882 4471. all correct?"},
                {"walmart", "The courier asked us to check your address. Flat 2B, 19 Harbour Road, Leith, EH6 6JU, phone "
                        + "0131 496 0022. Is that right?"},
                {"amazon", "apnar deya thikana: House 4, Road 2, Banani, phone 01712-000111, thik ache?"},
                {"lazada", "kurier minta sy sahkan alamat. No. 3, Jalan Dahlia 7, 81300 Skudai, tel 012-441 9087. betul ke?"},
                {"lazada", "cik tanya boleh transfer terus x. maaf cik, bayaran kena melalui lazada je."},
                {"lazada", "অর্ডারটা নিজে থেকেই বাতিল হয়ে যাবে, আপনাকে কিছু করতে হবে না।"},
        });
        assertTrue(rulesFind("lazada", "আপনি কি অর্ডারটা নিজে থেকে বাতিল করে দিবেন? স্টক নেই।")
                .contains(Category.PROCESS_ABUSE));
        assertTrue(rulesFind("ebay", "The courier will confirm the slot. For anything else, my mobile is 0161 496 0733.")
                .contains(Category.CONTACT_INFO));
        assertTrue(rulesFind("amazon", "The courier needs to check the address you gave. Seller line: 012-345 6789")
                .contains(Category.CONTACT_INFO));
        assertTrue(rulesFind("shopee", "alamat yg sis bagi dh betul. klu ada apa2 wasap sy 012-345 6789")
                .contains(Category.CONTACT_INFO));
    }

    /**
     * Round 108 (rules alone, my own wording of the kinds probe 191 showed, read after its first run): the buyer's number
     * as entered at checkout, read back for the carrier ("the number you entered at checkout", "checkout e apni je
     * number ta diyechilen"); "block" the product before a relative clause ("any block you are not happy with"). Each
     * was blocked by round 107's rules. The seller's "I will block you" still threatens.
     */
    @org.junit.jupiter.api.Test
    void roundOneHundredEightOwnWording() {
        rulesPassEach(new String[][] {
                {"walmart", "For the delivery of the sofa, the carrier will use the number you entered at checkout, 07700 "
                        + "900512; is that still the best one?"},
                {"amazon", "vai checkout e apni je number ta diyechilen, 01819-223344, rider oi number e phone dibe, thik "
                        + "ache?"},
                {"walmart", "You can start a return from your orders for any block you are not happy with."},
        });
        assertTrue(rulesFind("ebay", "if u open a case i block you").contains(Category.PRESSURE_OR_THREAT));
    }
    /**
     * Round 109 (rules alone, my own wording of the kinds probe 195 showed, read after its first run): the manufacturer's
     * line on its warranty card, a courier's helpline as "theirs" in chat Bengali and a brand's helpline with "-এর", the
     * buyer's request that the money go to a bank account referred to before it is refused, the buyer's offer the seller
     * "was told of" before the refusal, and a broken item thrown away safely. Each was blocked by round 108's rules.
     * Threats to the buyer's account in other words (investigated, restricted, "no option but to escalate") now block;
     * blaming the buyer's negligence or calling the claim false is now a warning; the buyer asked to withdraw the order
     * or to drop a dispute as a chat Malay suggestion, a review "brought up to date", the item sent back "without filing
     * a request in the app" now find their categories.
     */
    @org.junit.jupiter.api.Test
    void roundOneHundredNineOwnWording() {
        rulesPassEach(new String[][] {
                {"lazada", "Untuk pembaikan, puan boleh menghubungi talian pengeluar yang dicetak pada kad jaminan."},
                {"ebay", "time change korte chaile oder public helpline 0800 028 9711 e order number bole din."},
                {"amazon", "চালু না হলে Philips-এর সার্ভিস হেল্পলাইনে (0344 555 0199) ফোন করুন।"},
                {"shopee", "Merujuk kepada permintaan encik agar wang dimasukkan terus ke akaun bank, semua bayaran balik "
                        + "hanya dibuat melalui Shopee."},
                {"shopee", "Tuan tidak perlu memulangkan pinggan yang retak; sila buangnya dengan selamat."},
        });
        assertTrue(rulesFind("walmart", "If the claim goes ahead we will ask Walmart to have your account investigated.")
                .contains(Category.PRESSURE_OR_THREAT));
        assertTrue(rulesFind("shopee", "klu sis teruskan claim ni, akaun sis boleh disekat tau")
                .contains(Category.PRESSURE_OR_THREAT));
        assertTrue(rulesFind("amazon", "Another claim would leave us no option but to escalate the matter to Amazon.")
                .contains(Category.PRESSURE_OR_THREAT));
        assertTrue(rulesFind("lazada", "Retak itu berlaku kerana kecuaian pembeli semasa memasang rak.")
                .contains(Category.PRESSURE_OR_THREAT));
        assertTrue(rulesFind("amazon", "আপনি মিথ্যা অভিযোগ করছেন, প্যাকেট ঠিকই ছিল।")
                .contains(Category.PRESSURE_OR_THREAT));
        assertTrue(rulesFind("amazon", "It would be simplest for you to withdraw the order from your account today.")
                .contains(Category.PROCESS_ABUSE));
        assertTrue(rulesFind("shopee", "dispute tu elok la sis tarik balik, barang dh sampai kan")
                .contains(Category.PROCESS_ABUSE));
        assertTrue(rulesFind("amazon", "Now that the charger works, we would appreciate your one-star review being brought "
                + "up to date.").contains(Category.REVIEW_MANIPULATION));
    }
    /**
     * Round 110 (rules alone, my own wording of the kinds probes 196-197 showed, read after their first runs): a number
     * the message itself says is an invoice or tracking number and not a phone (`common/number-not-a-phone.yaml`), a
     * link to an Etsy listing on Etsy (`etsy/own-domain.yaml`), and the buyer's own request named as such before the
     * steps to cancel ("Seperti yang puan minta"). Each was blocked by round 109's rules. A photo of the buyer's identity
     * card in chat Malay, the buyer's blood group and medical condition for the shop's file, and no more orders taken
     * from the buyer's account in Bengali, which round 109 passed, now block.
     */
    @org.junit.jupiter.api.Test
    void roundOneHundredTenOwnWording() {
        rulesPassEach(new String[][] {
                {"ebay", "The 4471 0923 5518 printed on the slip is the invoice number, not my phone."},
                {"etsy", "The matching coaster set is here: etsy.com/listing/2210934412"},
                {"shopee", "Seperti yang puan minta, pembatalan boleh dibuat di 'Pembelian Saya' dengan menekan 'Batalkan "
                        + "Pesanan'; klu dh dibatalkan, tiada apa perlu dibuat lagi."},
        });
        assertTrue(rulesFind("shopee", "sebelum pos, sis hntr gmbr IC depan belakang ye")
                .contains(Category.PERSONAL_DATA));
        assertTrue(rulesFind("amazon", "Please tell us your blood group and any medical condition so we can keep them "
                + "on file.").contains(Category.PERSONAL_DATA));
        assertTrue(rulesFind("lazada", "এভাবে চললে আপনার অ্যাকাউন্ট থেকে আর কোনো অর্ডার নেওয়া হবে না।")
                .contains(Category.PRESSURE_OR_THREAT));
    }

    /**
     * Round 111 (rules alone, my own wording of the kinds probes 201-202 showed, read after their first runs): the
     * buyer's number read back as it stands on the order in romanized Bengali, a carrier's customer service named
     * beside its line, the buyer's own question how to cancel reported back in Malay; each was blocked by round 110's
     * rules. A mark held over the buyer's standing (a bad buyer record, a "suspicious buyer"), what a false report
     * "can lead to" for the buyer's account, the seller "forced" to report, and a buyer told to think twice before
     * another return, which round 110 passed, now block as threats.
     */
    @org.junit.jupiter.api.Test
    void roundOneHundredElevenOwnWording() {
        rulesPassEach(new String[][] {
                {"amazon", "Bhai, courier age call dibe. Order e apnar number 01822-115930 deya ache, eta thik ache to?"},
                {"walmart", "Ei parcel ta UPS niye jacche; UPS customer service 1-800-555-0199 e call kore delivery "
                        + "time thik korte paren."},
                {"shopee", "Puan bertanya cara membatalkan: pergi ke 'Pesanan Saya', pilih pesanan ini dan tekan "
                        + "'Batalkan Pesanan'."},
        });
        String[][] threats = {
                {"ebay", "If the dispute stays open, your account will get a bad buyer record with eBay."},
                {"shopee", "Laporan palsu macam ni boleh menyebabkan akaun pembeli digantung."},
                {"amazon", "Ar ekta claim korle amra Amazon ke report korte baddho hobo."},
                {"amazon", "আবার অভিযোগ করলে আপনার নাম সন্দেহজনক ক্রেতা হিসেবে প্ল্যাটফর্মে পাঠাব।"},
                {"lazada", "klu nk return lg, fikir2 dlu sblm buat tau"},
                {"amazon", "It might be worth thinking about whether you really want to open another return."},
        };
        for (String[] t : threats) {
            assertTrue(rulesFind(t[0], t[1]).contains(Category.PRESSURE_OR_THREAT), t[1]);
        }
    }

    /**
     * Round 112 (rules alone, my own wording of kinds written-mix28's training part showed): a request put as
     * gratitude in advance, the buyer banned from the seller's store, the buyer exposed in a sellers' Facebook group
     * in romanized Bengali, and the buyer told to buy "straight from me"; round 111's rules passed each.
     */
    @org.junit.jupiter.api.Test
    void roundOneHundredTwelveOwnWording() {
        assertTrue(rulesFind("walmart", "We would be very grateful if you could close the case now that the new "
                + "charger has shipped.").contains(Category.PROCESS_ABUSE));
        assertTrue(rulesFind("lazada", "if u return again we block u from our store")
                .contains(Category.PRESSURE_OR_THREAT));
        assertTrue(rulesFind("amazon", "abar emon korle apnar chobi seller der FB group e post kore dibo")
                .contains(Category.PRESSURE_OR_THREAT));
        assertTrue(rulesFind("etsy", "just cancel and you buy straight from me, cheaper for us both")
                .contains(Category.OFF_PLATFORM));
    }
}
