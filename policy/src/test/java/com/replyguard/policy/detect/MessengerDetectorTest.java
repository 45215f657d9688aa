package com.replyguard.policy.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessengerDetectorTest {
    private final MessengerDetector messengers = new MessengerDetector();

    @ParameterizedTest
    @ValueSource(strings = {
        "Message us on [[WhatsApp]] please",
        "add me on [[WeChat]]",
        "our IG is [[@glow.home_shop]]",
        "page: [[facebook.com/glowhome]]",
        "[[wa.me/60123456789]]",
        "আমাদের [[হোয়াটসঅ্যাপে]] লিখুন",
        "[[whatsapp]] e message din, na hole order cancel hobe",
        "find us on [[Line ID]] glowhome",
        // the two-word name with a case ending, and a Bengali "না" that closes the clause before it
        "আপু, [[সবুজ অ্যাপে]] মেসেজ দিন, সাথে সাথে উত্তর পাবেন",
        "ছবি এখানে যাচ্ছে না, আমাদের [[ইমোতে]] পাঠিয়ে দিন",
        // a clause-final "না" that says what will not happen offers the channel
        "[[হোয়াটসঅ্যাপে]] অর্ডার দিলে দেরি হবে না",
    })
    void findsTheMarkedContactPoint(String marked) {
        MarkedSpan.assertFindsOnly(messengers, marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We don't use WhatsApp for orders.",
        "We cannot take orders on Telegram.",
        "whatsapp e kotha bolte parbo na, ekhanei bolun",
        "whatsapp share kora mana, chat ei reply dibo",
        // Bengali closes the refusing clause with "না", however far from the name
        "আমরা হোয়াটসঅ্যাপ বা ফোনে অর্ডার নিয়ে কথা বলি না।",
        "We don't use WhatsApp, Telegram or Viber for orders.",
        "Write to care@glowhome.com",
        "Reply here any time.",
        "Price @ 5",
    })
    void ignoresRefusalsAndNonHandles(String text) {
        assertTrue(messengers.find(text).isEmpty(), () -> messengers.find(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "This watch shows WhatsApp notifications once the app is installed.",
        "ei tablet e whatsapp chalate software update lagbe",
        "Telefon ini menyokong WhatsApp selepas kemas kini perisian.",
        "এটা ফেসবুক লাইভের জন্য মোবাইল স্ট্যান্ড, তিনটি উচ্চতায় ঘোরানো যায়।",
        "ei ta facebook live er jonno ring light, tripod soho ashe",
        "Sarung telefon ini direka khas untuk pengguna yang kerap menggunakan WhatsApp sambil berjalan.",
        "this cable works with all samsung phones and whatsapp video calls no problem",
        "ফোনটিতে ফেসবুক আর হোয়াটসঅ্যাপ আগে থেকেই ইনস্টল করা আছে।",
    })
    void aMessengerNamedAsAProductFactIsNoContactPoint(String text) {
        assertEquals(List.of(), messengers.find(text), text);
    }

    @Test
    void aProductWordDoesNotHideAnInvitation() {
        assertEquals(1, messengers.find("Add us on WhatsApp, the app is free to install.").size());
        assertEquals(1, messengers.find("We post deals on our Facebook live every Friday, join us.").size());
        assertEquals(1, messengers.find("amader whatsapp number e msg din, app e notification ashe na").size());
        // "no" right beside the name is its number, however much product talk surrounds it
        assertEquals(1, messengers.find("this watch supports whatsapp no 0123456789 for setup help").size());
    }

    @Test
    void theBuyersQuestionReportedBackIsNoContactPointUnlessTheDetailFollows() {
        assertEquals(List.of(), messengers.find("You asked whether we have a WhatsApp number. We only chat here."));
        assertEquals(List.of(), messengers.find("apni je whatsapp er kotha bollen, oi app ta phone e install kora"));
        assertEquals(1, messengers.find("You asked for our WhatsApp, it is 0123456789.").size());
        // the buyer's word is reported, the seller's invitation after it is not
        List<Span> found = messengers.find("you said whatsapp is easier, so add us on whatsapp");
        assertEquals(1, found.size());
        assertEquals(42, found.get(0).start());
    }

    @Test
    void aBuyersQuestionEchoedAndAnsweredNoIsNoContactPoint() {
        assertEquals(List.of(), messengers.find("Viber? Sorry, we keep every chat on the order page."));
        assertEquals(List.of(), messengers.find("ada line? x ada sis, chat kat sini je"));
        // a longer question asks for the buyer's own account, whatever follows
        assertEquals(1, messengers.find("Do you have Viber? No worries if not.").size());
        // and an echo answered yes is an invitation
        assertEquals(1, messengers.find("Viber? Yes, add us there.").size());
    }

    @Test
    void theBuyersOwnWordsQuotedBackAreNoContactPoint() {
        assertEquals(List.of(), messengers.find("You asked if we could 'just do this over Telegram'; we keep it all here."));
        assertEquals(List.of(), messengers.find("apni bolechen \"imo te kotha boli\", kintu amra ekhanei uttor dei"));
        // quotation marks alone, or the seller's own quoted words, do not hide an invitation
        assertEquals(1, messengers.find("Our motto: 'message us on Telegram for anything'.").size());
        assertEquals(1, messengers.find("Tap 'Telegram' and add us there.").size());
    }

    @Test
    void aWarningAboutSomeoneUsingTheShopsNameIsNoContactPointUnlessItSendsTheBuyerToSearch() {
        // the shop's name used by someone, or a fake agent or page: a third party's messenger (impostor_shapes.txt)
        assertEquals(List.of(), messengers.find("kichu lok Telegram e amader shop er naam diye discount post dicche"));
        assertEquals(List.of(), messengers.find("There is a fake 'refund agent' on Telegram asking buyers for codes."));
        assertEquals(List.of(), messengers.find("Ada akaun WhatsApp palsu yang menggunakan logo kedai kami."));
        // the same words sending the buyer to look the shop up, or "use" as an instruction, are an invitation
        assertEquals(1, messengers.find("Facebook e amader dokan er naam diye search korle page paben").size());
        assertEquals(1, messengers.find("Use our shop name to find us on Instagram.").size());
    }

    @Test
    void aBareNoRightAfterTheNameRefusesIt() {
        assertEquals(List.of(), messengers.find("imo te na apu, ekhanei likhun"));
        assertEquals(1, messengers.find("imo te add koren, ekhane na").size());
    }
}
