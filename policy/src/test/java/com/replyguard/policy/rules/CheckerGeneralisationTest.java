package com.replyguard.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.Category;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Severity;
import com.replyguard.policy.Verdict;
import com.replyguard.policy.analysis.TextAnalysis;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kinds of miss and false block that texts nobody on the team wrote exposed (issue #13), each in our own
 * wording: the whole shipped checker (rules and model) must block the first group with the named category and let
 * the second through.
 */
class CheckerGeneralisationTest {
    private static final RuleChecker CHECKER = RulePacks.loadChecker(new TextAnalysis(), List.of());

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of("amazon", "If the blender met your expectations, we would love it if you could leave a review.", Category.REVIEW_MANIPULATION),
                Arguments.of("amazon", "Please give us 5 stars!", Category.REVIEW_MANIPULATION),
                Arguments.of("ebay", "We will send your parcel once you leave positive feedback.", Category.REVIEW_MANIPULATION),
                Arguments.of("amazon", "The heater is out of stock, so please request a cancellation from your side.", Category.PROCESS_ABUSE),
                Arguments.of("shopee", "Tolong sahkan penerimaan dulu ya, lepas tu kami hantar baucar.", Category.PROCESS_ABUSE),
                Arguments.of("aliexpress", "Please confirm receipt now and we will refund the shipping to you.", Category.PROCESS_ABUSE),
                Arguments.of("amazon", "We refunded you twice by mistake, please send the money back to us directly.", Category.OFF_PLATFORM),
                Arguments.of("aliexpress", "অর্ডারটি বাতিল করে কুরিয়ারকে সরাসরি টাকা দিন।", Category.OFF_PLATFORM),
                Arguments.of("amazon", "Your review is defamatory and we have passed it to our solicitors.", Category.PRESSURE_OR_THREAT),
                Arguments.of("amazon", "As a thank you for your review, here is a 15% coupon.", Category.REVIEW_INCENTIVE),
                Arguments.of("amazon", "Everyone who reviews the kettle this month enters our prize draw.", Category.REVIEW_INCENTIVE),
                Arguments.of("amazon", "Reply STOP to opt out of our promotional updates.", Category.MARKETING),
                Arguments.of("amazon", "DM us on insta for faster help.", Category.CONTACT_INFO),
                Arguments.of("amazon", "WhatsApp us on zero one two three four five six seven eight nine.", Category.CONTACT_INFO),
                Arguments.of("amazon", "5⭐ = 🎁 for you!", Category.REVIEW_INCENTIVE),
                Arguments.of("amazon", "review e 5 star dile apnake 10% taka ferot debo", Category.REVIEW_INCENTIVE),
                Arguments.of("shopee", "klu bg 5 bintang nnt kami bg hadiah percuma", Category.REVIEW_INCENTIVE),
                Arguments.of("amazon", "The manuals are at glowdesk.tokyo for every model.", Category.EXTERNAL_LINK),
                Arguments.of("amazon", "Setup guide: deskhelp.dev/setup", Category.EXTERNAL_LINK),
                Arguments.of("ebay", "Our Irish shop is lampworks.ie if you prefer.", Category.EXTERNAL_LINK),
                Arguments.of("amazon", "More colours on ｗｗｗ．ｌａｍｐｓ．ｃｏｍ today.", Category.EXTERNAL_LINK),
                Arguments.of("amazon", "Write to anna＠gmail．com for the invoice.", Category.CONTACT_INFO),
                Arguments.of("amazon", "Message us on WhatsАpp for a quicker answer.", Category.CONTACT_INFO),
                Arguments.of("amazon", "Our Amazon shop has moved to amazon.online/myshop", Category.EXTERNAL_LINK),
                // round 4: digits mixed with number words, messengers beyond the big ones, any IANA domain behind a
                // disguised dot, a bare number after "num"
                Arguments.of("ebay", "ring my mate on nine 4 seven, 1 one 2, 0 six 5 5 for the spare key", Category.CONTACT_INFO),
                Arguments.of("walmart", "add me on kik, same name as my store", Category.CONTACT_INFO),
                Arguments.of("amazon", "The spare filters are cheaper at homebrewhub[dot]coffee", Category.EXTERNAL_LINK),
                Arguments.of("ebay", "my num is 4158830217, text anytime", Category.CONTACT_INFO),
                Arguments.of("amazon", "We can't waive the fee, but a gift card is yours for a 5-star review.", Category.REVIEW_INCENTIVE),
                // round 17: a search engine as the place to look, hostage said with "after", the buyer asked to
                // cancel "yourself" in Malay, threats in the passive, digits glued to number words, QR payments
                Arguments.of("amazon", "Our sister label sells the same mugs; just google 'Kettlecraft' to see them.", Category.EXTERNAL_LINK),
                Arguments.of("aliexpress", "বাকি জুতা জোড়া পাঠানো হবে আপনার পজিটিভ রিভিউ দেখার পরেই।", Category.REVIEW_MANIPULATION),
                Arguments.of("shopee", "stok dh habis, sis sendiri mohon batal dlm app ye", Category.PROCESS_ABUSE),
                Arguments.of("ebay", "you keep asking for refunds, carry on and you're getting blocked and reported", Category.PRESSURE_OR_THREAT),
                Arguments.of("amazon", "call our office on six one seven, 5five5 zero one nine two", Category.CONTACT_INFO),
                Arguments.of("shopee", "imbas kod QR kami untuk bayar baki RM15 sebelum pos", Category.OFF_PLATFORM),
                // round 18: the rest of the range with a look, fresh stock, a flagged account, reordering instead of
                // returning, the return reason changed on request
                Arguments.of("amazon", "The matching lampshades are in our other listings, do have a look.", Category.MARKETING),
                Arguments.of("amazon", "just got new colours of the yoga blocks, check our store", Category.MARKETING),
                Arguments.of("amazon", "If you keep opening returns we will flag your account to Amazon.", Category.PRESSURE_OR_THREAT),
                Arguments.of("amazon", "Instead of returning the jacket, just place a new order for the right size and keep this one.", Category.PROCESS_ABUSE),
                Arguments.of("shopee", "sis tolong tukar sebab pemulangan jadi 'tukar fikiran' ye", Category.PROCESS_ABUSE),
                // round 19: "if not" in Bengali, chat requests to cancel, a time condition on a top rating, guilt over a
                // review or a return, a case withdrawn in the sentence after it, a page to order from, documents
                Arguments.of("ebay", "বকেয়া টাকা না মেটালে আপনার নামে থানায় অভিযোগ করব।", Category.PRESSURE_OR_THREAT),
                Arguments.of("amazon", "plz cancel ur order for the desk lamp, we ran out", Category.PROCESS_ABUSE),
                Arguments.of("ebay", "the second lens ships the moment we see a positive on our profile", Category.REVIEW_MANIPULATION),
                Arguments.of("amazon", "Our bakery tins are made by two of us at home, and one harsh review could shut us down.", Category.REVIEW_MANIPULATION),
                Arguments.of("amazon", "You opened an A-to-z claim for the kettle. Could you withdraw it while we sort it out?", Category.PROCESS_ABUSE),
                Arguments.of("amazon", "Rather than a return, just put in a new order for the larger size and we will settle the rest.", Category.PROCESS_ABUSE),
                Arguments.of("amazon", "For engraved versions message our Instagram page, they cost less there.", Category.OFF_PLATFORM),
                Arguments.of("amazon", "To finish your order we would like your passport number.", Category.PERSONAL_DATA),
                // round 23: a review's removal demanded under a threat, with no "please" and the review named in the
                // sentence before; a Bengali polite question that asks for a return request to be withdrawn; a
                // Bengali return reason dictated
                Arguments.of("amazon", "The comments you posted about our kettle are untrue. Unless they come down by Monday, our solicitor will be in touch.", Category.REVIEW_MANIPULATION),
                Arguments.of("lazada", "আপনার দুই তারার রেটিং ভিত্তিহীন। এটা না সরালে আমরা আইনি ব্যবস্থা নেব।", Category.REVIEW_MANIPULATION),
                Arguments.of("lazada", "ভাই, ক্লেইমটা একটু তুলে নেবেন? আমরা নতুন হেলমেট পাঠিয়ে দিচ্ছি।", Category.PROCESS_ABUSE),
                Arguments.of("amazon", "ফেরতের কারণে 'মত পরিবর্তন' বেছে নিন, তাহলে আমাদের দোকানের ক্ষতি হবে না।", Category.PROCESS_ABUSE),
                // round 23, threats without the listed words: "won't hesitate", "we will not let this go", menace
                Arguments.of("ebay", "We won't hesitate to pass your details to a debt collection agency.", Category.PRESSURE_OR_THREAT),
                Arguments.of("lazada", "এভাবে মিথ্যা লিখলে আমরা আপনাকে ছাড়ব না।", Category.PRESSURE_OR_THREAT),
                Arguments.of("shopee", "Kami tidak akan teragak-agak untuk membawa hal ini ke mahkamah.", Category.PRESSURE_OR_THREAT),
                // personal data: a one-time code by its shape, an employer; the app's "received" button by its label
                Arguments.of("amazon", "To check the address, read us the six-digit code that just arrived on your phone.", Category.PERSONAL_DATA),
                Arguments.of("shopee", "Sila nyatakan nama majikan anda untuk rekod kami.", Category.PERSONAL_DATA),
                Arguments.of("lazada", "পার্সেল আসার আগেই অ্যাপে 'পেয়েছি' চেপে দিন, প্লিজ।", Category.PROCESS_ABUSE),
                // formal drafts whose one bad clause uses other words: kind words from pleased buyers, comments
                // posted in public, a messenger left unnamed, a new order in place of sending it back
                Arguments.of("amazon", "If you are pleased with the lamp, a few kind words on the listing would mean a lot.", Category.REVIEW_MANIPULATION),
                Arguments.of("amazon", "If something isn't right, do message us before posting any comments publicly.", Category.REVIEW_MANIPULATION),
                Arguments.of("amazon", "Our team is also available on the usual messaging app, same shop name.", Category.CONTACT_INFO),
                Arguments.of("amazon", "Instead of sending it back, keep it and order the right size; we will settle the difference with you separately.", Category.PROCESS_ABUSE),
                // Bengali script and formal Malay: the marketplace's way refused in Bengali word order, a business
                // "on the way to closing" over a review, a bank statement for "identity", a case not to be opened
                Arguments.of("lazada", "লাজাডার মাধ্যমে রিটার্ন না করে সরাসরি আমাদের গুদামে পাঠিয়ে দিন।", Category.PROCESS_ABUSE),
                Arguments.of("amazon", "এই এক তারার রিভিউয়ের জন্য আমাদের দোকান বন্ধ হওয়ার উপক্রম, একটু বিবেচনা করবেন।", Category.REVIEW_MANIPULATION),
                Arguments.of("shopee", "Sila kemukakan salinan penyata bank anda untuk pengesahan identiti.", Category.PERSONAL_DATA),
                Arguments.of("lazada", "Kami memohon agar tuan tidak membuka pertikaian dalam tempoh dua minggu ini.", Category.PROCESS_ABUSE),
                Arguments.of("amazon", "order ta batil korte chaile apni nijei koren, amra korle amader jorimana hoy", Category.PROCESS_ABUSE),
                // a refusal no longer silences what follows its "but"; a Malaysian mobile in its everyday shape
                Arguments.of("amazon", "We don't do discounts for reviews, but a review with 5 stars would be lovely and we'll send a thank-you gift.", Category.REVIEW_INCENTIVE),
                Arguments.of("shopee", "sy x guna whatsapp, tp boleh call 012-3456789 bila2 masa", Category.CONTACT_INFO),
                Arguments.of("amazon", "We can't refund the shipping, but a coupon is yours for five stars.", Category.REVIEW_INCENTIVE),
                Arguments.of("lazada", "লাজাডার বাইরে আমরা কিছু বিক্রি করি না, তবে বিকাশে টাকা দিলে সরাসরি পাঠাব।", Category.OFF_PLATFORM),
                // the sale or the refund moved off the marketplace, said with a channel or the seller's own hands
                Arguments.of("shopee", "pm sy kat ws 013-552 7781 utk harga borong", Category.OFF_PLATFORM),
                Arguments.of("amazon", "Please withdraw the return request and we will send you a small refund ourselves.", Category.OFF_PLATFORM),
                // marketing in friendly words: "never miss a drop" invites (no refusal), multi-buy offers, cross-sells
                Arguments.of("amazon", "Save our shop to your favourite sellers so you never miss a drop.", Category.MARKETING),
                Arguments.of("walmart", "Buy 2 get 1 free on all our lunch boxes until Sunday.", Category.MARKETING),
                Arguments.of("ebay", "Customers who bought this lamp often pick up our matching shades as well.", Category.MARKETING),
                Arguments.of("amazon", "Did the rug arrive looking just like the photos? Then tell the world!", Category.REVIEW_MANIPULATION),
                // process abuse in other words: delivery marked early, a case kept "between us", the reason named
                // after the choice, the marketplace's complaint route replaced in Bengali
                Arguments.of("aliexpress", "Could you mark the package as delivered today? It is nearly there.", Category.PROCESS_ABUSE),
                Arguments.of("amazon", "We would rather you did not escalate this to Amazon; let's keep it between us.", Category.PROCESS_ABUSE),
                Arguments.of("shopee", "bila buat return, pilih sebab 'tak perlu lagi' ye sis", Category.PROCESS_ABUSE),
                Arguments.of("amazon", "আমাজনে কেস না করে সরাসরি আমাকে জানান।", Category.PROCESS_ABUSE),
                Arguments.of("ebay", "For your next order, just text me on the number on the packing slip.", Category.CONTACT_INFO),
                Arguments.of("aliexpress", "hit received pls, it's nearly at ur door", Category.PROCESS_ABUSE),
                // round 24 (from probe-44 after its first run): the seller's inability given as the reason for the
                // request, a reorder in place of a return, a set wait before a claim, the reason named with "na diye",
                // a buyer blocked from the listings over a review, a launch with "see you there"
                Arguments.of("shopee", "sy x blh cancel, kak cancel sndiri ye", Category.PROCESS_ABUSE),
                Arguments.of("shopee", "tolong batalkan sendiri dlm app sbb kami x dpt stok", Category.PROCESS_ABUSE),
                Arguments.of("amazon", "no need to send the kettle back, just order the bigger one and keep this", Category.PROCESS_ABUSE),
                Arguments.of("amazon", "please wait three weeks before any A-to-z claim, the post is slow", Category.PROCESS_ABUSE),
                Arguments.of("amazon", "return ta 'damaged' na diye 'changed mind' diye khulen plz", Category.PROCESS_ABUSE),
                Arguments.of("ebay", "if that neg isnt gone by monday ur blocked from all our listings", Category.PRESSURE_OR_THREAT),
                Arguments.of("amazon", "Our spring tea range launches on Monday and we would love to see you there.", Category.MARKETING),
                Arguments.of("lazada", "delivery r somoy rider ke cash diben, app e payment korar dorkar nai", Category.OFF_PLATFORM),
                // a lower price held out outside the order (CHEAPER, concept 63), and a cancellation to pay the rider
                Arguments.of("amazon", "our own site has the same lamp cheaper, just look us up", Category.OFF_PLATFORM),
                Arguments.of("shopee", "cari nama kedai kami kat google, lg murah kat sana", Category.OFF_PLATFORM),
                Arguments.of("lazada", "cancel the order pls & pay our rider cash at the door, cheaper that way", Category.PROCESS_ABUSE),
                // round 25: steering the unhappy to a message in Bengali chat, a meeting in person to pay
                Arguments.of("ebay", "valo lagle feedback diben, r valo na lagle feedback na diye amake inbox koren", Category.REVIEW_MANIPULATION),
                Arguments.of("shopee", "boleh jumpa kt stesen lrt, bayar cash, jimat caj", Category.OFF_PLATFORM),
                // round 26 (from probe-46 after its first run): a buyer blocked from buying again, receipt confirmed
                // while the parcel "ekhono ashe nai", a review if it meets expectations, a small trader's ruin over a
                // complaint
                Arguments.of("ebay", "keep sending these and i'll block you, you won't be able to buy from us again", Category.PRESSURE_OR_THREAT),
                Arguments.of("lazada", "parcel ekhono ase nai, tobu 'order received' e click kore din plz", Category.PROCESS_ABUSE),
                Arguments.of("amazon", "lamp ta jodi apnar expectation meet kore, tahole ekta review diye jaben", Category.REVIEW_MANIPULATION),
                Arguments.of("shopee", "sy niaga kecik je sis, klu buat aduan habis la kedai sy", Category.PROCESS_ABUSE),
                // formal English drafts with one bad clause in other words: a review "heard about on the product page"
                // once it works, new stock "now live" that "would pair nicely", a claim that would "hurt a small family
                // business", a legal adviser's view of a comment
                Arguments.of("amazon", "Once the new cable arrives and all works as you hoped, we would love hearing about it on the product page.", Category.REVIEW_MANIPULATION),
                Arguments.of("amazon", "Our autumn scarves are now live in our storefront and would pair nicely with your new gloves.", Category.MARKETING),
                Arguments.of("amazon", "Opening a claim now would hurt a small family business like ours; please give us another week.", Category.PROCESS_ABUSE),
                Arguments.of("amazon", "We noticed your neutral feedback. Our legal adviser considers it damaging, so we suggest you revise it.", Category.REVIEW_MANIPULATION),
                // round 41: WhatsApp by its colour, a reported account, a mailing list offered, a request withdrawn
                Arguments.of("ebay", "easier if you ping me on the green app, the number is on the invoice", Category.CONTACT_INFO),
                Arguments.of("shopee", "Cik boleh hubungi kami di aplikasi hijau untuk tempahan seterusnya.", Category.CONTACT_INFO),
                Arguments.of("lazada", "delete that review now or we report ur acc for abuse", Category.PRESSURE_OR_THREAT),
                Arguments.of("walmart", "Keep saying the box was empty and we will hand your details to our fraud team.", Category.PRESSURE_OR_THREAT),
                Arguments.of("ebay", "Thanks for the order! Shall I add you to our mailing list for the monthly restock news?", Category.MARKETING),
                Arguments.of("amazon", "আপনার রিটার্নের অনুরোধটি তুলে নিন, আমরা নিজেরাই নতুন জুতা পাঠিয়ে দেব।", Category.PROCESS_ABUSE),
                // round 42: the parcel held for "a positive", money sent by friends and family, a bracketed address
                Arguments.of("ebay", "the lamp goes in the post the minute u leave me a positive", Category.REVIEW_MANIPULATION),
                Arguments.of("ebay", "cancel it and i'll knock a tenner off, pay me friends and family so no fees", Category.OFF_PLATFORM),
                Arguments.of("amazon", "The wiring diagram is on our help site, lampworks[.]co/wiring", Category.EXTERNAL_LINK),
                Arguments.of("amazon", "যেহেতু ফ্যানটি আপনার মন জয় করেছে, পণ্যের পাতায় কয়েক লাইন লিখে দিলে খুশি হব।", Category.REVIEW_MANIPULATION),
                // round 43: happy owners telling others, a YouTube channel to search, a dispute withdrawn familiarly
                Arguments.of("amazon", "Owners who like the kettle tend to tell others about it on the listing; we'd be thrilled if you joined them.", Category.REVIEW_MANIPULATION),
                Arguments.of("ebay", "For the fitting guide, look up our channel name on YouTube.", Category.EXTERNAL_LINK),
                Arguments.of("aliexpress", "আপু, কেসটা তুলে নেন, আমি নতুন একটা পাঠিয়ে দিচ্ছি।", Category.PROCESS_ABUSE),
                // round 44: solicitors instructed and a suit announced; an advance in taka by a Bengali wallet
                Arguments.of("amazon", "We have instructed our solicitors and intend to sue over the comments you posted about the blender.", Category.PRESSURE_OR_THREAT),
                Arguments.of("ebay", "bhai 200 tk agrim bkash kore din, tarpor parcel chharbo", Category.OFF_PLATFORM),
                Arguments.of("shopee", "Kalau nak lebih cepat, kami boleh hubungi anda di luar chat Shopee.", Category.OFF_PLATFORM),
                // round 45: a bad comment taken down for free servicing, a warranty voided unless a review goes
                Arguments.of("ebay", "ভাই, নেগেটিভ কমেন্টটা সরিয়ে ফেললে সার্ভিসিং ফ্রি করে দেব।", Category.REVIEW_MANIPULATION),
                Arguments.of("amazon", "review ta na tulle warranty batil kore dibo", Category.REVIEW_MANIPULATION),
                // round 46: the seller's own words in quotation marks stay the seller's
                Arguments.of("amazon", "As we always say, 'leave five stars and a gift card is yours'.", Category.REVIEW_INCENTIVE),
                // round 47: a private line, the official website, other sellers warned, the return skipped, receipt
                // traded for a gift card, a cancellation to be settled on the seller's own number
                Arguments.of("amazon", "Tuan boleh menghubungi kami melalui talian peribadi kedai untuk urusan penukaran saiz.", Category.CONTACT_INFO),
                Arguments.of("amazon", "Set pinggan Raya terbaru kami kini boleh didapati di laman web rasmi kami.", Category.MARKETING),
                Arguments.of("ebay", "Carry on with this claim and we will warn other sellers about you.", Category.PRESSURE_OR_THREAT),
                Arguments.of("walmart", "You can skip the return process and hand the blender in at our outlet for cash.", Category.PROCESS_ABUSE),
                Arguments.of("amazon", "Mark it as received today and a $10 gift card is yours.", Category.PROCESS_ABUSE),
                Arguments.of("ebay", "অর্ডারটা বাতিল করে আমার নাম্বারে একটা ফোন দিন, বাকিটা আমি দেখব।", Category.PROCESS_ABUSE),
                // round 48: a formal letter's gentle wording, Bengali chat without the lexicons' usual words, a
                // relative clause as the condition, the law as the means, another app, the return request skipped
                Arguments.of("amazon", "Dear Mrs. Patel, once your updated comments are showing on the product page, we will add a spare blade to your next parcel as a small gesture.", Category.REVIEW_INCENTIVE),
                Arguments.of("amazon", "Dear Mr. Osei, we have read what you posted about the squeaky wheel. Now that the new wheel is on its way, we would be grateful if you could take that comment down.", Category.REVIEW_MANIPULATION),
                Arguments.of("ebay", "for quicker help you'll find me on the usual messaging apps under the shop name", Category.CONTACT_INFO),
                Arguments.of("amazon", "রিভিউ লেখা হয়ে গেলে জানাবেন, পরের অর্ডারে আপনার জন্য কিছু বাড়তি রাখব।", Category.REVIEW_INCENTIVE),
                Arguments.of("shopee", "Pelanggan yang berkongsi penilaian bersama video akan menerima cenderahati dalam pesanan seterusnya.", Category.REVIEW_INCENTIVE),
                Arguments.of("lazada", "Untuk pembelian seterusnya, tuan boleh berurusan terus dengan kami melalui aplikasi lain; tiada yuran platform di sana.", Category.OFF_PLATFORM),
                Arguments.of("ebay", "apni review ta na sorale amra ainer maddhome bebostha nibo", Category.PRESSURE_OR_THREAT),
                Arguments.of("shopee", "Puan boleh terima wang terus ke akaun bank tanpa perlu membuat permohonan pemulangan dalam aplikasi.", Category.PROCESS_ABUSE),
                // round 49: a case closed for an extra part, a maiden name "popped" over, Instagram as "ig"
                Arguments.of("ebay", "Dear Ms. Klein, if you are willing to close the return request, we'll include a spare filter with your next parcel.", Category.PROCESS_ABUSE),
                Arguments.of("amazon", "could you pop me your mom's maiden name so we can confirm it's you", Category.PERSONAL_DATA),
                Arguments.of("etsy", "jom follow kat ig kami, ada banyak design baru", Category.CONTACT_INFO),
                // round 50: the formal Malay word for a website
                Arguments.of("amazon", "Koleksi baharu kini boleh dibeli di laman sesawang rasmi kami pada harga istimewa.", Category.MARKETING),
                // round 51: identity documents in their Bengali case forms, asked with the chat imperative
                Arguments.of("amazon", "ভাই, পরিচয়পত্রের একটা কপি এখানে পাঠিয়েন", Category.PERSONAL_DATA),
                Arguments.of("lazada", "আপনার জন্মতারিখটা জানিয়েন, অফার দিব", Category.PERSONAL_DATA),
                // round 51: the seller's own livelihood idiom still pressures; the buyer's own request named back
                // does not excuse a new request; a bank account "straight" stays outside the app
                Arguments.of("shopee", "periuk nasi kami bergantung pada rating ni, tolong buang review tu", Category.REVIEW_MANIPULATION),
                Arguments.of("shopee", "Seperti yang puan minta, sila hantar nombor IC puan untuk pengesahan.", Category.PERSONAL_DATA),
                Arguments.of("shopee", "Kami boleh pulangkan duit terus kat akaun bank sis, x payah ikut app.", Category.OFF_PLATFORM),
                // round 52: the buyer named to the marketplace as an abuser; a token of thanks after the review; the
                // formal Malay mailing list; other people's numbers; a dot spelled in brackets in Malay
                Arguments.of("ebay", "If this happens again we will flag you to eBay as a serial returner.", Category.PRESSURE_OR_THREAT),
                Arguments.of("lazada", "aro ekbar emon korle daraz ke janiye dibo, apnar account thakbe na", Category.PRESSURE_OR_THREAT),
                Arguments.of("shopee", "Setelah ulasan anda disiarkan, maklumkan kami untuk sedikit tanda penghargaan.", Category.REVIEW_INCENTIVE),
                Arguments.of("amazon", "Sertai senarai mel kami untuk berita produk baharu setiap bulan.", Category.MARKETING),
                Arguments.of("shopee", "Tolong bagi nombor telefon kawan2 awak yang berminat, kami nak promosi.", Category.PERSONAL_DATA),
                Arguments.of("amazon", "Lihat koleksi kami di kedaiku (titik) com untuk harga lebih murah.", Category.EXTERNAL_LINK),
                // round 52: the seller's answer after a reported question is read as always
                Arguments.of("amazon", "You asked if a 5-star review gets you a refund: yes, leave 5 stars and we'll refund you $10.", Category.REVIEW_INCENTIVE),
                // round 53: "I know where your house is" in Malay chat; the next order's postage as the reward
                Arguments.of("shopee", "sy tahu rumah awak kat mana, jangan bagi 1 bintang", Category.PRESSURE_OR_THREAT),
                Arguments.of("amazon", "review dile porer order er delivery charge amra dibo", Category.REVIEW_INCENTIVE),
                // round 54: a phone number pointed to instead of written; money asked apart from the order; a Malay
                // defamation threat; confirming receipt ahead of time in Bengali; the refund waiting on a review; a
                // dispute waved off for the seller's own transfer; a better price on later orders for a top rating
                Arguments.of("ebay", "Easiest is to ring the number on the leaflet in the box and our repair guy will talk you through it.", Category.CONTACT_INFO),
                Arguments.of("ebay", "happy to add the spare strap, just transfer me the extra fiver separately", Category.OFF_PLATFORM),
                Arguments.of("shopee", "Ulasan sebegini boleh dianggap fitnah dan kami akan menyerahkannya kepada peguam kami.", Category.PRESSURE_OR_THREAT),
                Arguments.of("aliexpress", "জিনিসটা এখনও পথে, তবু আগেভাগেই প্রাপ্তি নিশ্চিত করে দিন প্লিজ।", Category.PROCESS_ABUSE),
                Arguments.of("aliexpress", "আপু রিভিউটা দিয়ে ফেললে কুরিয়ার চার্জটা ফেরত দিয়ে দেব", Category.REVIEW_INCENTIVE),
                Arguments.of("shopee", "bos nanti sy pulangkan duit guna transfer je, x payah buka dispute ye", Category.PROCESS_ABUSE),
                Arguments.of("aliexpress", "Customers who give us five stars get a special price on every future order.", Category.REVIEW_INCENTIVE),
                // round 55: a Bengali threat to have the buyer's account closed; a price list sent along; the seller's
                // own phone on Amazon is still blocked beside the carrier exception
                Arguments.of("lazada", "আরেকবার মেসেজ দিলে আপনার একাউন্ট বন্ধ করে দিব, মনে রাখবেন", Category.PRESSURE_OR_THREAT),
                Arguments.of("amazon", "ম্যানুয়ালের সাথে আমাদের দোকানের মূল্যতালিকাও পাঠালাম, দেখে জানাবেন।", Category.MARKETING),
                Arguments.of("amazon", "For anything else ring our own desk on 020 7946 0321.", Category.CONTACT_INFO),
                // round 56: receipt confirmed without opening the parcel
                Arguments.of("lazada", "sis nanti parcel smpai terus tekan terima je, x payah buka dulu", Category.PROCESS_ABUSE),
                Arguments.of("aliexpress", "পার্সেল হাতে পেলে না খুলেই রিসিভড করে দিয়েন, পরে দেখলেই হবে", Category.PROCESS_ABUSE),
                // round 57: a card's PIN asked in Bengali with a case ending
                Arguments.of("shopee", "আপু কার্ডের পিনটা পাঠান, রিফান্ড আমরা নিজেরাই করে দিচ্ছি", Category.PERSONAL_DATA),
                // round 58 (own rewordings of probe-77/78/80 misses): the checkout skipped, a posted check, a code "as
                // promised" after a review, referral codes in Malay, a follow asked in other words, custom orders and
                // haggling moved to a social app, a buyer's name and address posted, receipt confirmed with the menge-
                // form, a police report threatened, a gift "as a thank-you" for a revised rating, the order "withdrawn",
                // a Bengali checkout passed by, new stock shown first on Instagram
                Arguments.of("etsy", "If you'd like the engraved version, it's easier to pay me by bank transfer so we can skip Etsy's checkout.", Category.OFF_PLATFORM),
                Arguments.of("ebay", "Happy to help! Just mail me a check for the balance and I'll ship the second lamp.", Category.OFF_PLATFORM),
                Arguments.of("amazon", "Loved your kind review!! As promised, here is code LAMP15 for 15% off your next order.", Category.REVIEW_INCENTIVE),
                Arguments.of("amazon", "Terima kasih! Kongsi kod rujukan ANIS5 dengan kawan, setiap pembelian mereka beri anda baucar RM5.", Category.MARKETING),
                Arguments.of("amazon", "Find Birchwood Candles on Pinterest and hit follow for new scents.", Category.MARKETING),
                Arguments.of("shopee", "klu nk custom design, dm kami kat ig ya", Category.OFF_PLATFORM),
                Arguments.of("lazada", "bos nak nego harga, pm sy kat telegram je", Category.OFF_PLATFORM),
                Arguments.of("amazon", "rating ta na bodlale apnar nam ar thikana diye group e post kore dibo", Category.PRESSURE_OR_THREAT),
                Arguments.of("shopee", "Kami mohon tuan mengesahkan penerimaan hari ini walaupun barang masih dalam perjalanan.", Category.PROCESS_ABUSE),
                Arguments.of("lazada", "Jika tuan terus membuat dakwaan yang tidak benar, kami tidak akan teragak-agak membuat laporan polis.", Category.PRESSURE_OR_THREAT),
                Arguments.of("amazon", "Should you be willing to revise your rating, we would add a spare charging cable as a thank-you.", Category.REVIEW_INCENTIVE),
                Arguments.of("walmart", "It would really help us if you withdrew the order on your side since the item is out of stock.", Category.PROCESS_ABUSE),
                Arguments.of("shopee", "আপু অ্যাপের চেকআউটে না গিয়ে টাকাটা নগদে পাঠান, কুরিয়ার চার্জ লাগবে না", Category.OFF_PLATFORM),
                Arguments.of("amazon", "new candles drop on the gram before anywhere else, we're @wickandco", Category.MARKETING),
                // round 59 (own rewordings of probe-79/81 misses): a catalogue or brochure sent along, buyers' records
                // shared with other sellers, the buyer's ID blocked, the seller's new item as a match, the next one "on
                // me" for a review, a number on the card in the parcel in romanized Bengali
                Arguments.of("amazon", "We have also enclosed the catalogue of our winter offers for you.", Category.MARKETING),
                Arguments.of("amazon", "আপনার বিলের সঙ্গে আমাদের পূজা অফারের ব্রোশিওর পাঠালাম।", Category.MARKETING),
                Arguments.of("ebay", "We log buyers who open cases after delivery and share it with other sellers in our network.", Category.PRESSURE_OR_THREAT),
                Arguments.of("shopee", "আরেকবার মিথ্যা অভিযোগ দিলে আপনার আইডি ব্লক করায় দিব", Category.PRESSURE_OR_THREAT),
                Arguments.of("amazon", "Our new phone stand pairs nicely with the charger you bought.", Category.MARKETING),
                Arguments.of("amazon", "if ur happy with the mug, a review on the listing would be great and your next one is on me", Category.REVIEW_INCENTIVE),
                Arguments.of("amazon", "parcel er bhitore card e je number ache oitay knock diyen, ekhane reply dite deri hoy", Category.CONTACT_INFO),
                // round 60 (own rewordings of probe-82/83/85/86 misses): an unnamed extra tucked into the next parcel and
                // money back "as a goodwill gesture" for a review; the green app with a case ending and imo after a
                // clause closed by "না"; a spaced path and a plain ".co"; receipt confirmed while the parcel is on the
                // road; a complaint kept from others; the buyer's personal line and wallet number; a report threatened
                // after a comma (no phrase spans a comma any more)
                Arguments.of("amazon", "thx for the order! pop a couple of lines and a photo on the listing and i'll tuck something sweet into ur next parcel", Category.REVIEW_INCENTIVE),
                Arguments.of("ebay", "Should you be willing to take down the negative you posted, I could send back EUR 10 of the price as a goodwill gesture.", Category.REVIEW_INCENTIVE),
                Arguments.of("shopee", "আপু, সবুজ অ্যাপে মেসেজ দিন, সাথে সাথে উত্তর পাবেন", Category.CONTACT_INFO),
                Arguments.of("shopee", "ছবি এখানে যাচ্ছে না, আমাদের ইমোতে পাঠিয়ে দিন", Category.CONTACT_INFO),
                Arguments.of("amazon", "the setup clip is at youtu . be / Xy72kQ if the manual is unclear", Category.EXTERNAL_LINK),
                Arguments.of("amazon", "Your store credit can be spent on our own site, lampnest.co, on anything you like.", Category.EXTERNAL_LINK),
                Arguments.of("lazada", "পার্সেল এখনো রাস্তায় আছে, আপনি একটু কনফার্ম দিয়ে দেন প্লিজ", Category.PROCESS_ABUSE),
                Arguments.of("amazon", "jinish ta kharap hole karo ke bolar dorkar nai, amake message diben, ar valo hole 5 star diben", Category.REVIEW_MANIPULATION),
                Arguments.of("shopee", "bro hantar no tel peribadi dgn gmail bro, sy masukkan dlm senarai VIP kedai", Category.PERSONAL_DATA),
                Arguments.of("ebay", "টাকা ফেরত নিতে কেস না খুলে বিকাশ নাম্বারটা দেন ভাই", Category.PERSONAL_DATA),
                Arguments.of("shopee", "jangan nak salahkan kedai, kami boleh laporkan akaun awak kat shopee", Category.PRESSURE_OR_THREAT),
                // round 61 (own rewordings of probe-84/87/88 misses): a bank-in after a question that reassures ("takpe"),
                // money sent back separately from the order, received pressed today and opened later after a guess
                Arguments.of("shopee", "voucher x boleh guna? takpe, bank in je rm40 ke maybank sy, sy pos hari ni juga", Category.OFF_PLATFORM),
                Arguments.of("amazon", "Amazon's refund queue is slow, so I'll send the $18 to you myself, separately from the order, tonight.", Category.OFF_PLATFORM),
                Arguments.of("lazada", "ভাই মনে হয় পার্সেল পৌঁছে গেছে, অ্যাপে রিসিভড টা আজকেই চেপে দেন, পরে খুললেও চলবে", Category.PROCESS_ABUSE),
                // round 62 (own rewordings of probe-89/90 misses): a spelled "dot co" after a site is named, the buyer's
                // experience on the product page traded for a part, the earlier message's review request recalled
                Arguments.of("etsy", "Custom lengths are done through our studio site, so pop over to fernandflax dot co and fill in the form there.", Category.EXTERNAL_LINK),
                Arguments.of("amazon", "প্রিয় গ্রাহক, ব্লেন্ডারটি নিয়ে আপনার অভিজ্ঞতা পণ্যের পাতায় লেখার পর জানালে ধন্যবাদ হিসেবে একটি বাড়তি ঢাকনা বিনামূল্যে পাঠাব।", Category.REVIEW_INCENTIVE),
                Arguments.of("amazon", "bhai ager message e rating er kotha bolechilam, ekhono dekhlam na, aj ektu diye diben?", Category.REVIEW_MANIPULATION),
                // round 64 (own rewordings of probe-98/99 misses): the marketplace kept out while the seller handles it,
                // a refund to the buyer's mobile wallet, new stock and a saved shop, a mailing list in Bengali
                Arguments.of("ebay", "Please let us sort the missing part out between us before involving eBay, as opening a case now would only hold everything up.", Category.PROCESS_ABUSE),
                Arguments.of("aliexpress", "বিরোধ খুললে সব আটকে যাবে, তাই বিষয়টা নিজেদের মধ্যে মিটিয়ে নিই, দয়া করে এখন কোনো অভিযোগ করবেন না।", Category.PROCESS_ABUSE),
                Arguments.of("amazon", "অর্ডারের রিফান্ডে দেরি হয়, তাই আপনি চাইলে টাকাটা সরাসরি আপনার মোবাইল ওয়ালেটে পাঠিয়ে দিতে পারি।", Category.OFF_PLATFORM),
                Arguments.of("walmart", "We add new hand-thrown mugs every Monday, and saving our shop means you hear about them first.", Category.MARKETING),
                Arguments.of("amazon", "প্রতি মাসে নতুন কাজের খবর দিয়ে একটা চিঠি পাঠাই, 'হ্যাঁ' লিখলে আপনাকেও তালিকায় রেখে দেব।", Category.MARKETING),
                // round 72: a comma closes a "no need" before the request after it; "no need" away from the contact
                // asked first leaves the steering; the seller's own request to cancel in chat Malay still counts
                Arguments.of("lazada", "x payah bagi review buruk, pm kami dulu nanti kami settle", Category.REVIEW_MANIPULATION),
                Arguments.of("ebay", "No need to leave a low rating, just contact us first and we will fix it.", Category.REVIEW_MANIPULATION),
                Arguments.of("shopee", "brg x de stok, sis cancel la sendiri ye, klu sy cancel kedai kena penalti", Category.PROCESS_ABUSE),
                // round 73: the buyer's account to be reported, flagged or suspended, in the three languages' word orders
                Arguments.of("walmart", "One more bogus return and your account will be flagged with Walmart for abuse.", Category.PRESSURE_OR_THREAT),
                Arguments.of("shopee", "Kalau aduan tu tak ditarik balik, akaun sis akan dilaporkan kepada Shopee.", Category.PRESSURE_OR_THREAT),
                Arguments.of("lazada", "abar fake complain korle apnar account lazada te report kore dibo", Category.PRESSURE_OR_THREAT),
                // round 74: scams named as the reason to move to a messenger are still the seller's offer
                Arguments.of("shopee", "To stay safe from scammers, chat with us on our official WhatsApp instead.", Category.CONTACT_INFO),
                // round 75: sensitive details asked the way chat asks them
                Arguments.of("lazada", "bro nak tahu no ic n bday bro, utk daftar warranty kedai", Category.PERSONAL_DATA),
                Arguments.of("amazon", "warranty card er jonno apnar nid no ta lagbe, inbox e diben", Category.PERSONAL_DATA),
                Arguments.of("ebay", "quick one, can you send the card no and expiry so we can sort the refund", Category.PERSONAL_DATA));
    }

    @ParameterizedTest
    @MethodSource("violations")
    void blocksTheViolationWithItsCategory(String market, String text, Category category) {
        CheckResult r = CHECKER.check(text, Marketplace.parse(market));
        assertEquals(Verdict.BLOCK, r.verdict(), () -> text + " -> " + r.findings());
        assertTrue(r.findings().stream().anyMatch(f -> f.category() == category && f.severity() == Severity.BLOCK),
                () -> text + " should be " + category + ": " + r.findings());
    }

    static Stream<Arguments> compliant() {
        return Stream.of(
                Arguments.of("amazon", "Feel free to share your honest feedback about the chair."),
                Arguments.of("amazon", "We have refunded your order in full; the money should reach your card in 3-5 days."),
                Arguments.of("amazon", "Now that the replacement has arrived, if you feel the issue is resolved you may update your seller feedback if you wish."),
                Arguments.of("amazon", "The listing is at https://www.amazon.co.uk/dp/B0C1234567 if you want to compare sizes."),
                Arguments.of("amazon", "We cannot offer anything in exchange for a review, but an honest opinion always helps other shoppers."),
                Arguments.of("amazon", "Your order 112-1234567-1234567 left our warehouse today with tracking 1Z999AA10123456784."),
                Arguments.of("ebay", "Free shipping is included with this order, so there is nothing more to pay."),
                Arguments.of("amazon", "If the parcel was stolen, a police report can help with the carrier's claim."),
                // round 4: refusals in wordings no lexicon lists
                Arguments.of("amazon", "Sorry, we are unable to send vouchers or anything else for ratings."),
                Arguments.of("shopee", "sy tk guna telegram, tanya sini je ok"),
                Arguments.of("walmart", "Please don't pay anyone outside Walmart checkout, it keeps your purchase protected."),
                Arguments.of("aliexpress", "rating er jonno kono gift dite parbo na, dukkhito"),
                // round 17: the marketplace's own voucher, "if you're free" in Malay chat, checking before confirming,
                // eBay's neutral revision note after a resolution, gift wrap as a checkout option
                Arguments.of("shopee", "Voucher itu dikeluarkan oleh Shopee sendiri dan ditolak automatik semasa checkout."),
                Arguments.of("shopee", "klu free nanti bg la feedback jujur ye, baik atau buruk"),
                Arguments.of("aliexpress", "When your parcel arrives, check everything before you confirm receipt."),
                Arguments.of("ebay", "The case is closed and your refund went through; if you feel it is settled you may revise the feedback, entirely your choice."),
                Arguments.of("amazon", "Gift wrap is an option at checkout if you are sending it as a present."),
                Arguments.of("shopee", "Baucar Shopee yang anda gunakan sudah ditolak daripada jumlah bayaran."),
                Arguments.of("shopee", "brg msh dlm perjalanan, tunggu sampai dulu baru tekan terima ye"),
                Arguments.of("aliexpress", "Please confirm receipt only once the parcel is in your hands."),
                // round 19: a return label dropped at a counter, a cancellation the seller already made, a question
                // about a messenger echoed and answered no
                Arguments.of("amazon", "Your return is approved; please drop the parcel at the nearest post office counter."),
                Arguments.of("ebay", "apni cancel korte chaisen, tai amra order ta cancel kore diyechi, taka ebay theke ferot asbe"),
                Arguments.of("lazada", "Viber? Sorry, we keep every chat here in Lazada so nothing gets lost."),
                // round 23: a neutral note in Bengali that feedback can be changed if the buyer wishes (Amazon allows it
                // after a fix), a legal right explained, a question in the future tense about what the buyer prefers
                Arguments.of("amazon", "সমস্যাটা মিটে গেছে; চাইলে আগের ফিডব্যাকটি বদলাতে পারেন, পুরোপুরি আপনার ইচ্ছা।"),
                Arguments.of("amazon", "If the review was posted in error, it is possible to remove or update it from Your Orders."),
                Arguments.of("amazon", "We will not take legal action over a review; that is simply not how we work."),
                Arguments.of("shopee", "Untuk makluman, aplikasi ini boleh dipasang pada telefon seperti biasa."),
                Arguments.of("amazon", "Let us know if the refund does not show on your bank statement within five days."),
                Arguments.of("amazon", "order ta cancel korte chaile app theke korte paren, amra pase achi"),
                Arguments.of("shopee", "Kami tidak boleh memberikan diskaun atau produk percuma sebagai balasan untuk ulasan."),
                Arguments.of("amazon", "We can't give gifts for reviews, but do share your honest opinion."),
                // the model may not block a sentence that asks nothing and offers nothing
                Arguments.of("amazon", "Thank you for the five-star review you left, it made our week!"),
                Arguments.of("amazon", "Call the courier on the number on the shipping label if the driver cannot find you."),
                Arguments.of("lazada", "ei tablet e whatsapp, imo sob chalbe, kono jhamela nai"),
                Arguments.of("amazon", "5 star er jonno onek dhonnobad, khub khushi holam"),
                // Malay chat hard negatives: thanks for stars already given, a refund already made after a low rating,
                // a refusal to sell outside the app that turns to a restock, a messenger as what a phone is good for
                Arguments.of("shopee", "tq sbb bg 5 bintang kak!! 😍"),
                Arguments.of("shopee", "sori psl rating 2 tu, sy dh refund penuh dlm app"),
                Arguments.of("shopee", "sy x jual luar shopee, tp minggu depan ada restock"),
                Arguments.of("lazada", "hp ni sesuai utk wasap video call, kamera depan cantik"),
                Arguments.of("lazada", "লাজাডার বাইরে আমরা কোনো পণ্য বিক্রি করি না, তবে আগামী মাসে এটি আবার আসবে।"),
                Arguments.of("shopee", "Terima kasih atas penilaian lima bintang yang telah diberikan, kami amat menghargainya."),
                Arguments.of("ebay", "your refund to paypal went thru ebay's refund button, it shows in ur ebay messages"),
                Arguments.of("amazon", "If you want a cheaper option, the 1-litre model is on the same Amazon listing."),
                Arguments.of("lazada", "jam ni boleh sync notifikasi whatsapp & instagram, on bluetooth je"),
                Arguments.of("amazon", "We are sorry about the two-star review; we have refunded you in full through Amazon."),
                Arguments.of("lazada", "লাজাডার মাধ্যমে রিটার্ন করলে টাকা আপনার অ্যাকাউন্টে ফেরত যাবে।"),
                Arguments.of("lazada", "নতুন সাইজটা কবে পাঠালে আপনার সুবিধা হবে, বলবেন?"),
                // round 41: refusals said after the act, a reported question, "straight in the app", this inbox only
                Arguments.of("amazon", "ভাই, ছাড়ের বিনিময়ে রিভিউ নেওয়া আমরা করি না।"),
                Arguments.of("amazon", "আপনি জিজ্ঞেস করেছেন রিভিউ দিলে উপহার পাবেন কিনা; এমন কিছু আমরা দিতে পারি না।"),
                Arguments.of("lazada", "sis nk tambah saiz lain boleh checkout terus dlm lazada, sy pos sekali"),
                Arguments.of("walmart", "dukkhito, amra shudhu ei walmart inbox ei kotha bolte pari, onno kothao na"),
                // round 42: a refund the seller already began, thanks for the buyer's kind words
                Arguments.of("ebay", "so sorry the mug chipped! i've started a refund for u on ebay, no need to send it back"),
                Arguments.of("amazon", "Thank you for your kind words about the kettle, we are glad it suits your kitchen."),
                // round 43: a how-to video named, not a place to search or buy
                Arguments.of("amazon", "The setup video is on YouTube if you prefer watching; the same steps are in the printed manual."),
                // round 44: restock news of the ordered item, a detail the buyer need not send, a promise to stay in
                // the marketplace's chat, and the [Important] tag on a message that asks what delivery needs
                Arguments.of("amazon", "A shipping error listed the lamp as in stock; fresh stock should land in about three weeks. Shall we hold your order or cancel it?"),
                Arguments.of("ebay", "We refunded you through eBay today, so there is no need to share your card or bank details with us."),
                Arguments.of("shopee", "Kami tak akan hubungi anda di luar chat Shopee, semua urusan di sini sahaja."),
                Arguments.of("amazon", "[Important] Order 114-5558821-0093411: the carrier cannot find house 9 on your street. Please reply with a landmark so the parcel can reach you."),
                // round 45: a Bengali refusal closed by its না at the sentence's end, a thank-you for a comment
                Arguments.of("ebay", "আমরা অ্যাপের বাইরে কোনো পেমেন্ট নিই না।"),
                Arguments.of("ebay", "আপনার কমেন্টের জন্য ধন্যবাদ, সমস্যাটা আমরা ঠিক করে দিয়েছি।"),
                // round 46: the buyer's own offer or request quoted or reported back before the seller declines it
                Arguments.of("amazon", "Dear Ms. Reyes, you asked whether we would 'add a free case for a five-star review'. We are not able to tie anything to a review."),
                Arguments.of("ebay", "apni likhechen 'whatsapp number ta din', kintu ebay te number share kora jay na."),
                Arguments.of("ebay", "The Telegram group you mentioned is not ours; please keep writing to us here."),
                Arguments.of("shopee", "Puan bertanya, 'boleh transfer terus?'. Maaf, semua bayaran mesti melalui Shopee."),
                // "tanpa caj" is free of charge, not a price held out
                Arguments.of("lazada", "Pilih 'Pulangkan' di halaman pesanan; kurier Lazada akan datang mengambil barang itu tanpa caj."),
                // rounds 47-48: a messenger the buyer named, refused; the marketplace as "here"; the buyer's own
                // cancellation, done; the buyer's question quoted back with "nyatakan"
                Arguments.of("lazada", "Abang cakap nak guna WhatsApp, tapi kami hanya layan di chat Lazada ya."),
                Arguments.of("amazon", "আপনি যে টেলিগ্রামের কথা বললেন, ওটা আমরা ব্যবহার করি না; এখানেই লিখুন।"),
                Arguments.of("etsy", "I have made a custom listing for you right here on Etsy, so you can check out as usual."),
                Arguments.of("lazada", "Dear Ms. Tan, the cancellation you requested has been processed in Lazada and the amount will return to your original payment method."),
                Arguments.of("shopee", "Seperti yang tuan nyatakan, \"boleh saya bayar guna akaun bank?\". Untuk perlindungan, sila bayar melalui aplikasi Shopee sahaja."),
                Arguments.of("shopee", "আপনি লিখেছেন, 'অর্ডারটা বাতিল করুন'; আমরা বাতিল করে দিয়েছি, টাকা শপি নিজেই ফেরত দেবে।"),
                // round 49: "ig" refused, and a part added to a parcel with nothing asked in return
                Arguments.of("shopee", "Kami tidak aktif di IG, sila terus chat di Shopee ya."),
                Arguments.of("amazon", "We will include the missing screws in a new parcel today at no cost."),
                // round 50: the marketplace's own wallet credited; the goods checked before the button, in formal Malay
                Arguments.of("shopee", "Bayaran balik sudah dikreditkan ke ShopeePay tuan pagi tadi."),
                Arguments.of("lazada", "Pastikan produk disemak sebelum tuan menekan butang terima."),
                // round 51: a rice cooker is a product, not the seller's livelihood; what the buyer asked for, named
                // back; the marketplace's app named with any preposition; a document said not to be needed
                Arguments.of("shopee", "Permohonan pulangan bagi periuk nasi elektrik tuan telah kami terima dan luluskan."),
                Arguments.of("shopee", "Seperti yang puan minta, nama penuh anak puan akan dicetak pada kek."),
                Arguments.of("etsy", "As you requested, the engraving will read your son's date of birth, 14.03.2019."),
                Arguments.of("shopee", "Sila mohon bayaran balik terus di aplikasi Shopee."),
                Arguments.of("amazon", "অর্ডার দেওয়ার সময় আপনার এনআইডির দরকার নেই।"),
                // round 52: the buyer's question reported without quotation marks, then answered; "free" as free time
                Arguments.of("amazon", "You asked if we could take payment through WhatsApp; for your safety every payment stays in Amazon checkout."),
                Arguments.of("lazada", "Puan bertanya sama ada boleh berurusan melalui Telegram. Semua urusan perlu dibuat dalam chat Lazada ini."),
                Arguments.of("shopee", "Terima kasih atas pertanyaan encik mengenai ganjaran untuk ulasan. Kami tidak menawarkan sebarang ganjaran."),
                Arguments.of("shopee", "sis tanya boleh ke bagi bintang 1? boleh, itu pilihan sis."),
                Arguments.of("ebay", "The charger you asked about is in our eBay shop, and it ships free."),
                Arguments.of("shopee", "klu free nanti bg review ye sis, x paksa"),
                // round 53: thanks for the buyer's asking; a Bengali yes-no question reported and closed by "কিনা"
                Arguments.of("shopee", "Terima kasih kerana bertanya sama ada kami ada Telegram; semua urusan kami hanya di chat Shopee."),
                Arguments.of("amazon", "আপনি জিজ্ঞেস করছেন হোয়াটসঅ্যাপে কথা বলা যাবে কিনা — না আপু, এখানেই উত্তর দেব।"),
                // round 54: the buyer's own proposal reported; a Malay name that is also a romanized Bengali word;
                // an error code is no discount code; comfort about a low rating; the review left as it is; the
                // marketplace's own account; refunds that stand whatever the rating; "tersebut" is no "mention"
                Arguments.of("lazada", "Terima kasih atas cadangan puan untuk bayar terus ke akaun kami, tetapi semua bayaran mesti melalui Lazada."),
                Arguments.of("ebay", "Thanks for pointing out the old card that offered a voucher for feedback; we no longer offer anything for feedback."),
                Arguments.of("shopee", "Encik Aini, terima kasih kerana menunggu. Barang sudah dipos pagi tadi."),
                Arguments.of("walmart", "Could you send us the error code shown on the thermostat so we can check the manual?"),
                Arguments.of("amazon", "Please don't worry about the two stars, a new lid is already on its way to you."),
                Arguments.of("shopee", "apu notun ekta pathacchi, review ta jemon ache temon thakuk"),
                Arguments.of("shopee", "Bayaran balik RM8 sudah masuk ke akaun Shopee tuan, tiada maklumat bank diperlukan."),
                Arguments.of("ebay", "Your refund goes through as soon as the return is scanned, whatever rating you leave us."),
                Arguments.of("shopee", "Selepas mencuba kasut tersebut, tuan dialu-alukan untuk memberi penilaian yang jujur dalam aplikasi."),
                // round 55: the carrier's own line on Amazon; the seller's Etsy shop on Etsy; the buyer's offer reported;
                // the buyer's own wish to cancel, told how
                Arguments.of("amazon", "The washing machine comes with DPD; to choose a slot, call their helpline on 0121 275 0500."),
                Arguments.of("etsy", "The blue version is in my Etsy shop as a separate listing."),
                Arguments.of("ebay", "Thanks for offering to pay by bank transfer, but eBay checkout is the only way we take payment."),
                Arguments.of("lazada", "Jika ingin membatalkan pesanan, tuan boleh menekan butang Batal dalam aplikasi sebelum barang dipos."),
                // round 56: the maker's warranty desk named as theirs; the check before the button advised
                Arguments.of("amazon", "The kettle is covered by the maker's warranty, and their service desk can be reached on 0800 316 2200."),
                Arguments.of("aliexpress", "Please open and check the lamp before you confirm receipt in the app."),
                // round 57: the buyer's words quoted after an honorific; a refund to the original bank account
                Arguments.of("amazon", "Cik Ros, cik menulis 'bayar balik guna DuitNow je'. Maaf, bayaran balik hanya melalui pesanan Amazon."),
                Arguments.of("lazada", "sis duit dh dipulangkan thru lazada, biasanya 3-5 hari msk akaun bank asal"),
                // round 58: a replacement ("বদলি") beside a rating the seller cannot change, a cancellation done in the
                // colloquial perfect ("দিছি"), an average rating and size advice, the buyer's own words or a rumour
                // reported and refused, "daripada" as "from", waiting before confirming, the review left to the buyer,
                // Etsy's checkout named as the way
                Arguments.of("lazada", "আপনার দেওয়া রেটিং আপনার নিজের মতামত, আমরা তা বদলাতে পারি না। ভাঙা ফ্যানের বদলি পেতে অর্ডার পাতা থেকে রিটার্ন অনুরোধ করুন।"),
                Arguments.of("ebay", "ভাই, আমাদের দিক থেকে অর্ডার বাতিল করে দিছি, টাকা ইবে নিজেই ফেরত দেবে।"),
                Arguments.of("amazon", "এই ব্যাগের রেটিং ৪.৬, অনেকে বলছেন একটু ছোট, তাই বড় সাইজ নিলে ভালো হবে।"),
                Arguments.of("shopee", "Tuan menyebut ingin bayar melalui DuitNow terus. Maaf, semua bayaran mesti melalui aplikasi Shopee."),
                Arguments.of("amazon", "bhai apni je shunechen 5 star dile cashback dewa hoy, seta amader offer na, amazon e eta kora jay na."),
                Arguments.of("lazada", "Penilaian 4.5 bintang itu datang daripada pembeli sebenar, dan ramai kata potongan baju ini agak longgar."),
                Arguments.of("shopee", "Sila tunggu sehingga bungkusan tiba sebelum mengesahkan penerimaan, ya."),
                Arguments.of("amazon", "kono somossa hole ekhane janaben, ar review dile nijer moto kore likhben."),
                Arguments.of("etsy", "Payment goes through Etsy checkout as usual, and your order is protected there."),
                // round 59: a dispute the buyer may open, an exchange of size ("tukar saiz") beside a review, the buyer's
                // own request for a channel reported ("চাইছিলেন") and refused
                Arguments.of("aliexpress", "If the parcel hasn't come by the end of the protection period, you can open a dispute and we will sort it quickly."),
                Arguments.of("shopee", "sis klu nk tukar saiz, boleh buat return dlm app ya, review sis kami dh baca."),
                Arguments.of("shopee", "ভাই আপনি ইমেইল চাইছিলেন, ওটা দেওয়ার নিয়ম নাই, এখানেই লিখুন।"),
                // round 60: refusals closed by a far "না" and reported with "চাইছেন"; receipt confirmed once in hand and
                // checked; a cancellation approved; a maker's service centre on Amazon; the button held back when
                // something is wrong; an offer with no link to a review; a new unit as a replacement; "jangan salahkan"
                Arguments.of("shopee", "আমরা ইমো বা ফোনে অর্ডারের বিষয়ে কথা বলি না, সব আপডেট অ্যাপের চ্যাটে পাবেন।"),
                Arguments.of("shopee", "আপনি হোয়াটসঅ্যাপ নাম্বার চাইছেন, কিন্তু মার্কেটপ্লেসে নাম্বার দেওয়ার নিয়ম নেই, এখানেই লিখুন।"),
                Arguments.of("lazada", "parcel hate pele khule dekhe nin, sob thik thakle tarpor received button e chap diben"),
                Arguments.of("lazada", "Tuan, permohonan pembatalan tuan telah kami luluskan dan bayaran balik akan dibuat melalui Lazada."),
                Arguments.of("amazon", "After the 30 days, repairs go to the maker; their service centre takes calls on 0800 112 4470."),
                Arguments.of("shopee", "sis, brg dh smpai? klu semua ok tekan terima ye, klu ada masalah jgn tekan, buat pemulangan dlm app"),
                Arguments.of("lazada", "apu free delivery offer ta Daraz er campaign er, review er sathe kono somporko nai"),
                Arguments.of("amazon", "ভাঙা ব্লেন্ডারের বদলে আমরা একটি নতুন ইউনিট পাঠাচ্ছি, অর্ডার পাতায় আপডেট দেখতে পাবেন।"),
                Arguments.of("shopee", "jangan salahkan diri sis, kami dah pos barang ganti hari ini."),
                // round 61: an address's "Court", a freight firm's customer care for a delivery slot, no need to close a
                // case, thanks for asking about a gift, "not something we do", the buyer's proposal reported with
                // "কথা বলেছিলেন", a refund through a return
                Arguments.of("amazon", "The courier could not deliver because the house number is missing from 7 Oak Court; could you send it so they can try again?"),
                Arguments.of("amazon", "Your bed frame is travelling with Nordline Logistics; to pick a delivery slot, ring Nordline customer care on 0330 555 0192."),
                Arguments.of("shopee", "bro x perlu tutup aduan tu, sy dah tawarkan refund penuh dalam aduan tu sendiri, bro terima je kat situ"),
                Arguments.of("etsy", "thanks for asking about a gift for a review! sadly etsy doesn't allow that, but honest thoughts are always welcome"),
                Arguments.of("ebay", "i'd rather keep everything on ebay too, paying outside isn't something we do, just check out as usual"),
                Arguments.of("ebay", "আপনি নগদে টাকা দেওয়ার কথা বলেছিলেন, তবে সব পেমেন্ট ইবের চেকআউটেই করতে হবে।"),
                Arguments.of("shopee", "kak, sy dh baca ulasan akak pasal zip rosak, memang silap kami. akak boleh buat return utk refund penuh dlm app"),
                // round 62: not able to share a number, a carrier's delivery team, receipt confirmed once the parcel is in
                // hand, no need to change a review, a polka dot co-ord
                Arguments.of("ebay", "Sorry, I am not able to share my number or take payment outside eBay, but I can answer everything here."),
                Arguments.of("amazon", "The sofa needs a two-person crew, so the carrier's delivery team will call to book a slot; you can also reach them on 1-888-555-0177."),
                Arguments.of("aliexpress", "the parcel is at ur local post office. once you have it and everything is fine, you can confirm receipt in the app."),
                Arguments.of("aliexpress", "so sorry the hinge came bent, we can refund part of the price through the dispute page. u dont need to change anything in ur review."),
                Arguments.of("etsy", "Our polka dot co-ord set is back in stock in the listing, in sizes S to XL."),
                // round 63 (own rewordings of probe-95/96/97 false blocks): the buyer's own request acknowledged, the item
                // received as the condition for confirming, "keep on improving", the original payment method and the
                // listing in Bengali and Malay, a smell that does not go away, a buyer's question after "tuan/puan", a
                // grouped UPS number
                Arguments.of("amazon", "Hello Ms. Ferris, we have received your request to cancel the standing desk order. It had not shipped, so we cancelled it and Amazon will refund your card."),
                Arguments.of("lazada", "Kami telah menerima permohonan pembatalan puan untuk pesanan cerek elektrik. Pesanan telah dibatalkan dan bayaran akan dipulangkan oleh Lazada."),
                Arguments.of("aliexpress", "Parcel anda sedang dalam perjalanan. Setelah barang diterima, sila uji kipas itu dahulu sebelum menekan Sahkan Penerimaan."),
                Arguments.of("ebay", "Terima kasih atas kesabaran tuan. Kami akan terus memperbaiki cara pembungkusan supaya kerosakan seperti ini tidak berlaku lagi."),
                Arguments.of("amazon", "ভাঙা মগের জন্য দুঃখিত। অর্ডারের মাধ্যমে টাকা ফেরত দেওয়া হয়েছে, যা আপনার মূল পেমেন্ট পদ্ধতিতে কয়েক দিনের মধ্যে জমা হবে।"),
                Arguments.of("aliexpress", "Harga pukal untuk 200 unit boleh dipilih dalam penyenaraian, dan kami boleh menghantar separuh stok lebih awal jika perlu."),
                Arguments.of("shopee", "Jika kesan bau pada kotak masih tidak hilang selepas tiga hari, puan boleh membuat permohonan pemulangan melalui Shopee."),
                Arguments.of("shopee", "Terima kasih atas pertanyaan tuan/puan sama ada kami ada Telegram. Semua urusan kami jawab di sembang Shopee sahaja."),
                Arguments.of("ebay", "Apni jiggesh korechilen WhatsApp e kotha bola jabe kina. Sorry, amra shudhu eBay message e uttor dei."),
                Arguments.of("amazon", "Your lamp left our warehouse today; the tracking number will be 1Z 7X4 9K2 03 4417 2286 once the carrier scans it."),
                // round 64: the buyer's wish to move to a messenger understood and declined, a chat "tny", the bank named only
                // for how long a refund takes to show
                Arguments.of("shopee", "Kami faham puan ingin berhubung melalui Telegram, tetapi semua perbincangan perlu kekal dalam sembang Shopee."),
                Arguments.of("lazada", "sis tny boleh ke tukar rating? boleh je kat app, tp sy x minta apa2 pun, tulis je ikut pengalaman sis"),
                Arguments.of("amazon", "রিফান্ড অ্যামাজনের মাধ্যমে দেওয়া হয়েছে; ব্যাংক ভেদে টাকা অ্যাকাউন্টে আসতে কয়েক দিন লাগতে পারে।"),
                // round 65: a device's rating plate, the buyer's wish to pay by bKash reported back, the refund to the method
                // the buyer paid with, a change of review the seller says it will not ask for
                Arguments.of("walmart", "To send the right filter, please read the model number off the rating plate on the back of the heater."),
                Arguments.of("ebay", "আপনি নগদে সরাসরি দাম দিতে চেয়েছেন, তবে ইবেতে সব পেমেন্ট চেকআউটের মাধ্যমেই করতে হয়।"),
                Arguments.of("lazada", "order ta cancel hoye geche, taka jei method e pay korechen sheikhanei ferot jabe, 3-5 din lagte pare."),
                Arguments.of("shopee", "Kami tidak berhasrat meminta tuan menukar ulasan itu, tetapi kami boleh ganti bahagian yang retak melalui Shopee."),
                // round 67: the seller's own side confirming a returned item is back is the return flow, not the
                // buyer's receipt traded for money
                Arguments.of("amazon", "Your refund is released as soon as our warehouse confirms receipt of the returned kettle."),
                Arguments.of("lazada", "Refund akan keluar sebaik sahaja gudang kami mengesahkan penerimaan barang itu."),
                // round 72: thanks for the buyer's offer with courtesy words between, a Bengali thanks for the buyer's
                // request that closes the clause reporting it, no need to contact the seller before rating, the
                // buyer's own wish to cancel in chat Malay
                Arguments.of("amazon", "Thank you so much for kindly suggesting a refund in return for a five-star rating; we cannot link refunds to ratings."),
                Arguments.of("amazon", "আগামী অর্ডারে ফ্রি ডেলিভারি দেওয়ার অনুরোধের জন্য অনেক ধন্যবাদ। তবে অ্যামাজনে আমরা আলাদা কোনো ছাড় দিতে পারি না।"),
                Arguments.of("ebay", "No need to message us before you rate the order; say whatever you think is fair."),
                Arguments.of("shopee", "Tak perlu hubungi kami sebelum beri penilaian, nilai ikut pengalaman sendiri ya."),
                Arguments.of("lazada", "kak klu nk cancel sbb tersilap saiz, tekan je Batal kat app, brg blm pos lg"),
                // round 73: the buyer's account named without a threat
                Arguments.of("amazon", "Your account has not been blocked; please sign in again from the Amazon app."),
                Arguments.of("ebay", "If your account was flagged by mistake, eBay support can review it; we cannot see account details."),
                // round 74: a messenger named in a warning about someone else using the shop's name is the impostor's
                Arguments.of("shopee", "Someone using our shop's name may message you on WhatsApp asking for a bank transfer; please ignore it and pay only through Shopee."),
                Arguments.of("lazada", "Ada page palsu di Facebook yang guna nama kedai kami, jangan layan ya. Kami hanya berurusan dalam Lazada."),
                Arguments.of("amazon", "ইমোতে আমাদের নামে ভুয়া অ্যাকাউন্ট খোলা হয়েছে, সেখান থেকে কেউ টাকা চাইলে দেবেন না।"),
                // round 75: the buyer told never to send those details
                Arguments.of("shopee", "Please never send your card no or IC number in chat; Shopee will not ask for them."));
    }

    @org.junit.jupiter.api.Test
    void theModelOnlyWarnsOnASentenceThatRefuses() {
        // the model reads "pindahan bank" without its negation; the refusal makes its opinion a warning, not a block
        CheckResult r = CHECKER.check("Demi keselamatan, bayar hanya melalui checkout Shopee. Kami tidak terima pindahan bank terus.",
                Marketplace.parse("shopee"));
        assertTrue(r.verdict() != Verdict.BLOCK, () -> r.findings().toString());
        assertTrue(r.findings().stream().filter(f -> f.rule().startsWith("model."))
                .allMatch(f -> f.severity() == Severity.WARN), () -> r.findings().toString());
    }

    @org.junit.jupiter.api.Test
    void aRuleBlockTheModelFindsUnlikeItsCategoryIsOnlyAWarning() {
        // a refusal the off-platform rule still reads as a deal outside eBay; the learned model finds nothing of the
        // kind in it, so the rule's finding stays for the agent to see, as a warning
        String text = "Sorry, we can't end the auction early and sell the lamp to you outside eBay; please place a bid on the listing.";
        CheckResult r = CHECKER.check(text, Marketplace.parse("ebay"));
        assertTrue(r.verdict() != Verdict.BLOCK, () -> r.findings().toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("common.off-platform") && f.severity() == Severity.WARN),
                () -> r.findings().toString());
        // the rules alone still block it: the warning is the model's doing, not a rule that stopped matching
        CheckResult rulesAlone = CHECKER.withoutModel().check(text, Marketplace.parse("ebay"));
        assertEquals(Verdict.BLOCK, rulesAlone.verdict(), () -> rulesAlone.findings().toString());
    }

    @org.junit.jupiter.api.Test
    void aLongLetterNeedsMoreOfTheModelsAgreementThanOneSentence() {
        // the off-platform frame reads "refund ... at our shop" as money settled outside the marketplace, though the
        // refund follows an eBay return; alone, the sentence stays blocked, but inside a four-sentence letter about a
        // return through eBay the model's doubt is enough to show it as a warning (Demotion.LONG_FROM)
        // (round 117: "Bayaran balik dikeluarkan apabila ..." sat at the model's 0.02 line, 0.022 before and 0.019 after;
        // this wording is read at about 0.06 alone by both models, well inside the two thresholds)
        String sentence = "Bayaran balik akan dibuat sebaik sahaja jaket itu sampai semula di kedai kami.";
        String letter = "Cik yang dihormati, kami kesal kerana jaket kulit itu terlalu kecil untuk cik. "
                + "Sila buka permintaan pemulangan melalui halaman pesanan di eBay. "
                + "Label pos pemulangan akan disediakan melalui sistem eBay. " + sentence;
        Marketplace ebay = Marketplace.parse("ebay");
        CheckResult alone = CHECKER.check(sentence, ebay);
        assertEquals(Verdict.BLOCK, alone.verdict(), () -> alone.findings().toString());
        CheckResult r = CHECKER.check(letter, ebay);
        assertTrue(r.verdict() != Verdict.BLOCK, () -> r.findings().toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("common.off-platform") && f.severity() == Severity.WARN),
                () -> r.findings().toString());
        // a long letter whose one sentence really asks the buyer to work around the marketplace is still blocked
        String abusive = "Hi Priya, thank you for ordering the walnut desk organiser. We are very sorry, but the walnut finish "
                + "has sold out at our workshop. Please cancel the order from your side so it does not count against our "
                + "store. We hope to have it back next month.";
        CheckResult blocked = CHECKER.check(abusive, Marketplace.parse("amazon"));
        assertEquals(Verdict.BLOCK, blocked.verdict(), () -> blocked.findings().toString());
        assertTrue(blocked.findings().stream().anyMatch(f -> f.category() == Category.PROCESS_ABUSE
                && f.severity() == Severity.BLOCK), () -> blocked.findings().toString());
    }

    @org.junit.jupiter.api.Test
    void aMessengerNamedWithNoHandleIsWeighedLikeAPhrase() {
        // the buyer's own video on a network: the name alone identifies no contact point, and in a long letter the
        // model's doubt shows it as a warning (Demotion.nameOnly)
        String letter = "Hi Marco, glad the espresso grinder reached you before the weekend. I watched your unboxing on "
                + "TikTok this morning and it made our day. The burr setting you asked about is on the side dial: turn it "
                + "two clicks finer for espresso. If anything feels off, open a request from the order page and we will "
                + "sort it out.";
        CheckResult r = CHECKER.check(letter, Marketplace.parse("ebay"));
        assertTrue(r.verdict() != Verdict.BLOCK, () -> r.findings().toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("common.messenger") && f.severity() == Severity.WARN),
                () -> r.findings().toString());
        // a handle written without its @ beside the name identifies one: the block stands
        String handle = "Terima kasih kerana menunggu. Gambar penuh produk ada di Instagram kami, cari sahaja akaun "
                + "lampu_serijaya88 untuk lihat semua warna. Pesanan boleh dibuat di Shopee seperti biasa.";
        CheckResult h = CHECKER.check(handle, Marketplace.parse("shopee"));
        assertEquals(Verdict.BLOCK, h.verdict(), () -> h.findings().toString());
        assertTrue(h.findings().stream().anyMatch(f -> f.rule().equals("common.messenger") && f.severity() == Severity.BLOCK),
                () -> h.findings().toString());
        // and a short invitation to a messenger is no phrase the model doubts
        CheckResult shortOne = CHECKER.check("quicker if u msg us on whatsapp tonight", Marketplace.parse("amazon"));
        assertEquals(Verdict.BLOCK, shortOne.verdict(), () -> shortOne.findings().toString());
    }

    @org.junit.jupiter.api.Test
    void anExceptionThatReadsTheSentenceBeforeSilencesTheModelsFindingToo() {
        // the buyer's own phone number read back from the order, after the courier's request in the sentence before
        // (a street address's "No." ends a sentence): the rule's exception allows it, and the model's contact-info
        // finding on the same number is silenced by the same exception
        String readBack = "Pihak kurier meminta kami menyemak alamat penghantaran mesin jahit ini. Alamat yang puan "
                + "berikan ialah No. 22, Jalan Teratai 5, Taman Desa, 31400 Ipoh, no. telefon 016-552 9031. Mohon sahkan "
                + "sama ada maklumat ini betul.";
        CheckResult r = CHECKER.check(readBack, Marketplace.parse("shopee"));
        assertTrue(r.verdict() != Verdict.BLOCK, () -> r.findings().toString());
        // the seller's own line after the same request still blocks
        CheckResult own = CHECKER.check("Pihak kurier meminta kami menyemak alamat. Untuk apa-apa, hubungi kami di "
                + "016-552 9031.", Marketplace.parse("shopee"));
        assertEquals(Verdict.BLOCK, own.verdict(), () -> own.findings().toString());
    }

    @ParameterizedTest
    @MethodSource("compliant")
    void letsTheCompliantTextThrough(String market, String text) {
        CheckResult r = CHECKER.check(text, Marketplace.parse(market));
        assertTrue(r.verdict() != Verdict.BLOCK, () -> text + " -> " + r.findings());
    }
}
