package com.replyguard.bench;

import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RulePacks;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * Not a JMH benchmark: {@link CheckJmh}'s work (the same drafts and marketplaces) timed by the thread's CPU clock
 * as well as the wall clock, so builds can be compared on a machine that other work keeps busy (wall-clock figures
 * then swing by a factor of two; CPU time per check much less). Usage: {@code CheckCpu [rounds] [checks per round]}.
 */
public final class CheckCpu {
    private CheckCpu() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10000;
        ComplianceChecker checker = RulePacks.load(new TextAnalysis(), List.of());
        String[] drafts = CheckBench.drafts(300, 32);
        Marketplace[] sites = {Marketplace.AMAZON, Marketplace.EBAY, Marketplace.ALIEXPRESS};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int i = 0;
        for (int w = 0; w < 3 * n; w++, i++) {
            checker.check(drafts[i % drafts.length], sites[i % sites.length]);
        }
        double[] cpu = new double[rounds];
        double[] wall = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            for (int k = 0; k < n; k++, i++) {
                checker.check(drafts[i % drafts.length], sites[i % sites.length]);
            }
            cpu[r] = n / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
            wall[r] = n / ((System.nanoTime() - w0) / 1e9);
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf("checks per CPU second: median %.0f max %.0f; per wall second: median %.0f max %.0f%n",
                cpu[rounds / 2], cpu[rounds - 1], wall[rounds / 2], wall[rounds - 1]);
    }
}
