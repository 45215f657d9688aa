package com.replyguard.policy.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.text.AnalysedText;
import org.junit.jupiter.api.Test;

class ConceptsTest {
    private static final TextAnalysis ANALYSIS = new TextAnalysis();

    /** Whether sentence {@code sentence} of the text has the concept. */
    private static boolean has(String text, String concept, int sentence) {
        AnalysedText a = ANALYSIS.analyse(text);
        long[] masks = a.conceptMasks();
        return sentence < masks.length && (masks[sentence] & (1L << ANALYSIS.concepts().index(concept))) != 0;
    }

    private static boolean has(String text, String concept) {
        AnalysedText a = ANALYSIS.analyse(text);
        int bit = ANALYSIS.concepts().index(concept);
        long all = 0;
        for (long m : a.conceptMasks()) {
            all |= m;
        }
        return (all & (1L << bit)) != 0;
    }

    @Test
    void reviewsAreFoundInEveryLanguageAndScript() {
        assertTrue(has("Could you write a short review?", "REVIEW"));
        assertTrue(has("Sila tinggalkan ulasan anda.", "REVIEW"));
        assertTrue(has("আমাদের একটি রিভিউ দিন।", "REVIEW"));
        assertTrue(has("review ta diye din plz", "REVIEW"));
        assertTrue(has("Thanks! ⭐⭐⭐⭐⭐", "REVIEW"));
    }

    @Test
    void wordSensesAreKeptApart() {
        assertFalse(has("Feel free to ask us anything.", "REWARD"));
        assertFalse(has("Shipping is free on this order.", "PROMOTION"));
        assertTrue(has("You get a free gift with your next order.", "REWARD"));
        assertFalse(has("We reviewed your photos and agree.", "REVIEW"));
    }

    @Test
    void stemmingDoesNotFoldEverydayWordsIntoAConcept() {
        // "pleased" and "please" share a stem; "reviewers" and "review" too; Malay "peraduan" and "aduan" share "adu"
        assertFalse(has("Please reply with your size.", "SATISFIED"));
        assertTrue(has("We hope you are pleased with the lamp.", "SATISFIED"));
        assertFalse(has("Please leave a review of your order.", "CONDITION"));
        assertFalse(has("Kami terima banyak aduan tentang kurier minggu ini.", "PROMOTION"));
        assertFalse(has("Kami sangat gembira semuanya berjalan lancar dengan pesanan anda.", "NEW_ITEM"));
    }

    @Test
    void personalDataAndLaunchesAreConceptsInEveryLanguage() {
        assertTrue(has("Sila kongsikan kod TAC yang dihantar ke telefon anda.", "SENSITIVE_DATA"));
        assertTrue(has("apnar office er thikana r designation ta diben?", "SENSITIVE_DATA"));
        assertTrue(has("কাস্টমসের জন্য আপনার পাসপোর্ট নম্বর লাগবে।", "SENSITIVE_DATA"));
        assertFalse(has("Please send a photo of the expiry date printed on the pack.", "SENSITIVE_DATA"));
        assertTrue(has("Our best-selling blender is back in stock!", "NEW_ITEM"));
        assertFalse(has("bg no ic sis", "NEGATION"));
    }

    @Test
    void rewardsIncludeEmojiAndChatWords() {
        assertTrue(has("5⭐ = 🎁", "REWARD"));
        assertTrue(has("nnt sy bg baucar", "REWARD"));
        assertTrue(has("10% taka ferot dibo", "REWARD"));
    }

    @Test
    void refusalsAreAConceptOfTheirOwn() {
        assertTrue(has("We're not allowed to offer anything for reviews.", "REFUSAL"));
        assertTrue(has("Kami tidak dibenarkan memberi hadiah.", "REFUSAL"));
    }

    @Test
    void aNegatedOfferIsARefusalInWordingsNoLexiconLists() {
        assertTrue(has("Sorry, we are unable to send vouchers for ratings.", "REFUSAL"));
        assertTrue(has("no cashback for stars sorry!", "REFUSAL"));
        assertTrue(has("sy tk guna telegram, tanya sini je", "REFUSAL"));
        assertTrue(has("ratinger jonno kono gift dite parbo na", "REFUSAL"), "a Bengali negation follows its verb");
        assertTrue(has("Please don't pay anyone outside the app.", "REFUSAL"));
    }

    @Test
    void aNegationThatIsLeverageOrARequestIsNoRefusal() {
        assertFalse(has("We won't refund you unless you delete the review.", "REFUSAL"), "a condition is leverage");
        assertFalse(has("Please don't request a refund in the app.", "REFUSAL"),
                "a negated request about a refund asks the buyer to skip the process");
        assertFalse(has("Don't worry about the scratch, and we will add a gift card if you rate us 5 stars.",
                "REFUSAL"), "the gift card is beyond the negation's reach");
        assertFalse(has("We can't refund the fee, but a coupon is yours for a 5-star review.", "REFUSAL"),
                "'but' ends the negation before the coupon");
    }

