package com.replyguard.bot.curation;

import com.replyguard.knowledge.reports.RuleReportCounts;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

/**
 * The /stats chart as one PNG: drafts served per day and intent (stacked bars), the 👍/👎 share (pie) and the false
 * alarms reported per rule (horizontal bars). Drawn with JFreeChart into an off-screen image, so it needs no display.
 *
 * <p>Thread safety: stateless.
 */
final class StatsChart {
    static final int WIDTH = 1000;
    private static final int TOP_RULES = 12;

    /** The chart's words, already in the reader's language. */
    record Labels(String servedTitle, String day, String drafts, String feedbackTitle, String up, String down,
                  String falseAlarmsTitle, String rule, String reports, String noData) {
    }

    private StatsChart() {
    }

    static byte[] png(Map<LocalDate, Map<String, Long>> servedPerDay, long up, long down,
                      List<RuleReportCounts> falseAlarms, Labels l) {
        DefaultCategoryDataset served = new DefaultCategoryDataset();
        servedPerDay.forEach((day, perIntent) -> perIntent.forEach((intent, n) -> served.addValue(n, intent,
                day.toString())));
        JFreeChart perDay = ChartFactory.createStackedBarChart(l.servedTitle(), l.day(), l.drafts(), served,
                PlotOrientation.VERTICAL, true, false, false);

        DefaultPieDataset<String> share = new DefaultPieDataset<>();
        if (up + down > 0) {
            share.setValue(l.up(), up);
            share.setValue(l.down(), down);
        }
        JFreeChart feedback = ChartFactory.createPieChart(l.feedbackTitle(), share, true, false, false);

        DefaultCategoryDataset rules = new DefaultCategoryDataset();
        falseAlarms.stream().sorted((a, b) -> Long.compare(b.total(), a.total())).limit(TOP_RULES)
                .forEach(c -> rules.addValue(c.total(), l.reports(), c.key()));
        JFreeChart alarms = ChartFactory.createBarChart(l.falseAlarmsTitle(), l.rule(), l.reports(), rules,
                PlotOrientation.HORIZONTAL, false, false, false);

        for (JFreeChart c : List.of(perDay, feedback, alarms)) {
            c.setBackgroundPaint(Color.WHITE);
            c.getPlot().setBackgroundPaint(Color.WHITE);
            c.getPlot().setNoDataMessage(l.noData());
            if (c.getPlot() instanceof CategoryPlot plot) {
                plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
                ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
        }
        @SuppressWarnings("unchecked")
        PiePlot<String> pie = (PiePlot<String>) feedback.getPlot();
        pie.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {1} ({2})"));
        pie.setSectionPaint(l.up(), new Color(0x2E, 0x9E, 0x4F));
        pie.setSectionPaint(l.down(), new Color(0xD6, 0x45, 0x45));
        pie.setShadowPaint(null);
        int h1 = 520;
        int h2 = 380;
        int h3 = 160 + 28 * Math.max(1, rules.getColumnCount());
        BufferedImage image = new BufferedImage(WIDTH, h1 + h2 + h3, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            perDay.draw(g, new Rectangle(0, 0, WIDTH, h1));
            feedback.draw(g, new Rectangle(0, h1, WIDTH, h2));
            alarms.draw(g, new Rectangle(0, h1 + h2, WIDTH, h3));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return out.toByteArray();
    }

    /**
     * The sentence for {@code key} in the reader's language when the chart's font can draw it, else in English:
     * a server without Bengali fonts would draw empty boxes.
     */
    static Function<String, String> drawable(Function<String, String> preferred, Function<String, String> english) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        return key -> {
            String s = preferred.apply(key);
            return font.canDisplayUpTo(s) == -1 ? s : english.apply(key);
        };
    }
}
