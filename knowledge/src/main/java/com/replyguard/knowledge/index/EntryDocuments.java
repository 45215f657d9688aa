package com.replyguard.knowledge.index;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.io.EntryCodec;
import com.replyguard.policy.Marketplace;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * The index's view of an entry: keyword fields for the filters, per-language text fields for matching, and the
 * entry itself stored as its contract JSON so a hit needs no trip to the store.
 */
final class EntryDocuments {
    static final String ID = "id";
    static final String JSON = "json";
    static final String KIND = "kind";
    static final String STATUS = "status";
    static final String LANGUAGE = "language";
    static final String INTENT = "intent";
    static final String TOPIC = "topic";
    static final String MARKETPLACE = "marketplace";
    static final String QUESTIONS = "questions";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String TAGS = "tags";
    /** The index sort key: kind, marketplaces and language, the filters nearly every search uses. */
    static final String GROUP = "group_sort";

    private final EntryCodec codec;

    EntryDocuments(EntryCodec codec) {
        this.codec = codec;
    }

    Document toDocument(Entry e) {
        Document d = new Document();
        d.add(new StringField(ID, e.id(), Field.Store.NO));
        d.add(new StoredField(JSON, codec.toJsonLine(e)));
        d.add(new StringField(KIND, e.kind().id(), Field.Store.NO));
        d.add(new StringField(STATUS, e.status().id(), Field.Store.NO));
        d.add(new StringField(LANGUAGE, e.language().code(), Field.Store.NO));
        d.add(new SortedDocValuesField(GROUP, new BytesRef(group(e))));
        if (e.intent() != null) {
            d.add(new StringField(INTENT, e.intent().name(), Field.Store.NO));
        }
        if (e.topic() != null) {
            d.add(new StringField(TOPIC, e.topic().name(), Field.Store.NO));
        }
        for (Marketplace m : e.marketplaces()) {
            d.add(new StringField(MARKETPLACE, m.id(), Field.Store.NO));
        }
        for (String q : e.questions()) {
            d.add(new TextField(LanguageFieldAnalyzer.field(QUESTIONS, e.language()), q, Field.Store.NO));
        }
        if (e.title() != null) {
            d.add(new TextField(LanguageFieldAnalyzer.field(TITLE, e.language()), e.title(), Field.Store.NO));
        }
        d.add(new TextField(LanguageFieldAnalyzer.field(BODY, e.language()), e.body(), Field.Store.NO));
        for (String t : e.tags()) {
            d.add(new TextField(LanguageFieldAnalyzer.field(TAGS, e.language()), t, Field.Store.NO));
        }
        return d;
    }

    static String group(Entry e) {
        StringBuilder sb = new StringBuilder(32).append(e.kind().id()).append('|');
        e.marketplaces().stream().map(Marketplace::id).sorted().forEach(m -> sb.append(m).append(','));
        return sb.append('|').append(e.language().code()).toString();
    }

    Entry fromDocument(Document d) {
        return codec.fromStored(d.get(JSON));
    }
}
