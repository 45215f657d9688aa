package com.replyguard.knowledge.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shipped replies claim no action the agent has not taken: an agent who copies "I have opened an enquiry with
 * the carrier" tells the buyer something untrue. A reply promises what the agent can do ("I will ask the carrier")
 * instead. Scans every sentence of every default reply for a first-person past or perfect claim of an action, in
 * English, Bengali and Malay, and fails on any.
 */
class DefaultKnowledgeHonestyTest {
    private static final Map<String, Pattern> CLAIMS = Map.of(
            "en", Pattern.compile("\\b(I|we)\\s*(have|'ve|’ve)\\s+(already\\s+|just\\s+|also\\s+)?(\\w+ed|sent|made|put|"
                    + "written|given|told|begun|set|taken|done)\\b|\\b(I|we)\\s+(asked|cancelled|canceled|opened|sent|"
                    + "issued|refunded|reported|contacted|arranged|raised|updated|changed|passed|logged|checked|"
                    + "uploaded|shipped|posted|escalated|filed|requested|forwarded)\\b", Pattern.CASE_INSENSITIVE),
            // First person perfect: -েছি / -য়েছি ("I have asked", "we have sent"), word-final.
            "bn", Pattern.compile("\\S+(েছি|েছিলাম)(?=[\\s।,;.!?]|$)"),
            "ms", Pattern.compile("\\b(saya|kami)\\s+((juga|pun|baru)\\s+)?(telah|sudah|dah)\\s+\\w+",
                    Pattern.CASE_INSENSITIVE));
    /** A claim the agent confirms with one tap, {@code [✔ claim | promise]}: only its promise is sent unconfirmed. */
    private static final Pattern CONFIRMABLE = Pattern.compile("\\[\\s*✔\\uFE0F?\\s*([^\\]|]+?)\\s*(?:\\|\\s*([^\\]]*?)\\s*)?]");

    @Test
    void noShippedReplyClaimsAnActionTheAgentHasNotTaken() throws IOException {
        List<String> claims = new ArrayList<>();
        for (String lang : List.of("en", "bn", "ms")) {
            for (JsonNode e : entries("replies-" + lang + ".jsonl")) {
                // A confirmable claim is allowed: the bot asks before it is sent; its promise is scanned like the rest.
                String unconfirmed = CONFIRMABLE.matcher(e.get("body").asText()).replaceAll(m ->
                        Matcher.quoteReplacement(m.group(2) == null ? "" : m.group(2)));
                for (String sentence : unconfirmed.split("(?<=[.!?।])\\s+")) {
                    if (CLAIMS.get(lang).matcher(sentence).find()) {
                        claims.add(e.get("id").asText() + ": " + sentence.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), claims, "replies claiming an action the agent has not taken");
    }

    /**
     * Where a reply naturally reports an action only the agent can confirm (carrier enquiry opened, order
     * cancelled, refund issued), it is written as a confirmable claim, in each language, and every such claim has a
     * promise to send instead, so a draft is sendable whether or not the agent has done it yet.
     */
    @Test
    void shippedConfirmableClaimsHaveAPromiseInEachLanguage() throws IOException {
        for (String lang : List.of("en", "bn", "ms")) {
            int claims = 0;
            for (JsonNode e : entries("replies-" + lang + ".jsonl")) {
                Matcher m = CONFIRMABLE.matcher(e.get("body").asText());
                while (m.find()) {
                    claims++;
                    assertEquals(true, m.group(2) != null && !m.group(2).isBlank(),
                            e.get("id").asText() + ": a confirmable claim without a promise: " + m.group());
                    assertEquals(true, CLAIMS.get(lang).matcher(m.group(1)).find(),
                            e.get("id").asText() + ": the confirmed wording should state the action taken: " + m.group(1));
                }
            }
            assertEquals(true, claims >= 5, lang + ": " + claims + " confirmable claims in the shipped replies");
        }
    }

    @Test
    void theScanCatchesTheClaimsItIsMeantFor() {
        assertEquals(true, CLAIMS.get("ms").matcher("Saya juga telah bertanya syarikat penghantaran.").find());
        assertEquals(true, CLAIMS.get("en").matcher("and I have opened an enquiry with them.").find());
        assertEquals(true, CLAIMS.get("en").matcher("so I've cancelled it on our side").find());
        assertEquals(false, CLAIMS.get("en").matcher("I will ask the carrier to check.").find());
        assertEquals(true, CLAIMS.get("bn").matcher("আমি কুরিয়ারের কাছে জানতে চেয়েছি।").find());
        assertEquals(false, CLAIMS.get("bn").matcher("আমি কুরিয়ারের কাছে জানতে চাইব।").find());
        assertEquals(true, CLAIMS.get("ms").matcher("saya telah membatalkannya").find());
        assertEquals(false, CLAIMS.get("ms").matcher("saya akan membatalkannya").find());
    }

    private static List<JsonNode> entries(String file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(DefaultKnowledgeHonestyTest.class
                .getResourceAsStream("/com/replyguard/knowledge/defaults/" + file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line));
                }
            }
        }
        return out;
    }
}
