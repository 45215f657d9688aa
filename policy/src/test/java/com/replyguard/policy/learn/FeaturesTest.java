package com.replyguard.policy.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.text.AnalysedText;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The model's two views of a stretch of text: sorted for the nearest example, unsorted for the weight sums. */
class FeaturesTest {
    private static final TextAnalysis ANALYSIS = new TextAnalysis();

    @Test
    void distinctHoldsTheSortedIdsOnceEachInAnyOrder() {
        for (String text : new String[] {
                "Thanks so much, thanks so much, thanks so much! The lamp ships today.",
                "আপনার রিফান্ড আজ পাঠানো হয়েছে। ধন্যবাদ ধন্যবাদ।",
                "tq sis, parcel dah pos, tq tq tq",
                "a",
                "!!!"}) {
            AnalysedText a = ANALYSIS.analyse(text);
            for (int s = 0; s < a.sentences().size(); s++) {
                int[] sorted = Features.of(a, s, s + 1);
                int[] distinct = Features.distinct(a, s, s + 1);
                assertEquals(sorted.length, Arrays.stream(distinct).distinct().count(), "no id twice: " + text);
                int[] resorted = distinct.clone();
                Arrays.sort(resorted);
                assertArrayEquals(sorted, resorted, text);
                for (int i = 1; i < sorted.length; i++) {
                    assertTrue(sorted[i - 1] < sorted[i], "sorted and distinct: " + text);
                }
            }
        }
    }

    @Test
    void anEmptyStretchHasNoFeatures() {
        AnalysedText a = ANALYSIS.analyse("The lamp ships today.");
        assertEquals(0, Features.distinct(a, 1, 1).length);
        assertEquals(0, Features.of(a, 1, 1).length);
    }
}
