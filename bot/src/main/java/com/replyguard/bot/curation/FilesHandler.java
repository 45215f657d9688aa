package com.replyguard.bot.curation;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.Button;
import com.replyguard.bot.core.ButtonAction;
import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.Input;
import com.replyguard.bot.core.ProgressDisplay;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.RichText;
import com.replyguard.bot.core.UserError;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.KnowledgeException;
import com.replyguard.knowledge.curation.ImportSummary;
import com.replyguard.knowledge.io.Format;
import com.replyguard.knowledge.io.LineProblem;
import com.replyguard.knowledge.io.Progress;
import com.replyguard.knowledge.search.EntryFilter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Knowledge files in the chat. A lead sends a CSV or JSONL document: it is downloaded, validated and imported as a
 * dry run, and the summary (new, changed, unchanged, refused lines with their numbers and reasons) comes with a
 * Confirm button when nothing was refused; Confirm applies the same bytes all or nothing. {@code /export [csv|jsonl]}
 * sends every entry as a document.
 */
final class FilesHandler {
    /** Larger files are refused before download: the bot is not the tool for bulk migrations (use the CLI). */
    static final long MAX_BYTES = 5L * 1024 * 1024;
    /** More lines than this are refused before parsing, so one message cannot keep the chat busy for minutes. */
    static final int MAX_LINES = 20_000;
    private static final int SHOWN_PROBLEMS = 15;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);

    /** A validated file waiting for Confirm. */
    record PendingImport(String fileName, Format format, byte[] content) {
    }

    /** Telegram's upload limit is 50 MB; the margin leaves room for the multipart request around the file. */
    static final long TELEGRAM_UPLOAD_BYTES = 49L * 1024 * 1024;

    private final KnowledgeBase kb;
    private final long uploadLimit;

    FilesHandler(KnowledgeBase kb) {
        this(kb, TELEGRAM_UPLOAD_BYTES);
    }

    /** {@code uploadLimit}: the largest document the chat accepts, in bytes. */
    FilesHandler(KnowledgeBase kb, long uploadLimit) {
        if (uploadLimit < 64) {
            throw new IllegalArgumentException("uploadLimit must be >= 64 bytes: " + uploadLimit);
        }
        this.kb = kb;
        this.uploadLimit = uploadLimit;
    }

    List<Reply> document(Context ctx, Input.Media media) {
        if (!ctx.role().atLeast(Role.LEAD)) {
            return List.of(Reply.text(ctx.t("cur.import.not_allowed")));
        }
        Input.FileRef file = media.file();
        String name = file == null || file.name() == null ? "" : file.name();
        String lower = name.toLowerCase(Locale.ROOT);
        if (file == null || !(lower.endsWith(".csv") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson"))) {
            return List.of(Reply.text(ctx.t("cur.import.wrong_type", name.isEmpty() ? "?" : name)));
        }
        if (file.size() > MAX_BYTES) {
            return List.of(Reply.text(ctx.t("cur.import.too_big", file.size(), MAX_BYTES)));
        }
        ctx.progress().action(ProgressDisplay.ChatAction.TYPING);
        ctx.progress().status(ctx.t("cur.progress.downloading", name));
        byte[] content;
        try {
            content = ctx.files().fetch(file, MAX_BYTES);
        } catch (IOException e) {
            return List.of(Reply.text(ctx.t("cur.import.download_failed", e.getMessage())));
        }
        int lines = lines(content);
        if (lines > MAX_LINES) {
            return List.of(Reply.text(ctx.t("cur.import.too_many_lines", lines, MAX_LINES)));
        }
        Format format = Format.ofFileName(lower);
        ImportSummary s = run(ctx, content, format, true);
        ctx.progress().finish(ctx.t("cur.progress.checked", name));
        RichText.Builder b = RichText.builder().bold(ctx.t("cur.import.dry_title", name)).newline();
        summary(b, ctx, s);
        if (s.rejectedCount() > 0) {
            b.newline().bold(ctx.t("cur.import.refused"));
            return List.of(new Reply.Message(b.build()));
        }
        if (s.added().isEmpty() && s.changed().isEmpty()) {
            b.newline().text(ctx.t("cur.import.nothing"));
            return List.of(new Reply.Message(b.build()));
        }
        String id = ctx.chat().remember(new PendingImport(name, format, content));
        return List.of(new Reply.Message(b.build(), List.of(List.of(
                Button.callback(ctx.t("cur.button.confirm_import"), ButtonAction.IMPORT_CONFIRM, id)))));
    }

    List<Reply> confirm(Context ctx, String id) {
        PendingImport p = ctx.chat().recall(id, PendingImport.class).orElse(null);
        if (p == null) {
            return Curation.expired(ctx);
        }
        String done = "curation.imported." + id;
        if (ctx.chat().get(done, Boolean.class).isPresent()) {
            return List.of(new Reply.Toast(ctx.t("cur.save.already")));
        }
        ctx.progress().action(ProgressDisplay.ChatAction.TYPING);
        ctx.progress().status(ctx.t("cur.progress.importing", p.fileName()));
        ImportSummary s = run(ctx, p.content(), p.format(), false);
        ctx.progress().finish(ctx.t("cur.progress.imported", p.fileName()));
        RichText.Builder b = RichText.builder().bold(ctx.t(s.applied() ? "cur.import.applied" : "cur.import.not_applied",
                p.fileName())).newline();
        summary(b, ctx, s);
        if (s.applied()) {
            ctx.chat().put(done, Boolean.TRUE);
        }
        return List.of(new Reply.Toast(ctx.t(s.applied() ? "cur.saved_short" : "cur.import.not_applied_short")),
                new Reply.Message(b.build()));
    }

    List<Reply> export(Context ctx, String args) {
        String a = args.strip().toLowerCase(Locale.ROOT);
        Format format;
        try {
            format = a.isEmpty() ? Format.JSONL : Format.parse(a);
        } catch (IllegalArgumentException e) {
            return List.of(Reply.text(ctx.t("cur.export.usage")));
        }
        ctx.progress().action(ProgressDisplay.ChatAction.TYPING);
        ctx.progress().status(ctx.t("cur.progress.exporting"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n;
        try {
            n = kb.export(format, out, EntryFilter.all());
        } catch (KnowledgeException e) {
            throw new UserError(ctx.failure(e));
        }
        String name = "replyguard-knowledge-" + DAY.format(ctx.clock().instant()) + "." + format.id();
        List<Reply> files = ExportFiles.fit(ctx, name, out.toByteArray(), n, format, uploadLimit);
        ctx.progress().finish(ctx.t("cur.progress.exported", n));
        ctx.progress().action(ProgressDisplay.ChatAction.UPLOAD_DOCUMENT);
        return files;
    }

    private ImportSummary run(Context ctx, byte[] content, Format format, boolean dryRun) {
        try {
            return kb.importData(new ByteArrayInputStream(content), format, dryRun, Actors.of(ctx), Progress.NONE);
        } catch (KnowledgeException e) {
            throw new UserError(ctx.failure(e));
        }
    }

    private static void summary(RichText.Builder b, Context ctx, ImportSummary s) {
        b.text(ctx.t("cur.import.counts", s.added().size(), s.changed().size(), s.unchanged().size(),
                s.rejectedCount())).newline();
        for (LineProblem p : s.rejected().subList(0, Math.min(SHOWN_PROBLEMS, s.rejected().size()))) {
            b.text("• ").text(ctx.t("cur.import.line", p.line(), p.id() == null ? "-" : p.id(),
                    ctx.notice(p.notice()))).newline();
        }
        if (s.rejectedCount() > SHOWN_PROBLEMS) {
            b.text(ctx.t("cur.stats.more", s.rejectedCount() - SHOWN_PROBLEMS)).newline();
        }
        for (Map.Entry<String, String> h : s.heldBack().entrySet()) {
            b.text("⛔ ").text(ctx.t("cur.import.held", h.getKey(), h.getValue())).newline();
        }
    }

    private static int lines(byte[] content) {
        int n = 0;
        for (byte c : content) {
            if (c == '\n') {
                n++;
            }
        }
        return content.length > 0 && content[content.length - 1] != '\n' ? n + 1 : n;
    }
}
