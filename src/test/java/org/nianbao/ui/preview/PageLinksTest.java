package org.nianbao.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.export.ExportFixtures;
import org.nianbao.layout.GlyphWidths;
import org.nianbao.layout.LaidOutReport;
import org.nianbao.layout.Page;
import org.nianbao.layout.PageLayout;
import org.nianbao.layout.PlacedLine;
import org.nianbao.layout.PlacedRun;
import org.nianbao.layout.TextLocation;
import org.nianbao.model.Report;
import org.nianbao.ui.document.DocParagraph;
import org.nianbao.ui.document.DocumentLayout;

/** The document view's characters and the pages' printed characters find each other, both ways. */
class PageLinksTest {

    private final Report report = ExportFixtures.small();
    private final List<DocParagraph> document = DocumentLayout.of(report);
    private final LaidOutReport pages = new PageLayout(GlyphWidths.fixed()).layOut(report);
    private final PageLinks links = new PageLinks(document, report.metrics());

    private Map<TextLocation, Character> printed() {
        Map<TextLocation, Character> out = new HashMap<>();
        for (Page page : pages.pages()) {
            for (PlacedLine line : page.lines()) {
                for (PlacedRun run : line.runs()) {
                    for (int i = 0; i < run.text().length(); i++) {
                        out.put(run.location().plus(i), run.text().charAt(i));
                    }
                }
            }
        }
        return out;
    }

    /** A column whose character does not print itself: in a {{指标名}} reference, or in "附件1  " before a name. */
    private boolean notItself(int paragraph, int column) {
        DocParagraph p = document.get(paragraph);
        return inReference(p.text(), column) || p.block().kind() == org.nianbao.ui.document.Block.Kind.ATTACHMENT_TITLE
                && column < p.text().indexOf("  ") + 2;
    }

    private static boolean inReference(String text, int column) {
        int open = text.lastIndexOf("{{", column);
        return open >= 0 && text.indexOf("}}", open) + 2 > column;
    }

    @Test
    void everyCharacterOfTheDocumentPrintsWhereItsLocationSays() {
        Map<TextLocation, Character> printed = printed();
        int checked = 0;
        int characters = 0;
        for (int p = 0; p < document.size(); p++) {
            String text = document.get(p).text();
            for (int c = 0; c < text.length(); c++) {
                if (notItself(p, c) || c == text.length() - 1 && "。；，".indexOf(text.charAt(c)) >= 0) {
                    continue; // a reference prints its figure; a list item's closing mark becomes ；
                }
                characters++;
                Character there = printed.get(links.locationOf(p, c).orElseThrow());
                if (there != null) {
                    assertThat(there).as("paragraph %d “%s” column %d", p, text, c).isEqualTo(text.charAt(c));
                    checked++;
                }
            }
        }
        // what does not print: "附件1  " before an attachment's name, a heading's or an item's last 。
        assertThat(checked).isGreaterThan(characters * 9 / 10);
    }

    @Test
    void aPrintedCharacterLeadsBackToItsColumnAcrossResolvedReferences() {
        int withReference = -1;
        for (int p = 0; p < document.size(); p++) {
            String text = document.get(p).text();
            if (text.contains("{{")) {
                withReference = p;
            }
            for (int c = 0; c < text.length(); c++) {
                if (notItself(p, c)) {
                    continue;
                }
                Optional<TextLocation> at = links.locationOf(p, c);
                assertThat(links.spanOf(new PageLinks.Printed(at.orElseThrow(), 1)))
                        .as("paragraph %d column %d", p, c).contains(new PageLinks.Span(p, c, c + 1));
            }
        }
        String text = document.get(withReference).text();
        int after = text.indexOf("，办结");
        // "68件" prints where "{{复议受理}}" stands: the column after it is four printed characters on
        assertThat(links.locationOf(withReference, after).orElseThrow().offset())
                .isEqualTo(after - "{{复议受理}}".length() + "68件".length());
    }

    @Test
    void aClickedCharacterStandsForItsWholeLineOfThatParagraph() {
        for (int page = 0; page < pages.pageCount(); page++) {
            for (PlacedLine line : pages.pages().get(page).lines()) {
                if (line.runs().size() != 1 || line.runs().get(0).text().length() < 10) {
                    continue;
                }
                PlacedRun run = line.runs().get(0);
                TextLocation middle = run.location().plus(5);
                assertThat(PageLinks.lineOf(pages, page, middle))
                        .contains(new PageLinks.Printed(run.location(), run.text().length()));
            }
        }
    }
}
