package com.replyguard.policy.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {
    private final TextAnalysis analysis = new TextAnalysis();

    @Test
    void malayAffixedVerbsMeetTheirRootAndKeluarStaysWhole() {
        // Lucene's Indonesian stemmer alone reads "memilih" as "ilih" and "menutup" as "utup"
        assertEquals(analysis.terms("pilih", Language.MS), analysis.terms("memilih", Language.MS));
        assertEquals(analysis.terms("pilih", Language.MS), analysis.terms("dipilih", Language.MS));
        assertEquals(analysis.terms("tutup", Language.MS), analysis.terms("menutup", Language.MS));
        assertEquals(analysis.terms("tarik", Language.MS), analysis.terms("menarikkan", Language.MS));
        assertEquals(List.of("keluar"), analysis.terms("keluar", Language.MS));
    }

    @Test
    void aMalayRootOfOneSyllableMeetsItsMengeForms() {
        // "mengesahkan" (to confirm) was read as "esah", so "sahkan penerimaan" never met it
        assertEquals(analysis.terms("sahkan", Language.MS), analysis.terms("mengesahkan", Language.MS));
        assertEquals(analysis.terms("sah", Language.MS), analysis.terms("pengesahan", Language.MS));
        assertTrue(MalayVerbForms.oneSyllable("sah") && !MalayVerbForms.oneSyllable("pilih"));
    }

    @Test
    void aBengaliNounMarkedWholeKeepsItsOwnTerm() {
        // "বদলি" (a replacement) and "বদলে" (to change) share the light stemmer's stem; the noun is kept whole
        List<String> replacement = analysis.terms("বদলি", Language.BN);
        assertEquals(replacement, analysis.terms("বদলির", Language.BN));
        assertTrue(!replacement.equals(analysis.terms("বদলে", Language.BN)), replacement::toString);
        // the colloquial perfect "দিছি" (I have given) is not the imperative "দিন"
        assertTrue(!analysis.terms("দিছি", Language.BN).equals(analysis.terms("দিন", Language.BN)));
    }

    @Test
    void foldsDomainSynonymsAcrossLanguagesOntoOneTerm() {
        String refund = analysis.terms("refund", Language.EN).get(0);
        assertEquals(List.of(refund), analysis.terms("money back", Language.EN));
        assertEquals(List.of(analysis.terms("refund", Language.MS).get(0)), analysis.terms("bayaran balik", Language.MS));
        assertEquals(List.of(analysis.terms("refund", Language.BN).get(0)), analysis.terms("টাকা ফেরত", Language.BN));
        assertEquals(analysis.terms("parcel", Language.MS), analysis.terms("bungkusan", Language.MS));
        assertEquals(analysis.terms("damage", Language.EN), analysis.terms("broken", Language.EN));
    }

    @Test
    void stemsAndMapsSymbolsAndBengaliDigits() {
        assertEquals(analysis.terms("five star", Language.EN), analysis.terms("5★", Language.EN));
        assertEquals(analysis.terms("five", Language.BN), analysis.terms("৫", Language.BN));
        assertEquals(analysis.terms("review", Language.EN), analysis.terms("reviews", Language.EN));
    }

    @Test
    void tokensCarryExactOffsetsIntoTheOriginalText() {
        String text = "Get 20% back on 5★ reviews, 😀 money back!";
        for (Token t : analysis.tokens(text, Language.EN)) {
            assertTrue(t.start() >= 0 && t.end() <= text.length() && t.start() < t.end(), t.toString());
        }
        Token money = analysis.tokens(text, Language.EN).getLast();
        assertEquals("money back", text.substring(money.start(), money.end()));
    }

    @Test
    void searchAnalyzerDropsStopWordsButKeepsSynonyms() throws IOException {
        assertEquals(List.of(analysis.terms("refund", Language.EN).get(0)), searchTerms("the money back", Language.EN));
        assertEquals(searchTerms("ulasan", Language.MS), searchTerms("sila beri ulasan", Language.MS).subList(1, 2));
    }

    private List<String> searchTerms(String text, Language language) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analysis.analyzer(language).tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void bengaliNounsWithCaseEndingsMeetTheirBareForm() {
        // the light stemmer alone cuts "ফিডব্যাকে" to "ফিডবা" and "পার্সেলে" to "পার্সে" (as if "-লে" were a verb's ending)
        for (String[] forms : new String[][] {
                {"ফিডব্যাক", "ফিডব্যাকে", "ফিডব্যাকটা", "ফিডব্যাকের"},
                {"রিভিউ", "রিভিউয়ে", "রিভিউয়ের", "রিভিউটা"},
                {"পার্সেল", "পার্সেলে", "পার্সেলটা"},
                {"নম্বর", "নম্বরে", "নম্বরটা"}}) {
            List<String> bare = analysis.terms(forms[0], Language.BN);
            for (int i = 1; i < forms.length; i++) {
                assertEquals(bare, analysis.terms(forms[i], Language.BN), forms[i]);
            }
        }
        // a verb's conditional is still cut by the stemmer: "করলে" (if done) meets "করা", not a noun
        assertEquals(analysis.terms("করা", Language.BN), analysis.terms("করলে", Language.BN));
    }
}
