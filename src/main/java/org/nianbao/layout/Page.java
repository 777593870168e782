package org.nianbao.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * One A4 page: its lines (the page number's line included), its rules, and the number printed on it
 * (0 for the blank page before the end block and the end block's page, which carry none).
 */
public record Page(int printedNumber, List<PlacedLine> lines, List<Rule> rules) {

    public Page {
        lines = List.copyOf(lines);
        rules = List.copyOf(rules);
    }

    /** The lines of the text area, without the page number. */
    public List<PlacedLine> textLines() {
        List<PlacedLine> out = new ArrayList<>();
        for (PlacedLine line : lines) {
            if (line.runs().isEmpty() || line.runs().get(0).location().part() != TextLocation.Part.PAGE_NUMBER) {
                out.add(line);
            }
        }
        return out;
    }

    /** The printed text of the page, a line a line, page number included. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (PlacedLine line : lines) {
            if (!line.runs().isEmpty()) {
                sb.append(line.text()).append('\n');
            }
        }
        return sb.toString();
    }
}