    @Test
    void conceptsAreCountedPerSentence() {
        AnalysedText a = ANALYSIS.analyse("Please leave a review. A gift card is in the box.");
        int review = ANALYSIS.concepts().index("REVIEW");
        int reward = ANALYSIS.concepts().index("REWARD");
        long[] m = a.conceptMasks();
        assertTrue((m[0] & (1L << review)) != 0 && (m[0] & (1L << reward)) == 0);
        assertTrue((m[1] & (1L << reward)) != 0 && (m[1] & (1L << review)) == 0);
    }
    @Test
    void aWordTaggedWithALanguageIsReadOnlyInThatLanguage() {
        // romanized Bengali "ni" follows a verb it negates; Malay "ni" means "this"
        assertTrue(has("ami apnake kono voucher dei ni, ar debo o na", "NEGATION_AFTER"));
        assertFalse(has("ada promosi minggu ni, tengok kedai kami", "NEGATION_AFTER"));
        assertFalse(has("ada promosi minggu ni, tengok kedai kami", "REFUSAL"));
    }

    @Test
    void bengaliWordsAreReadInBengaliTypedInLatinLetters() {
        // romanized Bengali is analysed with the English chain, but its "only bn" words still count there
        assertTrue(has("jinish ta kaje lagle amake ekta review diyen vai", "CONDITION"));
        assertTrue(has("product ta valo hole amader review diyen apu", "CONDITION"));
        assertFalse(has("There is a small hole in the bag.", "CONDITION"));
        assertFalse(has("There is a small hole in the bag.", "GATE"));
    }

    @Test
    void bengaliIfNotIsAConditionNotARefusal() {
        // না before a conditional verb in -লে ("if ... not paid"): leverage, not a refusal of the threat after it
        assertTrue(has("আপনি বকেয়া না মেটালে আপনার নামে পুলিশে যাব।", "GATE"));
        assertFalse(has("আপনি বকেয়া না মেটালে আপনার নামে পুলিশে যাব।", "REFUSAL"));
        assertTrue(has("rating ta na bodlale taka ferot pabenna", "GATE"));
        // a participle in -লে is no condition ("না বলে", without saying)
        assertFalse(has("আমরা কাউকে কিছু না বলে উপহার পাঠাই না।", "GATE"));
    }

    @Test
    void aBengaliPoliteQuestionInTheFutureIsARequest() {
        assertTrue(has("রিটার্ন রিকোয়েস্টটা একটু তুলে নেবেন?", "ASK"));
        assertTrue(has("case ta close kore diben plz?", "ASK"));
        // a question about what happened asks nothing of the buyer, and -বেন without a question mark is a statement
        assertFalse(has("আপনি কি পণ্যটি পেয়েছেন?", "ASK"));
        assertFalse(has("Is the parcel with you yet, Ben?", "ASK"));
    }

    @Test
    void aReviewNamedInOneSentenceCountsWhereItsRemovalIsDemanded() {
        assertTrue(has("Your feedback is false. Unless it is withdrawn, our solicitor will write to you.", "REVIEW", 1));
        assertFalse(has("Your feedback is false. Our solicitor will write to you.", "REVIEW", 1));
        // a removal reported, not demanded, carries nothing ("Amazon has since removed the option")
        assertFalse(has("Reviews used to carry the tag. Amazon has since taken the option down for sellers.", "REVIEW", 1));
    }

    @Test
    void aRefusalThatTurnsWithButIsReadFromTheTurn() {
        String text = "We don't do discounts for reviews, but a review with 5 stars would be lovely.";
        AnalysedText a = ANALYSIS.analyse(text);
        assertTrue(a.judgedFrom(0) > 0, "the judged part starts at the turn");
        assertFalse(has(text, "REFUSAL"));
        assertTrue(has(text, "HIGH_RATING"));
        // nothing new after the turn: the refusal stands and the sentence is read whole
        String plain = "We can't give gifts for reviews, but thank you.";
        assertTrue(has(plain, "REFUSAL"));
        assertEquals(0, ANALYSIS.analyse(plain).judgedFrom(0));
    }

    @Test
    void malayFreeIsNotReadAsOnly() {
        // "percuma" (free) kept whole by the stemmer, so it is no "cuma" (only), which turns a sentence
        assertFalse(has("Kami tidak boleh memberikan produk percuma untuk ulasan.", "SCOPE_END"));
        assertTrue(has("Kami tak bagi hadiah, cuma minta ulasan jujur.", "SCOPE_END"));
    }

