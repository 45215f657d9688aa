package com.replyguard.knowledge.reports;

import com.replyguard.policy.CheckResult;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.learn.LinearModel;
import com.replyguard.policy.rules.Allowance;
import com.replyguard.policy.rules.RuleChecker;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The one checker a process shares (bot replies, drafting, the knowledge base's gate), whose learned model and rule
 * exceptions can change while it runs: {@link #useModel} swaps in a model retrained from the team's reports, and
 * {@link #allow} applies the approved false alarms at once. Each check runs on one consistent checker.
 *
 * <p>Thread safety: checks read a volatile reference; changes are synchronized and build a new immutable checker.
 */
public final class LiveChecker implements ComplianceChecker {
    private final RuleChecker base;
    private LinearModel teamModel;
    private java.nio.file.attribute.FileTime teamModelTime;
    private List<Allowance> allowances = List.of();
    private volatile RuleChecker current;

    /** {@code base}: the loaded rules with the built-in model (or none), used until something changes. */
    public LiveChecker(RuleChecker base) {
        this.base = Objects.requireNonNull(base, "base");
        this.current = base;
    }

    /**
     * The checker for a data directory: {@code base} with the directory's retrained model (when there is a readable
     * one) and the team's approved false alarms read from its knowledge.db (when there is one), without opening the
     * knowledge base. For commands that only check text, and as the starting point of the shared checker.
     */
    public static LiveChecker forDataDirectory(RuleChecker base, java.nio.file.Path dataDir) {
        return forDataDirectory(base, dataDir, allowancesIn(dataDir));
    }

    /**
     * Like {@link #forDataDirectory(RuleChecker, java.nio.file.Path)}, with the team's approved false alarms already
     * read by {@link #allowancesIn} (a one-shot check reads them on another thread while the rules load).
     */
    public static LiveChecker forDataDirectory(RuleChecker base, java.nio.file.Path dataDir, List<Allowance> allowed) {
        LiveChecker c = new LiveChecker(base);
        ModelRetrainer.loadInto(c, dataDir);
        com.replyguard.policy.StartupTrace.mark("team model looked up");
        c.allow(allowed);
        return c;
    }

    /** The team's approved false alarms in the data directory's knowledge.db (none when it has none). */
    public static List<Allowance> allowancesIn(java.nio.file.Path dataDir) {
        List<Allowance> allowed = TeamReports.allowancesIn(dataDir.resolve("knowledge.db"));
        com.replyguard.policy.StartupTrace.mark("team allowances read");
        return allowed;
    }

    @Override
    public CheckResult check(String text, Marketplace marketplace) {
        return current.check(text, marketplace);
    }

    /** The checker in use now (rules, model and exceptions), for listing rules or checking many texts at once. */
    public RuleChecker current() {
        return current;
    }

    /** The model that shipped in the build (null when the build has none). */
    public LinearModel builtInModel() {
        return base.model();
    }

    /** Uses {@code model} (one retrained with the team's reports) from the next check on; null: the built-in one. */
    public synchronized void useModel(LinearModel model) {
        useModel(model, null);
    }

    /** Like {@link #useModel(LinearModel)}, remembering the modification time of the file it was read from. */
    public synchronized void useModel(LinearModel model, java.nio.file.attribute.FileTime fileTime) {
        this.teamModel = model;
        this.teamModelTime = model == null ? null : fileTime;
        rebuild();
    }

    /** The modification time of the model file in use, when it came from one. */
    public synchronized java.nio.file.attribute.FileTime teamModelTime() {
        return teamModelTime;
    }

    /** Whether a model retrained from the team's reports is in use. */
    public synchronized boolean usesTeamModel() {
        return teamModel != null;
    }

    /** Drops findings covered by {@code allowed} (the approved false alarms) from the next check on. */
    public synchronized void allow(Collection<Allowance> allowed) {
        List<Allowance> now = List.copyOf(allowed);
        if (now.equals(allowances)) {
            return; // a new checker would also drop the model's cached example features for nothing
        }
        this.allowances = now;
        rebuild();
    }

    public synchronized List<Allowance> allowances() {
        return allowances;
    }

    private void rebuild() {
        RuleChecker c = teamModel == null ? base : base.withModel(teamModel);
        current = c.withAllowances(allowances);
    }
}
