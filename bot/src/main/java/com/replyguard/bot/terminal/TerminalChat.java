package com.replyguard.bot.terminal;

import com.replyguard.bot.core.Button;
import com.replyguard.bot.core.Conversation;
import com.replyguard.bot.core.FileFetcher;
import com.replyguard.bot.core.Input;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.StorageFault;
import com.replyguard.bot.core.StorageProblem;
import com.replyguard.knowledge.files.OwnerOnly;
import com.replyguard.policy.analysis.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The conversation in a terminal: the same core and commands as on Telegram, with numbered choices instead of
 * buttons. A pasted message ends at an empty line (or when the paste has been read); a line starting with "/" is a
 * command; a number presses one of the buttons shown last (they stay valid until new buttons or the next pasted
 * message), and a number that matches none is answered as such, never drafted. The local user is an admin.
 *
 * <p>Thread safety: one instance per terminal, used by one thread.
 */
public final class TerminalChat {
    /** The user and chat id of the person at the terminal. */
    public static final long LOCAL_USER = 0L;

    private final Conversation conversation;
    private final BufferedReader in;
    private final PrintStream out;
    private final TextRenderer renderer;
    private final Path documentDir;
    private final List<Button> choices = new ArrayList<>();

    public TerminalChat(Conversation conversation, BufferedReader in, PrintStream out, boolean ansi,
                        Path documentDir) {
        this.conversation = conversation;
        this.in = in;
        this.out = out;
        this.renderer = new TextRenderer(ansi);
        this.documentDir = documentDir;
    }

    /** Reads and answers until end of input or /quit. */
    public void run() throws IOException {
        out.println(t("term.welcome"));
        out.flush();
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                break;
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.equals("/quit") || trimmed.equals("/exit")) {
                break;
            }
            Input input;
            if (trimmed.chars().allMatch(Character::isDigit) && trimmed.length() <= 3) {
                // A short number is always a choice, never a buyer's message: drafting it would give a junk draft
                // and log a knowledge gap.
                int n = Integer.parseInt(trimmed);
                if (choices.isEmpty()) {
                    out.println(t("term.no_choices", trimmed));
                    continue;
                }
                if (n < 1 || n > choices.size()) {
                    out.println(t("term.no_such_choice", trimmed, choices.size()));
                    continue;
                }
                Button b = choices.get(n - 1);
                if (b.action() instanceof Button.CopyText c) {
                    out.println(t("term.copied"));
                    out.println(c.text());
                    continue;
                }
                input = new Input.ButtonPress(LOCAL_USER, LOCAL_USER, ((Button.Callback) b.action()).data());
            } else if (trimmed.startsWith("/")) {
                input = new Input.Text(LOCAL_USER, LOCAL_USER, trimmed);
            } else {
                choices.clear(); // a new buyer's message: the last draft's buttons no longer apply
                input = new Input.Text(LOCAL_USER, LOCAL_USER, readPaste(line));
            }
            try {
                show(conversation.handle(input, FileFetcher.NONE));
            } catch (StorageFault e) {
                // nothing happened: the user may try again; the plain-words kind first, the library's detail inside
                out.println(StorageProblem.sentence(conversation.messages()
                        .in(conversation.settingsOf(LOCAL_USER).language()), e));
            }
        }
        out.println(t("term.bye"));
        out.flush();
    }

    /** The rest of a pasted message: lines already waiting in the input, up to an empty line. */
    private String readPaste(String first) throws IOException {
        StringBuilder sb = new StringBuilder(first);
        while (in.ready()) {
            String next = in.readLine();
            if (next == null || next.isBlank()) {
                break;
            }
            sb.append('\n').append(next);
        }
        return sb.toString();
    }

    /**
     * Prints the replies; their buttons become the numbered choices. Replies without buttons (a toast after a
     * press, a command's answer) leave the earlier choices valid, so they work until the next draft.
     */
    private void show(List<Reply> replies) throws IOException {
        boolean fresh = replies.stream().anyMatch(r -> r instanceof Reply.Message m && !m.buttons().isEmpty());
        if (fresh) {
            choices.clear();
        }
        for (Reply r : replies) {
            switch (r) {
                case Reply.Message m -> {
                    out.println(renderer.render(m.text()).stripTrailing());
                    for (List<Button> row : m.buttons()) {
                        StringBuilder sb = new StringBuilder();
                        for (Button b : row) {
                            choices.add(b);
                            sb.append("  [").append(choices.size()).append("] ").append(b.label());
                        }
                        out.println(sb);
                    }
                    out.println();
                }
                case Reply.Toast toast -> out.println("(" + toast.text() + ")");
                case Reply.Notify n -> out.println(t("term.notify", n.userId(), renderer.render(n.text())
                        .stripTrailing()));
                case Reply.Photo p -> {
                    OwnerOnly.directory(documentDir);
                    Path file = documentDir.resolve(Path.of(p.fileName()).getFileName().toString());
                    OwnerOnly.file(file);
                    Files.write(file, p.png());
                    out.println(t("term.document", p.fileName(), p.png().length, file));
                }
                case Reply.Document d -> {
                    OwnerOnly.directory(documentDir);
                    Path file = documentDir.resolve(Path.of(d.fileName()).getFileName().toString());
                    OwnerOnly.file(file);
                    Files.write(file, d.content());
                    out.println(t("term.document", d.fileName(), d.content().length, file));
                }
            }
        }
        if (fresh) {
            out.println(t("term.choose"));
        }
        out.flush();
    }

    private String t(String key, Object... args) {
        Language l = conversation.settingsOf(LOCAL_USER).language();
        return conversation.messages().get(l, key, args);
    }
}