    @Test
    void malayNoBeforeADocumentIsANumberNotANegation() {
        assertFalse(has("bg sy no ic ngn tarikh lahir awak", "REFUSAL"));
        assertTrue(has("sy x minta no ic awak", "REFUSAL") || has("sy x minta no ic awak", "NEGATION"));
    }

    @Test
    void launchNewsCarriesIntoTheSentenceAfterIt() {
        AnalysedText a = ANALYSIS.analyse("The walnut desk tidy is back in stock. Grab one before Friday! Thanks.");
        int news = ANALYSIS.concepts().index("NEW_ITEM");
        int look = ANALYSIS.concepts().index("LOOK_OURS");
        long[] m = a.conceptMasks();
        assertTrue((m[1] & (1L << news)) != 0 && (m[1] & (1L << look)) != 0, "news and invitation meet in sentence 2");
        assertTrue((m[2] & (1L << news)) == 0, "one sentence only, no chain");
    }

    @Test
    void aStatementOfPolicyIsARefusalUntilAButStartsAnOffer() {
        assertTrue(has("Handing out vouchers in exchange for a review is prohibited on every marketplace.", "REFUSAL"));
        assertTrue(has("Menawarkan hadiah untuk ulasan adalah dilarang oleh Shopee.", "REFUSAL"));
        assertFalse(has("That counts as a violation, but a voucher is yours for a 5-star review.", "REFUSAL"));
    }

    @Test
    void leavingOutThePlatformIsNoRefusal() {
        // the negation falls on the marketplace's own path: that is the steering, not a refusal
        assertFalse(has("tak payah checkout, bank in terus ke akaun saya", "REFUSAL"));
        assertTrue(has("tak payah checkout, bank in terus ke akaun saya", "SKIP_PLATFORM"));
        assertFalse(has("return label lagbe na, courier e pathan, taka bkash e ferot dibo", "REFUSAL"));
        assertTrue(has("We never take payment outside the app.", "REFUSAL"));
    }

    @Test
    void aReviewCountsInTheNextSentenceOnlyWhenThatSentenceThanksForIt() {
        int review = ANALYSIS.concepts().index("REVIEW");
        long[] thanked = ANALYSIS.analyse("Please rate the kettle. As a thank you, the filter pack is on us.").conceptMasks();
        assertTrue((thanked[1] & (1L << review)) != 0);
        long[] separate = ANALYSIS.analyse("Please rate the kettle. The filter pack is in the box.").conceptMasks();
        assertTrue((separate[1] & (1L << review)) == 0);
    }

    @Test
    void aWordOfPraiseCountsAsSatisfactionOnlyInsideACondition() {
        assertTrue(has("If the mug made your mornings better, a review would mean the world.", "SATISFIED"));
        assertTrue(has("Kalau kain tu cantik, bagi ulasan ye.", "SATISFIED"));
        assertTrue(has("apu jodi rong bhalo dey, tahole rating diyen", "SATISFIED"));
        assertTrue(has("রং ভালো হলে রিভিউ দিন।", "SATISFIED"));
        // the praise is for the review asked after the condition, or the condition is the review's own
        assertFalse(has("If you can, a review would be great.", "SATISFIED"));
        assertFalse(has("somoy pele review dile darun hoy", "SATISFIED"));
        // no condition, a negated word, or either outcome welcomed
        assertFalse(has("Good news: your order has shipped.", "SATISFIED"));
        assertFalse(has("If the rice cooker is not good, message us here.", "SATISFIED"));
        assertFalse(has("Klu sudi tinggalkan penilaian, baik atau buruk sy terima.", "SATISFIED"));
    }

    @Test
    void whatToSayInAReviewIsScriptedOnlyBesideAReview() {
        assertTrue(has("When you write your review, please mention how fast it arrived.", "SCRIPTED_REVIEW"));
        assertTrue(has("রিভিউ লেখার সময় উল্লেখ করবেন যে ব্যাগটা মজবুত।", "SCRIPTED_REVIEW"));
        assertFalse(has("Please mention your order number when you reply.", "SCRIPTED_REVIEW"));
        // a line's own reach ("with REVIEW within 12:") spans a longer clause between the review and the script
        assertTrue(has("When you leave feedback, it would help me a lot if you mentioned how quickly I replied.",
                "SCRIPTED_REVIEW"));
        assertFalse(has("Thanks for the kind review last year; we will certainly keep on improving the product and"
                + " the packing, and please mention how we can help.", "SCRIPTED_REVIEW"));
    }

    @Test
    void theSellersRecordHeldUpToTheBuyerIsPressureNotARefusal() {
        assertTrue(has("Please pick a reason on your side so our store is not penalised.", "HARDSHIP"));
        assertFalse(has("Please pick a reason on your side so our store is not penalised.", "REFUSAL"));
        assertFalse(has("Mohon batalkan sendiri supaya prestasi kedai kami tidak terjejas.", "REFUSAL"));
        assertTrue(has("We do not offer gifts for reviews.", "REFUSAL"));
    }

    @Test
    void theOtherMarketplacesOwnCheckoutAndShopsAreThePlatform() {
        assertTrue(has("You can pay through Shopee as usual.", "VIA_PLATFORM"));
        assertTrue(has("Cari kedai shopee kami untuk saiz lain.", "VIA_PLATFORM"));
        assertFalse(has("This order was shipped by Amazon directly.", "OUTSIDE"));
        assertTrue(has("Pay us directly and skip the fees.", "OUTSIDE"));
    }

    @Test
    void aVeiledThreatIsHarmButItsLooserWordsNeedTheBuyersReviewOrCase() {
        assertTrue(has("pls dont push me, u wont like what happens if u keep this up", "HARM"));
        assertTrue(has("last warning bro, close the case or see what happens", "HARM"));
        assertTrue(has("এভাবে মিথ্যা অভিযোগ করলে পরিণাম ভালো হবে না, মনে রাখবেন।", "HARM"));
        assertFalse(has("Try the rice cooker for a week and see what happens to your cooking times.", "HARM"));
        assertFalse(has("Last warning before the sale price ends!", "HARM"));
        assertFalse(has("Kami menyesal atas kelewatan ini.", "HARM"));
        assertFalse(has("Washing it hot has consequences for the colour.", "LEGAL"));
    }

    @Test
    void aMatchForWhatWasBoughtIsCrossSellingOnlyBesideNewsOfTheRange() {
        assertTrue(has("We have just added a range of bamboo tools that would pair beautifully with your board.",
                "CROSS_SELL"));
        assertFalse(has("The sauce in your order pairs perfectly with grilled fish.", "CROSS_SELL"));
        assertTrue(has("buy any 2 more helmets from us this month and the 3rd is on us", "NEXT_ORDER"));
    }

    @Test
    void takaWrittenTkIsNoMalayNegationInBengali() {
        assertFalse(has("honest review likhle 200 tk er gift card pathabo", "NEGATION"));
        assertTrue(has("sy tk boleh bagi hadiah untuk review", "NEGATION"));
    }

    @Test
    void aPurposeThatSparesTheSellersRatingRefusesNothing() {
        assertFalse(has("Could you cancel it from your side so that it does not affect our shop rating?", "REFUSAL"));
        assertTrue(has("Could you cancel it from your side so that it does not affect our shop rating?", "HARDSHIP"));
        assertTrue(has("Leaving a review does not affect your refund.", "REFUSAL"));
    }

    @Test
    void emailOrACallAwayFromTheMarketplaceIsAChannelOnlyBesideDirectOrPersonal() {
        assertTrue(has("pls email me directly, the messages here are slow", "SOCIAL"));
        assertTrue(has("amar personal email e likhen", "SOCIAL"));
        assertFalse(has("Please email us if the invoice is missing.", "SOCIAL"));
    }

    @Test
    void theWordNewIsALaunchOnlyBesideAnInvitationToLook() {
        assertTrue(has("আমাদের দোকানে এ মাসে নতুন কাঁসার গ্লাস এসেছে, একবার দেখে নিতে পারেন।", "NEW_ITEM"));
        assertTrue(has("amader notun winter collection ta store e check koren", "NEW_ITEM"));
        assertFalse(has("We have sent a new strap; please have a look at the tracking.", "NEW_ITEM"));
        assertFalse(has("Pastikan tetapan aktif supaya mesej baharu cepat dilihat.", "NEW_ITEM"));
    }

    @Test
    void aPurposeClauseIsNoRequestToRefrain() {
        assertFalse(has("To avoid a mark on our account, could you cancel the order yourself?", "NEGATION_IMPERATIVE"));
        assertTrue(has("Please avoid using PayPal for this order.", "NEGATION_IMPERATIVE"));
    }

    @Test
    void aCaseDiscouragedOutrightLeavesTheMarketplace() {
        assertTrue(has("jgn bukak dispute ye, nnt sy ganti sendiri", "SKIP_PLATFORM"));
        assertTrue(has("Please don't escalate this to eBay.", "SKIP_PLATFORM"));
        assertFalse(has("Please don't hesitate to open a case if it has not arrived.", "SKIP_PLATFORM"));
    }
}
